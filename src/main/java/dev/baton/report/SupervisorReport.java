package dev.baton.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The supervisor report: containment, handoffs by reason, first response times, SLA breaches, the queue's depth
 * over time, ratings and the questions Baton asked back on most, for the last 24 hours or 7 days. Computed from
 * the store on every call, so every instance gives the same figures.
 */
public final class SupervisorReport {

    /**
     * How far before the period tickets are read for the queue's depth and for ratings given in the period: a
     * ticket still queued from longer ago than this is not counted (abandonment closes them within a day by
     * default).
     */
    static final Duration LOOKBACK = Duration.ofDays(7);

    private final ReportStore store;
    private final Duration window;
    private final Clock clock;

    /**
     * @param window the containment window ({@code BATON_CONTAINMENT_WINDOW})
     */
    public SupervisorReport(ReportStore store, Duration window, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.window = Objects.requireNonNull(window, "window");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The report for the {@code period} that ends now. */
    public Report of(Period period) {
        Instant to = clock.instant();
        Instant from = to.minus(period.length());
        List<ConversationFacts> conversations = store.conversations(from, to);
        List<TicketFacts> tickets = store.tickets(from.minus(LOOKBACK), to);
        List<TicketFacts> opened =
                tickets.stream().filter(t -> !t.createdAt().isBefore(from)).toList();
        return new Report(
                period,
                from,
                to,
                Containment.of(conversations, window, to),
                TicketFigures.handoffs(conversations, opened),
                TicketFigures.firstResponse(opened),
                TicketFigures.sla(opened, to),
                QueueDepth.series(tickets, from, to, period.bucket()),
                TicketFigures.ratings(tickets, from, to),
                Clarifications.top(conversations));
    }

    /** The containment window this report uses. */
    public Duration window() {
        return window;
    }
}
