package dev.baton.channel.telegram;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.baton.channel.Delivery;
import dev.baton.decision.QuickReply;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The body of {@code sendMessage}: plain text (no parse mode, so nothing in it needs escaping) and, when
 * there are quick replies, a one-time reply keyboard with one button a row. Pressing a button sends its label
 * back as an ordinary message.
 *
 * @param chatId a {@link Long} when the chat id is numeric (every private chat and group), else the
 *               {@code @channelusername} string
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TelegramSendMessage(
        @JsonProperty("chat_id") Object chatId,
        String text,
        @JsonProperty("reply_markup") Keyboard replyMarkup) {

    private static final Pattern NUMERIC = Pattern.compile("-?\\d{1,18}");

    static TelegramSendMessage of(Delivery delivery) {
        String chat = delivery.chatId();
        Object chatId = NUMERIC.matcher(chat).matches() ? (Object) Long.parseLong(chat) : chat;
        Keyboard keyboard = delivery.quickReplies().isEmpty() ? null : Keyboard.of(delivery.quickReplies());
        return new TelegramSendMessage(chatId, delivery.text(), keyboard);
    }

    /** A {@code ReplyKeyboardMarkup}. */
    record Keyboard(
            List<List<Button>> keyboard,
            @JsonProperty("one_time_keyboard") boolean oneTime,
            @JsonProperty("resize_keyboard") boolean resize) {
        static Keyboard of(List<QuickReply> replies) {
            return new Keyboard(
                    replies.stream()
                            .map(reply -> List.of(new Button(reply.label())))
                            .toList(),
                    true,
                    true);
        }
    }

    /** A {@code KeyboardButton}. */
    record Button(String text) {}
}
