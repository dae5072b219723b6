package dev.baton.channel.telegram;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The part of a Telegram {@code Update} Baton reads. Every other kind of update (edited messages, callback
 * queries, membership changes ...) arrives without {@code message} and is ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record TelegramUpdate(@JsonProperty("update_id") Long updateId, Message message) {

    /** A message; {@code text} is absent for stickers, photos, locations ... and {@code from} in some groups. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Message(@JsonProperty("message_id") long messageId, Chat chat, User from, String text) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Chat(Long id, String type) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record User(
            long id,
            @JsonProperty("is_bot") boolean isBot,
            @JsonProperty("first_name") String firstName,
            String username,
            @JsonProperty("language_code") String languageCode) {}
}
