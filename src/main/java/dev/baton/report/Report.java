package dev.baton.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The supervisor report for one period, ending at {@code to}. Rates are fractions from 0 to 1, null when
 * nothing was there to count; times are in seconds.
 */
public record Report(
        Period period,
        Instant from,
        Instant to,
        Containment containment,
        Handoffs handoffs,
        FirstResponse firstResponse,
        Sla sla,
        List<QueuePoint> queue,
        Ratings ratings,
        List<Clarification> clarifications) {

    public Report {
        queue = List.copyOf(queue);
        clarifications = List.copyOf(clarifications);
    }

    /**
     * Containment of the conversations started in the period in which the user wrote (see {@link
     * dev.baton.report.Containment}). {@code rate} is over the settled ones; {@code provisionalRate} counts the
     * pending ones as contained, as they are so far.
     */
    public record Containment(
            int conversations,
            int contained,
            int notContained,
            int pending,
            int notAnswered,
            int handedOff,
            int cameBack,
            Double rate,
            Double provisionalRate,
            long windowSeconds) {

        static Containment of(
                int contained, int pending, int notAnswered, int handedOff, int cameBack, Duration window) {
            int notContained = notAnswered + handedOff + cameBack;
            int all = contained + pending + notContained;
            return new Containment(
                    all,
                    contained,
                    notContained,
                    pending,
                    notAnswered,
                    handedOff,
                    cameBack,
                    share(contained, contained + notContained),
                    share(contained + pending, all),
                    window.toSeconds());
        }
    }

    /** Conversations handed off, of those started in the period; tickets opened in it by reason, most first. */
    public record Handoffs(int conversations, int handedOff, Double rate, int tickets, List<ReasonCount> byReason) {
        public Handoffs {
            byReason = List.copyOf(byReason);
        }
    }

    public record ReasonCount(String reason, int count) {}

    /** Time to the first human response of the tickets opened in the period that had one; the rest wait. */
    public record FirstResponse(int answered, int waiting, Long p50Seconds, Long p90Seconds) {}

    /**
     * Tickets opened in the period whose first response was late ({@code answeredLate}) or is overdue with none
     * yet or none before the ticket closed ({@code unansweredOverdue}).
     */
    public record Sla(int tickets, int breached, int answeredLate, int unansweredOverdue) {}

    /** Tickets waiting for an agent at {@code at} (a step's end), and the most at once during the step. */
    public record QueuePoint(Instant at, int depth, int peak) {}

    /** Ratings given to tickets resolved in the period: how many of each score 1-5, and their mean. */
    public record Ratings(List<Integer> counts, int total, Double mean) {
        public Ratings {
            counts = List.copyOf(counts);
        }
    }

    /** A question Baton asked back on, as users wrote it (the most common spelling), how often, its top intent. */
    public record Clarification(String text, int count, String intent) {}

    static Double share(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
