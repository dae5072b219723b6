package dev.baton.channel.whatsapp;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.baton.channel.Delivery;
import dev.baton.decision.QuickReply;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The body of {@code POST /{phone-number-id}/messages}: a text message, an interactive one (reply buttons
 * for up to 3 quick replies, a list for up to 10), or a template. More than 10 quick replies, or a text too
 * long for an interactive body, go as a text with the options as numbered lines.
 *
 * @param to the user's WhatsApp id (wa_id)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record WhatsappMessage(
        @JsonProperty("messaging_product") String product,
        @JsonProperty("recipient_type") String recipientType,
        String to,
        String type,
        Text text,
        Interactive interactive,
        Template template) {

    /**
     * The message for {@code delivery}; {@code listButton} names the button that opens a list (asked only when
     * a list is sent: it depends on the conversation's language).
     */
    static WhatsappMessage of(Delivery delivery, Supplier<String> listButton) {
        String to = delivery.chatId();
        String text = delivery.text();
        List<QuickReply> options = delivery.quickReplies();
        if (options.isEmpty()) {
            return text(to, Texts.cut(text, Texts.TEXT_BODY));
        }
        boolean fits = !text.isBlank() && text.length() <= Texts.INTERACTIVE_BODY;
        if (fits && options.size() <= Choices.MAX_BUTTONS) {
            return interactive(to, new Interactive("button", new Body(text), Action.buttons(options)));
        }
        if (fits && options.size() <= Choices.MAX_ROWS) {
            String button = listButton.get();
            return interactive(to, new Interactive("list", new Body(text), Action.list(button, options)));
        }
        return text(to, Texts.numbered(text, options));
    }

    /** An approved template without parameters, in {@code language} (a WhatsApp code: {@code en}, {@code zh_CN}). */
    static WhatsappMessage template(String to, String name, String language) {
        return new WhatsappMessage(
                "whatsapp", "individual", to, "template", null, null, new Template(name, new Language(language)));
    }

    private static WhatsappMessage text(String to, String body) {
        return new WhatsappMessage("whatsapp", "individual", to, "text", new Text(body), null, null);
    }

    private static WhatsappMessage interactive(String to, Interactive interactive) {
        return new WhatsappMessage("whatsapp", "individual", to, "interactive", null, interactive, null);
    }

    record Text(String body) {}

    /** {@code type} {@code button} (reply buttons) or {@code list}. */
    record Interactive(String type, Body body, Action action) {}

    record Body(String text) {}

    /** Reply buttons, or a list's button label and its one section. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Action(List<Button> buttons, String button, List<Section> sections) {

        static Action buttons(List<QuickReply> options) {
            List<String> titles = Choices.titles(options, Choices.BUTTON_TITLE);
            List<Button> buttons = new ArrayList<>(options.size());
            for (int i = 0; i < options.size(); i++) {
                buttons.add(new Button(
                        "reply", new Reply(Choices.id(options.get(i), i, Choices.BUTTON_ID), titles.get(i))));
            }
            return new Action(buttons, null, null);
        }

        /** One section titled like the button; a row whose title had to be cut shows more of the label below it. */
        static Action list(String button, List<QuickReply> options) {
            List<String> titles = Choices.titles(options, Choices.ROW_TITLE);
            List<Row> rows = new ArrayList<>(options.size());
            for (int i = 0; i < options.size(); i++) {
                String label = options.get(i).label().strip();
                String description = titles.get(i).equals(label) ? null : Texts.cut(label, Choices.ROW_DESCRIPTION);
                rows.add(new Row(Choices.id(options.get(i), i, Choices.ROW_ID), titles.get(i), description));
            }
            return new Action(null, button, List.of(new Section(button, rows)));
        }
    }

    record Button(String type, Reply reply) {}

    record Reply(String id, String title) {}

    record Section(String title, List<Row> rows) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Row(String id, String title, String description) {}

    record Template(String name, Language language) {}

    record Language(String code) {}
}
