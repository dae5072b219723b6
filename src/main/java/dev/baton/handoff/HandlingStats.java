package dev.baton.handoff;

import java.time.Duration;

/**
 * How fast agents have been handling tickets lately.
 *
 * @param resolved     tickets resolved in the period
 * @param meanHandling their mean time from claim to resolution (zero when none)
 * @param activeAgents agents who claimed or resolved a ticket in the period
 */
public record HandlingStats(int resolved, Duration meanHandling, int activeAgents) {
    public static final HandlingStats NONE = new HandlingStats(0, Duration.ZERO, 0);
}
