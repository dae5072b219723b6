package dev.baton.channel.telegram;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.baton.decision.QuickReply;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@code InlineKeyboardMarkup}: quick replies as callback buttons under the message, one a row. A button's
 * text is the option's full label and its {@code callback_data} only {@code option:<n>}, its 1-based
 * position, which stays far within Telegram's 64 bytes whatever the label. Telegram sends the message's
 * keyboard back with every press, so the label is read from the pressed button there.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record TelegramKeyboard(@JsonProperty("inline_keyboard") List<List<Button>> inlineKeyboard) {

    static final String DATA_PREFIX = "option:";

    /** An {@code InlineKeyboardButton}; buttons of other kinds (links ...) read back without data. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Button(
            String text, @JsonProperty("callback_data") String callbackData) {}

    static TelegramKeyboard of(List<QuickReply> replies) {
        List<List<Button>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            String label = replies.get(i).label();
            // Telegram refuses a button without text; the number picks the option just as well.
            String text = label.isBlank() ? String.valueOf(i + 1) : label;
            rows.add(List.of(new Button(text, DATA_PREFIX + (i + 1))));
        }
        return new TelegramKeyboard(List.copyOf(rows));
    }

    /** The text of Baton's button that sent {@code data}, or empty when this keyboard has none. */
    Optional<String> label(String data) {
        if (data == null || !data.startsWith(DATA_PREFIX) || inlineKeyboard == null) {
            return Optional.empty();
        }
        return inlineKeyboard.stream()
                .filter(Objects::nonNull)
                .flatMap(List::stream)
                .filter(b -> b != null && data.equals(b.callbackData()))
                .map(Button::text)
                .filter(text -> text != null && !text.isBlank())
                .findFirst();
    }
}
