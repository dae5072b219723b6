package dev.baton.channel.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.InboundMessage;
import dev.baton.channel.Received;
import dev.baton.channel.WebhookException;
import dev.baton.channel.WebhookRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Slack's interactivity requests, which come to the same webhook as events but form-encoded
 * ({@code payload=<json>}) and signed the same way. A click on one of Baton's buttons becomes the message the
 * user would have typed: the option's label (from the button's value), or its number when the label was too
 * long for a value. The event id is the click's own ({@code action_ts} and the user), so a repeated delivery
 * is recognised and a second click is a new message. Clicks by bots, other elements and other payload types
 * are acknowledged and ignored.
 */
final class SlackClicks {

    private static final String FORM = "application/x-www-form-urlencoded";

    private final ObjectMapper json;

    SlackClicks(ObjectMapper json) {
        this.json = json;
    }

    /** Whether the request is an interactivity payload rather than an Events API call. */
    static boolean isForm(WebhookRequest request) {
        String type = request.header("Content-Type");
        return type != null && type.strip().toLowerCase(Locale.ROOT).startsWith(FORM);
    }

    /** The messages a signed interactivity request carries; 400 when it cannot be read. */
    Received.Messages read(byte[] body) {
        SlackInteraction interaction = parse(payload(body));
        if (interaction.type() == null) {
            throw WebhookException.malformed("slack interaction payload without type");
        }
        if (!"block_actions".equals(interaction.type())) {
            return new Received.Messages(List.of());
        }
        if (interaction.user() == null
                || interaction.user().id() == null
                || interaction.user().id().isBlank()) {
            throw WebhookException.malformed("slack block_actions without user.id");
        }
        if (interaction.actions() == null || interaction.actions().isEmpty()) {
            throw WebhookException.malformed("slack block_actions without actions");
        }
        if (interaction.byBot()
                || interaction.container() != null
                        && !"message".equals(interaction.container().type())) {
            return new Received.Messages(List.of());
        }
        List<InboundMessage> clicks = new ArrayList<>();
        for (SlackInteraction.Action action : interaction.actions()) {
            if (action == null) {
                throw WebhookException.malformed("slack block_actions with an empty action");
            }
            OptionalInt position = SlackBlocks.position(action.actionId());
            if (position.isPresent() && "button".equals(action.type())) {
                clicks.add(click(interaction, action, position.getAsInt()));
            }
        }
        return new Received.Messages(clicks);
    }

    private static InboundMessage click(SlackInteraction interaction, SlackInteraction.Action action, int position) {
        String chat = interaction.chatId();
        if (chat == null || chat.isBlank()) {
            throw WebhookException.malformed("slack block_actions without container.channel_id or channel.id");
        }
        if (action.actionTs() == null || action.actionTs().isBlank()) {
            throw WebhookException.malformed("slack block_actions action without action_ts");
        }
        String text = action.value() == null || action.value().isBlank() ? String.valueOf(position) : action.value();
        String eventId = "click:" + action.actionTs() + ":" + interaction.user().id();
        return new InboundMessage("slack", eventId, chat, null, text, null);
    }

    /** The form's {@code payload} field, decoded. */
    private static String payload(byte[] body) {
        String form = new String(body, StandardCharsets.UTF_8);
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && "payload".equals(decode(pair.substring(0, eq)))) {
                return decode(pair.substring(eq + 1));
            }
        }
        throw WebhookException.malformed("slack form body without payload");
    }

    private static String decode(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw WebhookException.malformed("slack form body is not URL-encoded");
        }
    }

    private SlackInteraction parse(String payload) {
        SlackInteraction interaction;
        try {
            interaction = json.readValue(payload, SlackInteraction.class);
        } catch (JsonProcessingException e) {
            throw WebhookException.malformed("slack payload is not a JSON object" + WebhookException.at(e));
        }
        if (interaction == null) {
            throw WebhookException.malformed("slack payload is empty");
        }
        return interaction;
    }
}
