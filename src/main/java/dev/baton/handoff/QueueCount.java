package dev.baton.handoff;

import java.time.Instant;
import java.util.Objects;

/**
 * How many tickets wait in the queue with one priority and tier, and since when the oldest of them.
 *
 * @param oldest when the longest-waiting of them was opened
 */
public record QueueCount(Priority priority, int tier, int count, Instant oldest) {
    public QueueCount {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(oldest, "oldest");
    }
}
