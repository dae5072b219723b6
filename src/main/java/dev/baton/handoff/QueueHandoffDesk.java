package dev.baton.handoff;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.baton.details.Details;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * The queue as users see it: urgent tickets before normal ones, oldest first, and a wait estimated from how
 * fast agents have been handling tickets lately: place x mean handling time / agents at work. With too few
 * recent resolutions to go on, the configured handling time stands in for the mean.
 *
 * <p>Places are counted in a snapshot of the queue's order, re-read in the background once per
 * {@code staleness}: counting the tickets ahead with a query on every turn costs time in proportion to the
 * queue, which is long exactly when no agent is free. A place may therefore be a little old. The handling
 * statistics are re-read the same way, every {@link #STATS_REFRESH}. With no agent available on any instance
 * the estimate means nothing: the status says so, and the user is told that instead.
 */
public final class QueueHandoffDesk implements HandoffDesk {

    /** Resolutions within this window count towards the mean handling time. */
    static final Duration STATS_WINDOW = Duration.ofHours(24);

    static final Duration STATS_REFRESH = Duration.ofSeconds(30);
    /** Fewer resolutions than this and the configured handling time is used. */
    static final int MIN_SAMPLES = 3;

    private static final int EXPIRY_FACTOR = 10;

    private final Duration defaultHandling;
    private final SlaPolicy sla;
    private final SecureRandom random = new SecureRandom();
    private final LoadingCache<Boolean, List<QueuedTicket>> snapshot;
    private final LoadingCache<Boolean, HandlingStats> stats;
    private final BooleanSupplier agentsAvailable;

    /** A desk that takes agents to be available. */
    public QueueHandoffDesk(
            TicketStore tickets,
            Duration defaultHandling,
            SlaPolicy sla,
            Duration staleness,
            Clock clock,
            Ticker ticker,
            Executor refresher) {
        this(tickets, defaultHandling, sla, staleness, clock, ticker, refresher, () -> true);
    }

    /** @param agentsAvailable whether any agent is available now (asked on every status; keep it cheap) */
    public QueueHandoffDesk(
            TicketStore tickets,
            Duration defaultHandling,
            SlaPolicy sla,
            Duration staleness,
            Clock clock,
            Ticker ticker,
            Executor refresher,
            BooleanSupplier agentsAvailable) {
        if (defaultHandling.isNegative() || defaultHandling.isZero()) {
            throw new IllegalArgumentException("handling time must be positive: " + defaultHandling);
        }
        this.defaultHandling = defaultHandling;
        this.sla = sla;
        this.agentsAvailable = agentsAvailable;
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
        this.stats = Caffeine.newBuilder()
                .maximumSize(1)
                .refreshAfterWrite(STATS_REFRESH)
                .ticker(ticker)
                .executor(refresher)
                .recordStats()
                .build(key -> tickets.handling(clock.instant().minus(STATS_WINDOW)));
    }

    @Override
    public Ticket open(
            String conversationId,
            String channel,
            Priority priority,
            String reason,
            int tier,
            Details details,
            Instant now) {
        byte[] id = new byte[10];
        random.nextBytes(id);
        return Ticket.open(
                "t_" + HexFormat.of().formatHex(id),
                conversationId,
                priority,
                reason,
                tier,
                details,
                now,
                sla.on(channel));
    }

    @Override
    public SlaPolicy sla() {
        return sla;
    }

    @Override
    public QueueStatus status(Ticket ticket) {
        if (ticket.status() != TicketStatus.QUEUED) {
            return new QueueStatus(ticket.id(), ticket.status(), ticket.priority(), 0, 0);
        }
        int position = ahead(snapshot.get(Boolean.TRUE), QueuedTicket.of(ticket)) + 1;
        return new QueueStatus(
                ticket.id(),
                ticket.status(),
                ticket.priority(),
                position,
                estimate(position, stats.get(Boolean.TRUE), defaultHandling).toSeconds(),
                agentsAvailable.getAsBoolean());
    }

    /** The wait of the ticket at {@code position}: the tickets up to it shared among the agents at work. */
    static Duration estimate(int position, HandlingStats recent, Duration fallback) {
        Duration mean = recent.resolved() >= MIN_SAMPLES ? recent.meanHandling() : fallback;
        return mean.multipliedBy(position).dividedBy(Math.max(1, recent.activeAgents()));
    }

    /** How many tickets of the ordered queue sort before {@code ticket} (itself excluded, stored or not). */
    static int ahead(List<QueuedTicket> queue, QueuedTicket ticket) {
        int at = Collections.binarySearch(queue, ticket, QueuedTicket.ORDER);
        return at >= 0 ? at : -at - 1;
    }
}
