package dev.baton.conversation;

import java.util.function.Consumer;

/**
 * Carries conversation events between Baton instances that share one database, so that a user's socket on
 * one instance hears an agent who writes through another. Announcements are small references (a message's
 * seq, a ticket's id); the receiving instance reads the rest from the store.
 */
public interface EventRelay extends AutoCloseable {

    /** Tells the other instances; never blocks the caller on the network. */
    void announce(Announcement announcement);

    /** Starts handing other instances' announcements to {@code handler} (on the relay's own thread). */
    void listen(Consumer<Announcement> handler);

    /** Whether it hears the other instances now (a lost connection is being re-opened when not). */
    default boolean listening() {
        return true;
    }

    @Override
    void close();

    /** What happened, by reference. */
    record Announcement(Kind kind, String conversationId, String ref) {
        /** The kinds of event that cross instances; SLA alerts stay with the instance that raised them. */
        public enum Kind {
            MESSAGE('M'),
            REDACTED('R'),
            STATE('S'),
            TICKET('T'),
            TYPING('Y');

            private final char code;

            Kind(char code) {
                this.code = code;
            }

            /** The kind's one-char code on the wire. */
            public char code() {
                return code;
            }
        }
    }
}
