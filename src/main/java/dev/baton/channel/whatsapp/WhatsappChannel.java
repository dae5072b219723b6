package dev.baton.channel.whatsapp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.Channel;
import dev.baton.channel.Delivery;
import dev.baton.channel.DeliveryResult;
import dev.baton.channel.Received;
import dev.baton.channel.WebhookException;
import dev.baton.channel.WebhookRequest;
import dev.baton.channel.WebhookResponse;
import dev.baton.config.ChannelsConfig;
import dev.baton.decision.ReplyLanguage;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WhatsApp through Meta's Cloud API.
 *
 * <p>Inbound: Meta checks the webhook once with {@code GET ?hub.mode=subscribe&hub.verify_token&hub.challenge}
 * (answered with the challenge when the token is the configured one), then POSTs calls signed with the app secret
 * ({@code X-Hub-Signature-256}). Each user message becomes an {@link dev.baton.channel.InboundMessage} keyed by
 * its wamid, with the user's wa_id as the chat; see {@link Inbound} for which.
 *
 * <p>Outbound: {@code POST /{phone-number-id}/messages}, quick replies as reply buttons or a list
 * ({@link WhatsappMessage}). WhatsApp lets a business write freely only within 24 hours of the user's last
 * message. Outside that window (judged on Baton's clock from the chat's newest stored delivery, or said so by
 * Meta's error 131047) the configured template goes instead, or, without one, the delivery fails with
 * {@link #OUTSIDE_WINDOW}.
 */
public final class WhatsappChannel implements Channel {

    public static final String NAME = "whatsapp";
    /**
     * The error of a delivery that could not go because the window is closed and no template is set: whoever
     * can reach the user another way (email) recognises it by this text.
     */
    public static final String OUTSIDE_WINDOW = "outside WhatsApp's 24-hour window and no template set";
    /** How long after the user's last message a business may write free-form messages. */
    public static final Duration WINDOW = Duration.ofHours(24);

    private static final String DEFAULT_LANGUAGE = "en";
    private static final Logger LOG = LoggerFactory.getLogger(WhatsappChannel.class);

    private final ObjectMapper json =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final byte[] verifyToken;
    private final HubSignature signature;
    private final String phoneNumberId;
    private final String template;
    private final GraphApi api;
    private final WhatsappChats chats;
    private final Clock clock;

    public WhatsappChannel(
            ChannelsConfig.Whatsapp config, HttpClient http, Duration timeout, Clock clock, WhatsappChats chats) {
        Objects.requireNonNull(config, "config");
        if (blank(config.appSecret()) || blank(config.verifyToken()) || blank(config.accessToken())) {
            throw new IllegalArgumentException("the WhatsApp app secret, verify token and access token are required");
        }
        Objects.requireNonNull(config.apiUrl(), "whatsapp apiUrl");
        this.verifyToken = config.verifyToken().getBytes(StandardCharsets.UTF_8);
        this.signature = new HubSignature(config.appSecret());
        this.phoneNumberId = config.phoneNumberId();
        this.template = config.template();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.chats = Objects.requireNonNull(chats, "chats");
        this.api = new GraphApi(
                Objects.requireNonNull(http, "http"),
                json,
                config.apiUrl(),
                config.phoneNumberId(),
                config.accessToken(),
                Objects.requireNonNull(timeout, "timeout"),
                clock);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Received receive(WebhookRequest request) {
        if ("GET".equalsIgnoreCase(request.method())) {
            return handshake(request.query());
        }
        if (!"POST".equalsIgnoreCase(request.method())) {
            throw WebhookException.malformed("WhatsApp calls the webhook with GET or POST, not " + request.method());
        }
        signature.verify(request.header(HubSignature.HEADER), request.body());
        return new Received.Messages(Inbound.messages(parse(request.body()), phoneNumberId));
    }

    /** Meta's check of the callback URL: the challenge back, if the verify token is the configured one. */
    private Received handshake(Map<String, String> query) {
        String challenge = query.get("hub.challenge");
        if (!"subscribe".equals(query.get("hub.mode")) || challenge == null || challenge.isEmpty()) {
            throw WebhookException.malformed(
                    "the webhook check needs hub.mode=subscribe, hub.verify_token and hub.challenge");
        }
        String given = query.get("hub.verify_token");
        if (given == null || !MessageDigest.isEqual(verifyToken, given.getBytes(StandardCharsets.UTF_8))) {
            throw new WebhookException(
                    403, "invalid_verify_token", "hub.verify_token is not the configured verify token");
        }
        return new Received.Handshake(WebhookResponse.text(challenge));
    }

    @Override
    public DeliveryResult send(Delivery delivery) {
        if (delivery.text().isBlank() && delivery.quickReplies().isEmpty()) {
            // WhatsApp refuses an empty text, and there is nothing the user would see.
            return new DeliveryResult.Delivered();
        }
        if (!withinWindow(delivery.chatId())) {
            return outsideWindow(delivery);
        }
        GraphApi.Sent sent = api.send(WhatsappMessage.of(delivery, () -> listButton(delivery)));
        return sent.code() == GraphApi.RE_ENGAGEMENT ? outsideWindow(delivery) : sent.result();
    }

    /** Whether the user wrote less than 24 hours ago, by Baton's clock. */
    boolean withinWindow(String chatId) {
        Instant now = clock.instant();
        return chats.lastInbound(chatId)
                .map(last -> now.isBefore(last.plus(WINDOW)))
                .orElse(false);
    }

    /**
     * The message by email when the user left an address; else the template in the conversation's language
     * instead of the message (in English when that language has no approved translation), or a failure naming
     * the window when there is no template.
     */
    private DeliveryResult outsideWindow(Delivery delivery) {
        Optional<DeliveryResult> mailed = chats.byEmail(delivery);
        if (mailed.isPresent()) {
            LOG.info(
                    "outbox {} of conversation {}: outside WhatsApp's 24-hour window, sent by email instead",
                    delivery.outboxId(),
                    delivery.conversationId());
            return mailed.get();
        }
        if (template == null) {
            return new DeliveryResult.Failed(OUTSIDE_WINDOW);
        }
        String language = chats.language(delivery.conversationId())
                .map(WhatsappChannel::templateLanguage)
                .orElse(DEFAULT_LANGUAGE);
        GraphApi.Sent sent = api.send(WhatsappMessage.template(delivery.chatId(), template, language));
        if (sent.code() == GraphApi.TEMPLATE_MISSING && !language.equals(DEFAULT_LANGUAGE)) {
            sent = api.send(WhatsappMessage.template(delivery.chatId(), template, DEFAULT_LANGUAGE));
        }
        if (sent.result() instanceof DeliveryResult.Delivered delivered) {
            // The outbox shows the message as sent: say here that the user saw the template instead.
            LOG.info(
                    "outbox {} of conversation {}: outside WhatsApp's 24-hour window, template {} sent instead",
                    delivery.outboxId(),
                    delivery.conversationId(),
                    template);
            return delivered;
        }
        String why = "outside WhatsApp's 24-hour window, template " + template + ": ";
        if (sent.result() instanceof DeliveryResult.Retry retry) {
            return new DeliveryResult.Retry(why + retry.error(), retry.after());
        }
        DeliveryResult.Failed failed = (DeliveryResult.Failed) sent.result();
        return new DeliveryResult.Failed(why + failed.error());
    }

    /** The label of the button that opens a list, in the conversation's language. */
    private String listButton(Delivery delivery) {
        return switch (chats.language(delivery.conversationId()).orElse(ReplyLanguage.ENGLISH)) {
            case SIMPLIFIED -> "选择";
            case TRADITIONAL -> "選擇";
            case ENGLISH -> "Choose";
        };
    }

    /** WhatsApp's code for a template language. */
    static String templateLanguage(ReplyLanguage language) {
        return switch (language) {
            case SIMPLIFIED -> "zh_CN";
            case TRADITIONAL -> "zh_TW";
            case ENGLISH -> DEFAULT_LANGUAGE;
        };
    }

    private WhatsappWebhook parse(byte[] body) {
        WhatsappWebhook hook;
        try {
            hook = json.readValue(body, WhatsappWebhook.class);
        } catch (JsonProcessingException e) {
            throw WebhookException.malformed(
                    "whatsapp call is not a JSON object of webhook changes" + WebhookException.at(e));
        } catch (IOException e) {
            throw WebhookException.malformed("whatsapp call could not be read");
        }
        if (hook == null) {
            throw WebhookException.malformed("whatsapp call body is empty");
        }
        return hook;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
