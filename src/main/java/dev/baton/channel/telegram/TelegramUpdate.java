package dev.baton.channel.telegram;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The part of a Telegram {@code Update} Baton reads: a message, or a press on an inline button
 * ({@code callback_query}). Every other kind of update (edited messages, membership changes ...) arrives
 * with neither and is ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record TelegramUpdate(
        @JsonProperty("update_id") Long updateId,
        Message message,
        @JsonProperty("callback_query") CallbackQuery callbackQuery) {

    /**
     * A message; {@code text} is absent for stickers, photos, locations ... and {@code from} in some groups.
     * A message too old for Telegram to include whole comes with only its chat and id (and date 0).
     *
     * @param replyMarkup the inline keyboard under the message, if it has one
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Message(
            @JsonProperty("message_id") long messageId,
            Chat chat,
            User from,
            String text,
            @JsonProperty("reply_markup") TelegramKeyboard replyMarkup) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Chat(Long id, String type) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record User(
            long id,
            @JsonProperty("is_bot") boolean isBot,
            @JsonProperty("first_name") String firstName,
            String username,
            @JsonProperty("language_code") String languageCode) {}

    /**
     * A press on an inline button: {@code message} is the bot's message the button is on (absent for inline
     * mode), {@code data} the button's {@code callback_data} (absent for game buttons).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CallbackQuery(String id, User from, Message message, String data) {}
}
