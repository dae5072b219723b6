package dev.baton.agent;

import java.util.Arrays;
import java.util.Locale;

/** What an agent may do beyond the tickets of its tier; granted and withdrawn one at a time. */
public enum Right {
    /** Sees and acts on every ticket and follows every conversation. */
    SUPERVISOR,
    /** Changes what Baton knows: FAQ entries, intents and their examples, and publishes them. */
    EDITOR;

    /** The name on the command line and over HTTP: {@code supervisor}, {@code editor}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The right named {@code wire}.
     *
     * @throws AgentException {@code invalid_right} for any other name
     */
    public static Right fromWire(String wire) {
        return Arrays.stream(values())
                .filter(right -> right.wire().equals(wire))
                .findFirst()
                .orElseThrow(() ->
                        new AgentException("invalid_right", "a right is 'supervisor' or 'editor', not '" + wire + "'"));
    }
}
