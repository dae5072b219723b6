package dev.baton.channel;

import java.util.Objects;

/**
 * A user's message from a messaging platform, verified and parsed.
 *
 * @param eventId  the platform's own id of the delivery ({@code update_id}, {@code event_id}, {@code MsgId} ...):
 *                 a retry carries the same one
 * @param chatId   where replies go: the chat, channel or user on the platform
 * @param locale   the user's language as the platform says it ({@code zh-hans}, {@code en}), or null
 * @param text     the text as the user wrote it (redacted before it is stored)
 * @param command  a platform command such as Telegram's {@code /start}, or null
 * @param thread   the conversation the platform says this message continues (an email's reply to one of
 *                 Baton's), or null: taken only when that conversation is the same chat's
 * @param topic    the subject the message came with (an email's), or null; redacted with the text
 */
public record InboundMessage(
        String channel,
        String eventId,
        String chatId,
        String locale,
        String text,
        String command,
        String thread,
        String topic) {
    /** The longest subject kept. */
    public static final int MAX_TOPIC = 300;

    /** The longest event or chat id kept. */
    public static final int MAX_ID = 200;
    /** The longest language tag kept. */
    public static final int MAX_LOCALE = 35;

    static final int MAX_COMMAND = 60;

    public InboundMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(text, "text");
        if (eventId.isBlank() || chatId.isBlank()) {
            throw new IllegalArgumentException("event id and chat id are required");
        }
        if (eventId.length() > MAX_ID || chatId.length() > MAX_ID) {
            throw WebhookException.malformed("the event and chat ids must be at most " + MAX_ID + " characters");
        }
        // A language or command the store cannot keep is dropped: the message itself still counts.
        locale = locale != null && locale.length() > MAX_LOCALE ? null : locale;
        command = command != null && command.length() > MAX_COMMAND ? null : command;
        thread = thread != null && (thread.isBlank() || thread.length() > MAX_ID) ? null : thread;
        topic = topic == null || topic.isBlank()
                ? null
                : topic.length() > MAX_TOPIC ? topic.substring(0, MAX_TOPIC) : topic;
    }

    /** A message that continues no particular conversation: the chat's current one takes it. */
    public InboundMessage(String channel, String eventId, String chatId, String locale, String text, String command) {
        this(channel, eventId, chatId, locale, text, command, null, null);
    }
}
