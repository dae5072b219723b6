package dev.baton.bench.swap;

import static dev.baton.bench.swap.SwapTimelineTest.MS;
import static dev.baton.bench.swap.SwapTimelineTest.PUBLISHED;
import static dev.baton.bench.swap.SwapTimelineTest.S;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The report passes only when the publish went live and every turn is accounted for, and says why not. */
class SwapReportTest {

    private static final SwapReport.Setup SETUP =
            new SwapReport.Setup("embedded", "http://127.0.0.1:1", "512m", 2, 500, 32, 45, 20);
    private static final SwapReport.ServerFigures SERVER =
            new SwapReport.ServerFigures(50.0, 150.0, 90.0, null, 800.0, 0.5, 2.0);
    private static final SwapReport.Publishing LIVE =
            new SwapReport.Publishing("published", 2L, 17.3, 11.2, 20.0, null);

    @Test
    void aCleanRunPassesAndNamesEachPhase() {
        SwapReport report = report(LIVE, new SwapTurn[] {turn(95 * S, SwapTurn.Answer.OLD)}, 0);

        assertThat(report.passed()).isTrue();
        assertThat(report.text())
                .contains("publish: published as version 2, 17.30 s from the POST to live (trained in 11.20 s")
                .contains("turns: 1 offered, 1 answered, 0 failed, 0 unanswered at the end")
                .contains("10 s before the publish", "during the publish, to the swap", "first 5 s after the swap")
                .contains("answered before the swap 1 old, 0 new")
                .contains("CPU % of one core 50 before / 150 during / 90 first 5 s after / ? after")
                .contains("result: PASSED");
    }

    @Test
    void aDroppedTurnAFailedOpenOrAPublishThatNeverWentLiveFailsTheRun() {
        SwapReport dropped = report(LIVE, new SwapTurn[] {null}, 0);
        SwapReport unopened = report(LIVE, new SwapTurn[0], 1);
        SwapReport stuck = report(
                new SwapReport.Publishing("training", null, 180.0, null, 0, "still training after 180 s"),
                new SwapTurn[0],
                0);

        assertThat(dropped.passed()).isFalse();
        assertThat(dropped.text()).contains("result: FAILED: turns were dropped");
        assertThat(unopened.text()).contains("result: FAILED: requests failed");
        assertThat(stuck.text())
                .contains("publish: training, 180.00 s after the POST")
                .contains("publish did not go live: still training after 180 s")
                .contains("result: FAILED: the publish did not go live");
    }

    private static SwapReport report(SwapReport.Publishing publishing, SwapTurn[] turns, long failedToOpen) {
        return new SwapReport(
                SETUP,
                publishing,
                SwapTally.of(turns, turns.length, PUBLISHED),
                new SwapReport.Conversations(32, failedToOpen),
                SERVER);
    }

    private static SwapTurn turn(long due, SwapTurn.Answer answer) {
        return new SwapTurn(due, due, due + MS, null, answer);
    }
}
