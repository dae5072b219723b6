package dev.baton.channel.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.Channel;
import dev.baton.channel.Delivery;
import dev.baton.channel.DeliveryResult;
import dev.baton.channel.InboundMessage;
import dev.baton.channel.Received;
import dev.baton.channel.WebhookException;
import dev.baton.channel.WebhookRequest;
import dev.baton.channel.WebhookResponse;
import dev.baton.config.ChannelsConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Slack through the Events API and interactivity. Inbound: signed {@code POST}s; the {@code url_verification}
 * challenge is echoed, a user's {@code message} or {@code app_mention} becomes an {@link InboundMessage} keyed
 * by {@code event_id} (Slack's retries, marked {@code X-Slack-Retry-Num}, carry the same one and are
 * deduplicated downstream), a click on a quick-reply button (form-encoded, see {@link SlackClicks}) becomes
 * the option's label, and everything else - bots, the app itself, edits and other subtypes, other event types
 * - is acknowledged and ignored. Outbound: {@code chat.postMessage} to the channel, quick replies as buttons.
 */
public final class SlackChannel implements Channel {

    /** The public Web API. */
    public static final URI DEFAULT_API = URI.create("https://slack.com/api");

    private static final Pattern LEADING_MENTION = Pattern.compile("^\\s*<@[A-Z0-9]+(\\|[^>]*)?>\\s*");

    private final ObjectMapper json =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final SlackSignature signature;
    private final SlackClicks clicks = new SlackClicks(json);
    private final SlackApi api;

    public SlackChannel(ChannelsConfig.Slack config, HttpClient http, Duration timeout, Clock clock) {
        Objects.requireNonNull(config, "config");
        if (config.signingSecret() == null || config.signingSecret().isEmpty()) {
            throw new IllegalArgumentException("slack signing secret is required");
        }
        if (config.botToken() == null || config.botToken().isBlank()) {
            throw new IllegalArgumentException("slack bot token is required");
        }
        Objects.requireNonNull(config.apiUrl(), "slack apiUrl");
        this.signature = new SlackSignature(config.signingSecret(), Objects.requireNonNull(clock, "clock"));
        this.api = new SlackApi(
                Objects.requireNonNull(http, "http"),
                json,
                config.apiUrl(),
                config.botToken(),
                Objects.requireNonNull(timeout, "timeout"));
    }

    @Override
    public String name() {
        return "slack";
    }

    @Override
    public Received receive(WebhookRequest request) {
        signature.verify(request);
        if (SlackClicks.isForm(request)) {
            return clicks.read(request.body());
        }
        SlackEnvelope envelope = parse(request.body());
        if ("url_verification".equals(envelope.type())) {
            if (envelope.challenge() == null) {
                throw WebhookException.malformed("slack url_verification without challenge");
            }
            return new Received.Handshake(WebhookResponse.text(envelope.challenge()));
        }
        if (!"event_callback".equals(envelope.type())) {
            return new Received.Messages(List.of());
        }
        if (envelope.eventId() == null || envelope.eventId().isBlank() || envelope.event() == null) {
            throw WebhookException.malformed("slack event_callback without event_id or event");
        }
        return new Received.Messages(message(envelope).stream().toList());
    }

    /** Slack needs only a 2xx within 3 seconds; the body is not read. */
    @Override
    public WebhookResponse acknowledge(Received.Messages messages) {
        return new WebhookResponse(200, "text/plain; charset=utf-8", "");
    }

    @Override
    public DeliveryResult send(Delivery delivery) {
        return api.send(SlackPostMessage.of(delivery));
    }

    private Optional<InboundMessage> message(SlackEnvelope envelope) {
        SlackEnvelope.Event event = envelope.event();
        boolean mention = "app_mention".equals(event.type());
        if (!mention && !"message".equals(event.type())
                || event.botId() != null
                || event.subtype() != null
                || event.user() == null
                || event.text() == null
                || envelope.isOwnUser(event.user())) {
            return Optional.empty();
        }
        if (event.channel() == null || event.channel().isBlank()) {
            throw WebhookException.malformed("slack " + event.type() + " event without channel");
        }
        String text = SlackPostMessage.unescape(
                mention ? LEADING_MENTION.matcher(event.text()).replaceFirst("") : event.text());
        if (text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new InboundMessage(name(), envelope.eventId(), event.channel(), null, text, null));
    }

    private SlackEnvelope parse(byte[] body) {
        SlackEnvelope envelope;
        try {
            envelope = json.readValue(body, SlackEnvelope.class);
        } catch (JsonProcessingException e) {
            throw WebhookException.malformed("slack request is not a JSON object" + WebhookException.at(e));
        } catch (IOException e) {
            throw WebhookException.malformed("slack request could not be read");
        }
        if (envelope == null) {
            throw WebhookException.malformed("slack request body is empty");
        }
        return envelope;
    }
}
