package dev.baton.channel.telegram;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.baton.channel.Delivery;
import java.util.regex.Pattern;

/**
 * The body of {@code sendMessage}: plain text (no parse mode, so nothing in it needs escaping) and, when
 * there are quick replies, an inline keyboard ({@link TelegramKeyboard}) with one button a row. Pressing a
 * button comes back as a {@code callback_query}.
 *
 * @param chatId a {@link Long} when the chat id is numeric (every private chat and group), else the
 *               {@code @channelusername} string
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TelegramSendMessage(
        @JsonProperty("chat_id") Object chatId,
        String text,
        @JsonProperty("reply_markup") TelegramKeyboard replyMarkup) {

    private static final Pattern NUMERIC = Pattern.compile("-?\\d{1,18}");

    static TelegramSendMessage of(Delivery delivery) {
        String chat = delivery.chatId();
        Object chatId = NUMERIC.matcher(chat).matches() ? (Object) Long.parseLong(chat) : chat;
        TelegramKeyboard keyboard =
                delivery.quickReplies().isEmpty() ? null : TelegramKeyboard.of(delivery.quickReplies());
        return new TelegramSendMessage(chatId, delivery.text(), keyboard);
    }
}
