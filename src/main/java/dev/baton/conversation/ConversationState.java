package dev.baton.conversation;

import java.util.Locale;

/** Where a conversation stands: who answers the user next. */
public enum ConversationState {
    /** Baton answers. */
    BOT,
    /** A handoff is decided; Baton asks for the details support needs before queuing. */
    COLLECTING_DETAILS,
    /** Waiting for a human agent; the bot only keeps the user informed. */
    QUEUED,
    /** A human agent owns the conversation; the bot stays silent. */
    WITH_AGENT,
    /** The agent resolved it; the next message returns to the bot. */
    RESOLVED;

    /** The name on the wire and in the store: {@code collecting_details}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ConversationState fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
