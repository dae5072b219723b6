package dev.baton.channel;

import java.util.Objects;

/** How many outbox messages to one channel are in one status ({@code pending} or {@code dead}). */
public record OutboxCount(String channel, String status, int count) {
    public OutboxCount {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
    }
}
