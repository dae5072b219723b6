package dev.baton.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.handoff.TicketStatus;
import dev.baton.report.Report.QueuePoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures read from tickets, over tickets made by hand with known times. */
class TicketFiguresTest {

    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    /** A ticket opened at {@code opened}, due 60 minutes later, first answered at {@code answered} (or not). */
    private static TicketFacts ticket(
            String reason, TicketStatus status, int opened, Integer answered, Integer closed) {
        Instant answer = answered == null ? null : at(answered);
        Instant resolved = status == TicketStatus.RESOLVED ? at(closed) : null;
        Instant updated = closed == null ? at(opened) : at(closed);
        return new TicketFacts(reason, status, at(opened), updated, at(opened + 60), answer, answer, resolved, null);
    }

    private static TicketFacts rated(int score, int resolvedAt) {
        return new TicketFacts(
                "human_requested",
                TicketStatus.RESOLVED,
                at(0),
                at(resolvedAt),
                at(60),
                at(1),
                at(1),
                at(resolvedAt),
                score);
    }

    @Test
    void firstResponsePercentilesAreNearestRankOverTheAnsweredOnes() {
        List<TicketFacts> opened = List.of(
                ticket("a", TicketStatus.ASSIGNED, 0, 1, null),
                ticket("a", TicketStatus.ASSIGNED, 0, 2, null),
                ticket("a", TicketStatus.ASSIGNED, 0, 3, null),
                ticket("a", TicketStatus.ASSIGNED, 0, 10, null),
                ticket("a", TicketStatus.QUEUED, 0, null, null));

        Report.FirstResponse r = TicketFigures.firstResponse(opened);

        assertThat(r.answered()).isEqualTo(4);
        assertThat(r.waiting()).isEqualTo(1);
        assertThat(r.p50Seconds()).isEqualTo(120);
        assertThat(r.p90Seconds()).isEqualTo(600);
    }

    @Test
    void aBreachIsALateFirstResponseOrNoneByTheDeadline() {
        List<TicketFacts> opened = List.of(
                ticket("a", TicketStatus.ASSIGNED, 0, 30, null), // in time
                ticket("a", TicketStatus.ASSIGNED, 0, 90, null), // late
                ticket("a", TicketStatus.QUEUED, 0, null, null), // none yet, due at 60: overdue at 120
                ticket("a", TicketStatus.QUEUED, 100, null, null), // none yet, not due until 160
                ticket("a", TicketStatus.ABANDONED, 0, null, 20)); // closed unanswered before it was due

        Report.Sla sla = TicketFigures.sla(opened, at(120));

        assertThat(sla).isEqualTo(new Report.Sla(5, 2, 1, 1));
    }

    @Test
    void handoffsAreCountedByReasonMostFirst() {
        List<TicketFacts> opened = List.of(
                ticket("human_requested", TicketStatus.QUEUED, 0, null, null),
                ticket("funds_at_risk.wrong_address", TicketStatus.QUEUED, 0, null, null),
                ticket("human_requested", TicketStatus.QUEUED, 0, null, null));

        Report.Handoffs h = TicketFigures.handoffs(List.of(), opened);

        assertThat(h.tickets()).isEqualTo(3);
        assertThat(h.rate()).isNull();
        assertThat(h.byReason())
                .containsExactly(
                        new Report.ReasonCount("human_requested", 2),
                        new Report.ReasonCount("funds_at_risk.wrong_address", 1));
    }

    @Test
    void ratingsCountTheTicketsResolvedInThePeriod() {
        Report.Ratings r =
                TicketFigures.ratings(List.of(rated(5, 10), rated(4, 20), rated(5, 30), rated(1, 200)), at(5), at(100));

        assertThat(r.counts()).containsExactly(0, 0, 0, 1, 2);
        assertThat(r.total()).isEqualTo(3);
        assertThat(r.mean()).isEqualTo(14.0 / 3);
    }

    @Test
    void theQueueDepthIsRebuiltFromTheTicketsTimes() {
        List<TicketFacts> tickets = List.of(
                ticket("a", TicketStatus.ASSIGNED, 10, 30, null), // waits 10-30
                ticket("a", TicketStatus.ASSIGNED, 20, 80, null), // waits 20-80
                ticket("a", TicketStatus.QUEUED, 70, null, null), // waits from 70 on
                ticket("a", TicketStatus.ABANDONED, 65, null, 75)); // waits 65-75, then closed

        List<QueuePoint> points = QueueDepth.series(tickets, T0, at(120), Duration.ofHours(1));

        assertThat(points).containsExactly(new QueuePoint(at(60), 1, 2), new QueuePoint(at(120), 1, 3));
    }
}
