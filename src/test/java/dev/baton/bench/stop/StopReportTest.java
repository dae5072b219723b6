package dev.baton.bench.stop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.bench.stop.StopTurn.Outcome;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A stop passes only with no 5xx, no acknowledged turn missing, and readiness 503 before the port closed. */
class StopReportTest {

    private static final StopReport.Setup SETUP =
            new StopReport.Setup("embedded", "http://127.0.0.1:1", "256m", 2, 500, 32, 45, 5, 1500, 100, List.of());
    private static final StopReport.Timeline CLEAN =
            new StopReport.Timeline(-60.0, 40.0, 503, 40.0, 1_480.0, 1_520.0, 2_100.0, 143, 500, 0);
    private static final StoredTurns.Check ALL_FOUND = new StoredTurns.Check(1_000, 1_000, 0, List.of());

    @Test
    void aCleanStopPassesAndSaysTheThreeFacts() {
        StopReport report = new StopReport(SETUP, CLEAN, tally(0), ALL_FOUND);

        assertThat(report.passed()).isTrue();
        assertThat(report.text())
                .contains("readiness answered 503 at 40 (last 200 at -60); port closed at 1520 (last accepted at 1480);"
                        + " the process exited at 2100 with status 143")
                .contains("1,010 offered: 1,000 acknowledged (2xx), 0 answered 5xx")
                .contains("10 held back by the closed gate")
                .contains("1,000 acknowledged turns looked for, 1,000 found, 0 missing")
                .contains("result: PASSED: no 5xx, no acknowledged turn lost, readiness 503 before the port closed");
    }

    @Test
    void eachBrokenFactFailsTheStopAndIsNamed() {
        assertThat(new StopReport(SETUP, CLEAN, tally(3), ALL_FOUND).problems())
                .containsExactly("3 turns answered 5xx");
        assertThat(new StopReport(
                                SETUP,
                                CLEAN,
                                tally(0),
                                new StoredTurns.Check(1_000, 998, 2, List.of("c seq 3: no message")))
                        .text())
                .contains("998 found, 2 missing (c seq 3: no message)")
                .contains("result: FAILED: 2 acknowledged turns not in the store");
        assertThat(problems(new StopReport.Timeline(-60.0, null, 0, 1_530.0, 1_480.0, 1_520.0, 2_100.0, 143, 5, 0)))
                .containsExactly("readiness never answered 503; the gate closed when the port did");
        assertThat(problems(new StopReport.Timeline(-160.0, -60.0, 503, -60.0, 1_480.0, 1_520.0, 2_100.0, 143, 5, 0)))
                .containsExactly("readiness answered 503 before the stop began");
        assertThat(problems(
                        new StopReport.Timeline(1_400.0, 1_530.0, 503, 1_530.0, 1_480.0, 1_520.0, 2_100.0, 143, 5, 0)))
                .containsExactly("the port closed before readiness answered 503");
        assertThat(problems(new StopReport.Timeline(-60.0, 40.0, 503, 40.0, 60_000.0, null, null, null, 5, 0)))
                .containsExactly("the port was never seen closed", "the server did not exit");
        assertThat(new StopReport(SETUP, CLEAN, tally(0), new StoredTurns.Check(0, 0, 0, List.of())).problems())
                .containsExactly("no turn was acknowledged");
    }

    private static List<String> problems(StopReport.Timeline timeline) {
        return new StopReport(SETUP, timeline, tally(0), ALL_FOUND).problems();
    }

    private static StopTally tally(long serverErrors) {
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        outcomes.put(Outcome.ACKNOWLEDGED, 1_000L);
        outcomes.put(Outcome.SERVER_ERROR, serverErrors);
        outcomes.put(Outcome.HELD, 10L);
        StopTally.Latency latency = new StopTally.Latency(100, 1.0, 9.0, 12.0);
        return new StopTally(
                1_010 + (int) serverErrors,
                outcomes,
                0,
                0,
                0,
                serverErrors == 0 ? Map.of() : Map.of("send 503", serverErrors),
                latency,
                latency);
    }
}
