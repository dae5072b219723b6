package dev.baton.handoff;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.baton.details.Details;
import dev.baton.dialogue.Priority;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The simplest desk: urgent tickets before normal ones, oldest first, and a wait estimated as the place in
 * the queue times a fixed handling time per ticket.
 *
 * <p>Places are counted in a snapshot of the queue's order, re-read in the background once per
 * {@code staleness}: counting the tickets ahead with a query on every turn costs time in proportion to the
 * queue, which is long exactly when no agent is free. A place may therefore be a little old.
 */
public final class FifoHandoffDesk implements HandoffDesk {

    private static final int EXPIRY_FACTOR = 10;

    private final Duration handlingTime;
    private final SecureRandom random = new SecureRandom();
    private final LoadingCache<Boolean, List<QueuedTicket>> snapshot;

    public FifoHandoffDesk(TicketStore tickets, Duration handlingTime, Duration staleness, Ticker ticker,
                           Executor refresher) {
        if (handlingTime.isNegative() || handlingTime.isZero()) {
            throw new IllegalArgumentException("handling time must be positive: " + handlingTime);
        }
        this.handlingTime = handlingTime;
        // Refreshed in the background: no user's turn waits while the queue is read. After a quiet spell the
        // snapshot expires and the next turn reads it afresh.
        this.snapshot = Caffeine.newBuilder()
                .maximumSize(1)
                .refreshAfterWrite(staleness)
                .expireAfterWrite(staleness.multipliedBy(EXPIRY_FACTOR))
                .ticker(ticker)
                .executor(refresher)
                .recordStats()
                .build(key -> tickets.queueOrder());
    }

    @Override
    public Ticket open(String conversationId, Priority priority, String reason, Details details, Instant now) {
        byte[] id = new byte[10];
        random.nextBytes(id);
        return new Ticket("t_" + HexFormat.of().formatHex(id), conversationId, priority, reason,
                TicketStatus.QUEUED, 1, details, now, now);
    }

    @Override
    public QueueStatus status(Ticket ticket) {
        if (ticket.status() != TicketStatus.QUEUED) {
            return new QueueStatus(ticket.id(), ticket.status(), ticket.priority(), 0, 0);
        }
        int position = ahead(snapshot.get(Boolean.TRUE), QueuedTicket.of(ticket)) + 1;
        return new QueueStatus(ticket.id(), ticket.status(), ticket.priority(), position,
                position * handlingTime.toSeconds());
    }

    /** How many tickets of the ordered queue sort before {@code ticket} (itself excluded, stored or not). */
    static int ahead(List<QueuedTicket> queue, QueuedTicket ticket) {
        int at = Collections.binarySearch(queue, ticket, QueuedTicket.ORDER);
        return at >= 0 ? at : -at - 1;
    }
}
