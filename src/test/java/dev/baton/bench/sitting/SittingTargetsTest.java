package dev.baton.bench.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.bench.sitting.SittingStep.Kind;
import dev.baton.bench.sitting.SittingTargets.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which targets a run is held to, and how a target over several runs is judged. */
class SittingTargetsTest {

    static SittingFigures figures(double turnsPerSecond, double p99, Double cpu, Double rss) {
        return new SittingFigures(turnsPerSecond, p99 / 4, p99, cpu, rss, null, 0, 0.5);
    }

    @Test
    void embeddedBackToBackIsHeldToItsThroughputAndCpuATurn() {
        List<Verdict> verdicts =
                SittingTargets.check(new SittingStep(Kind.EMBEDDED, 0, 1, 1), figures(4_100, 90, 0.41, 280.0));

        assertThat(verdicts)
                .extracting(Verdict::text)
                .containsExactly("turns/s >= 4,000: met (4,100)", "server CPU a turn <= 0.35 ms: MISSED (0.41)");
    }

    @Test
    void pacedRunsAreHeldToLatencyAndMemoryOnlyAtTheTargetRate() {
        SittingStep atTarget = new SittingStep(Kind.POSTGRESQL, 1_000, 1, 3);
        SittingStep slower = new SittingStep(Kind.POSTGRESQL, 500, 1, 3);

        assertThat(SittingTargets.check(atTarget, figures(998, 50, 1.1, 300.5)))
                .extracting(Verdict::text)
                .containsExactly("p99 <= 50 ms: met (50)", "peak RSS <= 300 MB: MISSED (300.5)");
        assertThat(SittingTargets.check(slower, figures(500, 10, 1.1, 200.0))).isEmpty();
    }

    @Test
    void theEchoCeilingIsHeldToNothing() {
        assertThat(SittingTargets.check(new SittingStep(Kind.ECHO, 0, 1, 1), figures(9_000, 30, 0.1, 90.0)))
                .isEmpty();
    }

    @Test
    void aFigureThatCouldNotBeReadIsNeitherMetNorMissed() {
        Verdict cpu = SittingTargets.check(new SittingStep(Kind.POSTGRESQL, 0, 1, 1), figures(1_600, 90, null, null))
                .get(1);

        assertThat(cpu.met()).isFalse();
        assertThat(cpu.text()).isEqualTo("server CPU a turn <= 0.8 ms: unknown");
    }

    @Test
    void aTargetOverSeveralRunsIsMetOnlyWhenEveryRunMeetsIt() {
        List<SittingRow> rows = List.of(
                new SittingRow(new SittingStep(Kind.POSTGRESQL, 1_000, 1, 3), figures(1_000, 31, 1.0, 250.0)),
                new SittingRow(new SittingStep(Kind.POSTGRESQL, 1_000, 2, 3), figures(1_000, 72.5, 1.0, 250.0)),
                new SittingRow(new SittingStep(Kind.POSTGRESQL, 1_000, 3, 3), figures(1_000, 44, 1.0, 250.0)));

        assertThat(SittingTargets.summary(rows))
                .containsExactly(
                        "PostgreSQL, 1,000 turns/s offered: p99 <= 50 ms: met in 2 runs of 3: MISSED",
                        "PostgreSQL, 1,000 turns/s offered: peak RSS <= 300 MB: met in 3 runs of 3: met");
    }

    @Test
    void aSingleRunTargetSaysMetOrMissedAlone() {
        List<SittingRow> rows =
                List.of(new SittingRow(new SittingStep(Kind.EMBEDDED, 1_000, 1, 1), figures(1_000, 19.99, 0.5, 320.0)));

        assertThat(SittingTargets.summary(rows))
                .containsExactly(
                        "embedded, 1,000 turns/s offered: p99 <= 20 ms: met",
                        "embedded, 1,000 turns/s offered: peak RSS <= 300 MB: MISSED");
    }

    @Test
    void numbersAreShownWithSeparatorsAndAtMostTwoDecimals() {
        assertThat(SittingTargets.number(4_000)).isEqualTo("4,000");
        assertThat(SittingTargets.number(1_298.456)).isEqualTo("1,298.5");
        assertThat(SittingTargets.number(0.354)).isEqualTo("0.35");
        assertThat(SittingTargets.number(60)).isEqualTo("60");
    }
}
