package dev.baton.report;

import dev.baton.conversation.Sender;
import dev.baton.report.Report.FirstResponse;
import dev.baton.report.Report.Handoffs;
import dev.baton.report.Report.Ratings;
import dev.baton.report.Report.ReasonCount;
import dev.baton.report.Report.Sla;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The figures read from tickets: handoffs by reason, first response times, SLA breaches, ratings. */
final class TicketFigures {

    private TicketFigures() {}

    static Handoffs handoffs(List<ConversationFacts> conversations, List<TicketFacts> opened) {
        int withUser = 0;
        int handedOff = 0;
        for (ConversationFacts c : conversations) {
            if (c.messages().stream().anyMatch(m -> m.sender() == Sender.USER)) {
                withUser++;
                if (!c.ticketsAt().isEmpty()) {
                    handedOff++;
                }
            }
        }
        Map<String, Integer> byReason = new TreeMap<>();
        opened.forEach(t -> byReason.merge(t.reason(), 1, Integer::sum));
        List<ReasonCount> reasons = byReason.entrySet().stream()
                .map(e -> new ReasonCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(ReasonCount::count).reversed())
                .toList();
        return new Handoffs(withUser, handedOff, Report.share(handedOff, withUser), opened.size(), reasons);
    }

    static FirstResponse firstResponse(List<TicketFacts> opened) {
        List<Long> seconds = new ArrayList<>();
        for (TicketFacts t : opened) {
            if (t.firstResponseAt() != null) {
                seconds.add(Duration.between(t.createdAt(), t.firstResponseAt()).toSeconds());
            }
        }
        seconds.sort(null);
        return new FirstResponse(
                seconds.size(), opened.size() - seconds.size(), nearestRank(seconds, 50), nearestRank(seconds, 90));
    }

    /** The nearest-rank percentile: the smallest value with at least {@code p}% of them at or below it. */
    static Long nearestRank(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    static Sla sla(List<TicketFacts> opened, Instant now) {
        int late = 0;
        int overdue = 0;
        int counted = 0;
        for (TicketFacts t : opened) {
            if (t.firstResponseDue() == null) {
                continue;
            }
            counted++;
            if (t.firstResponseAt() != null) {
                late += t.firstResponseAt().isAfter(t.firstResponseDue()) ? 1 : 0;
            } else {
                Instant until = t.closedAt() != null ? t.closedAt() : now;
                overdue += until.isAfter(t.firstResponseDue()) ? 1 : 0;
            }
        }
        return new Sla(counted, late + overdue, late, overdue);
    }

    static Ratings ratings(List<TicketFacts> tickets, Instant from, Instant to) {
        int[] counts = new int[5];
        int total = 0;
        long sum = 0;
        for (TicketFacts t : tickets) {
            Integer r = t.rating();
            boolean inPeriod = t.resolvedAt() != null
                    && !t.resolvedAt().isBefore(from)
                    && t.resolvedAt().isBefore(to);
            if (r != null && r >= 1 && r <= 5 && inPeriod) {
                counts[r - 1]++;
                total++;
                sum += r;
            }
        }
        List<Integer> list = List.of(counts[0], counts[1], counts[2], counts[3], counts[4]);
        return new Ratings(list, total, total == 0 ? null : (double) sum / total);
    }
}
