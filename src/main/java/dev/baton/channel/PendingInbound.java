package dev.baton.channel;

import java.time.Instant;
import java.util.Objects;

/** A stored inbound delivery waiting to be turned into a conversation turn. */
public record PendingInbound(long id, InboundMessage message, Instant receivedAt) {
    public PendingInbound {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
