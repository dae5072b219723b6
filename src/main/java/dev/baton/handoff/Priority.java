package dev.baton.handoff;

import java.util.Locale;

/** How fast a human must pick up a handed-off conversation. */
public enum Priority {
    /** Funds at risk or a secret exposed: first in the queue. */
    URGENT,
    NORMAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
