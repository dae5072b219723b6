package dev.baton.channel.whatsapp;

import dev.baton.channel.InboundMessage;
import dev.baton.channel.WebhookException;
import java.util.ArrayList;
import java.util.List;

/**
 * The users' messages in a webhook call: texts, taps on reply buttons and list rows (as the label Baton
 * offered), and taps on a template's quick-reply button (as its text). Statuses, reactions, media and
 * everything else are left out, as are messages to another phone number of the same app.
 */
final class Inbound {

    private Inbound() {}

    /** Every message of the call for {@code phoneNumberId}, in the order given. */
    static List<InboundMessage> messages(WhatsappWebhook hook, String phoneNumberId) {
        List<InboundMessage> messages = new ArrayList<>();
        if (!WhatsappWebhook.OBJECT.equals(hook.object())) {
            return messages;
        }
        for (WhatsappWebhook.Entry entry : hook.entries()) {
            if (entry == null) {
                throw WebhookException.malformed("whatsapp entry[] holds a null");
            }
            for (WhatsappWebhook.Change change : entry.all()) {
                if (change == null) {
                    throw WebhookException.malformed("whatsapp changes[] holds a null");
                }
                WhatsappWebhook.Value value = change.value();
                if (!"messages".equals(change.field()) || value == null || !ours(value, phoneNumberId)) {
                    continue;
                }
                for (WhatsappWebhook.Message message : value.received()) {
                    String text = text(message);
                    if (text != null) {
                        messages.add(new InboundMessage(
                                WhatsappChannel.NAME, message.id(), message.from(), null, text, null));
                    }
                }
            }
        }
        return messages;
    }

    private static boolean ours(WhatsappWebhook.Value value, String phoneNumberId) {
        return value.metadata() == null
                || value.metadata().phoneNumberId() == null
                || value.metadata().phoneNumberId().equals(phoneNumberId);
    }

    /** What the user said, or null for a message Baton does not take in. */
    private static String text(WhatsappWebhook.Message message) {
        if (message == null) {
            throw WebhookException.malformed("whatsapp messages[] holds a null");
        }
        if (blank(message.id()) || blank(message.from())) {
            throw WebhookException.malformed("a whatsapp message needs id and from");
        }
        String type = message.type() == null ? "" : message.type();
        return switch (type) {
            case "text" -> {
                if (message.text() == null || message.text().body() == null) {
                    throw WebhookException.malformed("a whatsapp text message needs text.body");
                }
                yield message.text().body();
            }
            case "interactive" -> tapped(message.interactive());
            case "button" ->
                message.button() == null || blank(message.button().text())
                        ? null
                        : message.button().text();
            default -> null;
        };
    }

    /** A tapped reply button or list row as the label it carries; other interactive replies are not read. */
    private static String tapped(WhatsappWebhook.Interactive interactive) {
        if (interactive == null) {
            throw WebhookException.malformed("a whatsapp interactive message needs interactive");
        }
        WhatsappWebhook.Reply reply = switch (interactive.type() == null ? "" : interactive.type()) {
            case "button_reply" -> interactive.buttonReply();
            case "list_reply" -> interactive.listReply();
            default -> null;
        };
        if (reply == null) {
            if ("button_reply".equals(interactive.type()) || "list_reply".equals(interactive.type())) {
                throw WebhookException.malformed("a whatsapp " + interactive.type() + " needs its id and title");
            }
            return null;
        }
        String text = Choices.text(reply.id(), reply.title());
        if (blank(text)) {
            throw WebhookException.malformed("a whatsapp " + interactive.type() + " needs its id and title");
        }
        return text;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
