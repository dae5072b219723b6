package dev.baton.channel;

import java.util.Objects;

/** A chat on a messaging platform: where a conversation's messages come from and go. */
public record Chat(String channel, String chatId) {
    public Chat {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(chatId, "chatId");
    }

    public boolean is(String otherChannel, String otherChatId) {
        return channel.equals(otherChannel) && chatId.equals(otherChatId);
    }
}
