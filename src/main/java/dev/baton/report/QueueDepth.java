package dev.baton.report;

import dev.baton.report.Report.QueuePoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The queue's depth over a period, rebuilt from the tickets' own times: a ticket waits from when it was opened
 * until it was first assigned, resolved or closed unanswered. No sampling.
 */
final class QueueDepth {

    private QueueDepth() {}

    private record Step(Instant at, int delta) {}

    /** One point per {@code bucket} from {@code from} to {@code to}: the depth at its end and its peak. */
    static List<QueuePoint> series(List<TicketFacts> tickets, Instant from, Instant to, Duration bucket) {
        List<Step> steps = new ArrayList<>();
        for (TicketFacts t : tickets) {
            Instant left = t.leftQueueAt();
            if (left != null && !left.isAfter(t.createdAt())) {
                continue;
            }
            steps.add(new Step(t.createdAt(), 1));
            if (left != null) {
                steps.add(new Step(left, -1));
            }
        }
        // At the same instant, departures first: a ticket that left as another came is not counted twice.
        steps.sort(Comparator.comparing(Step::at).thenComparingInt(Step::delta));
        List<QueuePoint> points = new ArrayList<>();
        int i = 0;
        int depth = 0;
        for (Instant start = from; start.isBefore(to); start = start.plus(bucket)) {
            Instant end = start.plus(bucket).isAfter(to) ? to : start.plus(bucket);
            while (i < steps.size() && !steps.get(i).at().isAfter(start)) {
                depth += steps.get(i++).delta();
            }
            int peak = depth;
            while (i < steps.size() && !steps.get(i).at().isAfter(end)) {
                depth += steps.get(i++).delta();
                peak = Math.max(peak, depth);
            }
            points.add(new QueuePoint(end, depth, peak));
        }
        return points;
    }
}
