package dev.baton.conversation;

import java.time.Duration;
import java.util.Objects;

/**
 * Where a user's message came from when it arrived by a platform's webhook: the stored inbound delivery
 * (marked processed in the same transaction as the turn, so a delivery makes at most one turn) and how long
 * the replies wait before the outbox may send them (the webhook's own response may carry the reply first).
 */
public record Origin(long inboundId, Duration hold) {
    public Origin {
        Objects.requireNonNull(hold, "hold");
        if (inboundId < 1 || hold.isNegative()) {
            throw new IllegalArgumentException("an inbound id and a non-negative hold are required");
        }
    }
}
