package dev.baton.channel.telegram;

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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Telegram through the Bot API. Inbound: {@code POST} updates set with {@code setWebhook(secret_token=...)};
 * a user's text message becomes an {@link InboundMessage}, and so does a press on a quick-reply button (see
 * {@link TelegramCallbacks}), which is also answered in the webhook's response; every other update is
 * acknowledged and ignored. A press with nothing to take in is answered as a {@link Received.Handshake}: a
 * response the platform gets as is, with nothing stored. Outbound: {@code sendMessage} to the chat, quick
 * replies as an inline keyboard.
 */
public final class TelegramChannel implements Channel {

    /** The public Bot API. */
    public static final URI DEFAULT_API = URI.create("https://api.telegram.org");

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Pattern BOT_TOKEN = Pattern.compile("\\d+:[A-Za-z0-9_-]+");

    private final byte[] secret;
    private final ObjectMapper json =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final TelegramCallbacks callbacks = new TelegramCallbacks(json);
    private final TelegramApi api;

    public TelegramChannel(ChannelsConfig.Telegram config, HttpClient http, Duration timeout) {
        Objects.requireNonNull(config, "config");
        if (config.secret() == null || config.secret().isEmpty()) {
            throw new IllegalArgumentException("telegram secret is required");
        }
        // Never echo the token: this message may end up in a start-up log.
        if (config.botToken() == null || !BOT_TOKEN.matcher(config.botToken()).matches()) {
            throw new IllegalArgumentException("telegram bot token must look like <digits>:<letters, digits, _ or ->");
        }
        Objects.requireNonNull(config.apiUrl(), "telegram apiUrl");
        this.secret = config.secret().getBytes(StandardCharsets.UTF_8);
        this.api = new TelegramApi(
                Objects.requireNonNull(http, "http"),
                json,
                config.apiUrl(),
                config.botToken(),
                Objects.requireNonNull(timeout, "timeout"));
    }

    @Override
    public String name() {
        return "telegram";
    }

    @Override
    public Received receive(WebhookRequest request) {
        String given = request.header(SECRET_HEADER);
        if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            throw WebhookException.unauthorized("missing or wrong " + SECRET_HEADER);
        }
        TelegramUpdate update = parse(request.body());
        if (update.callbackQuery() != null) {
            return callbacks.read(update.callbackQuery());
        }
        TelegramUpdate.Message message = update.message();
        if (message == null
                || message.text() == null
                || message.from() != null && message.from().isBot()) {
            return new Received.Messages(List.of());
        }
        if (message.chat() == null || message.chat().id() == null) {
            throw WebhookException.malformed("telegram message without chat.id");
        }
        String locale = message.from() == null ? null : message.from().languageCode();
        return new Received.Messages(List.of(new InboundMessage(
                name(),
                String.valueOf(update.updateId()),
                String.valueOf(message.chat().id()),
                locale,
                message.text(),
                command(message.text()))));
    }

    /** A press on a button is answered ({@code answerCallbackQuery}) in the response; anything else gets "ok". */
    @Override
    public WebhookResponse acknowledge(Received.Messages messages) {
        return callbacks.answering(messages).orElseGet(WebhookResponse::ok);
    }

    @Override
    public DeliveryResult send(Delivery delivery) {
        return api.send(TelegramSendMessage.of(delivery));
    }

    private TelegramUpdate parse(byte[] body) {
        TelegramUpdate update;
        try {
            update = json.readValue(body, TelegramUpdate.class);
        } catch (JsonProcessingException e) {
            throw WebhookException.malformed(
                    "telegram update is not a JSON object of the Update type: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw WebhookException.malformed("telegram update could not be read");
        }
        if (update == null || update.updateId() == null) {
            throw WebhookException.malformed("telegram update without update_id");
        }
        return update;
    }

    /** {@code /start@MyBot payload} -> {@code /start}; null unless the text starts with a command. */
    static String command(String text) {
        if (!text.startsWith("/")) {
            return null;
        }
        String word = text.split("\\s", 2)[0];
        int at = word.indexOf('@');
        String command = at < 0 ? word : word.substring(0, at);
        return command.length() > 1 ? command : null;
    }
}
