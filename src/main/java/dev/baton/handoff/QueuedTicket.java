package dev.baton.handoff;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/** What fixes a queued ticket's place: urgent before normal, then older first, then by id. */
public record QueuedTicket(String id, Priority priority, Instant createdAt) {

    /** The queue order. */
    public static final Comparator<QueuedTicket> ORDER = Comparator.comparing(QueuedTicket::priority)
            .thenComparing(QueuedTicket::createdAt)
            .thenComparing(QueuedTicket::id);

    public QueuedTicket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static QueuedTicket of(Ticket ticket) {
        return new QueuedTicket(ticket.id(), ticket.priority(), ticket.createdAt());
    }
}
