package dev.baton.conversation;

import java.util.Locale;

/** Who wrote a message. */
public enum Sender {
    USER,
    BOT,
    AGENT,
    SYSTEM;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Sender fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
