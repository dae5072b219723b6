package dev.baton.bench.sitting;

import static dev.baton.bench.sitting.SittingTargetsTest.figures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.bench.sitting.SittingStep.Kind;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sitting's Markdown: its header, one row per run with the ratio to the ceiling, and the targets. */
class SittingTableTest {

    private static final ZonedDateTime WHEN = ZonedDateTime.of(2026, 12, 7, 10, 40, 0, 0, ZoneOffset.UTC);
    private static final SittingOptions OPTIONS =
            new SittingOptions("jdbc:postgresql://127.0.0.1:5432/test", "postgres", 1, 45, 30, 1_000, 100, null, null);

    private static List<SittingRow> rows() {
        return List.of(
                new SittingRow(new SittingStep(Kind.ECHO, 0, 1, 1), figures(8_000, 40, 0.1, 95.5)),
                new SittingRow(new SittingStep(Kind.EMBEDDED, 0, 1, 1), figures(2_000, 120, 0.7, 310.0)),
                new SittingRow(new SittingStep(Kind.EMBEDDED, 1_000, 1, 1), figures(999.5, 18, 0.8, 290.0)),
                new SittingRow(
                        new SittingStep(Kind.POSTGRESQL, 0, 1, 1),
                        new SittingFigures(1_000, 60, 150, 1.2, 250.0, 0.9, 3, 1.25)));
    }

    private static String table(double loadBefore) {
        SittingMachine machine = new SittingMachine(
                WHEN, 2, 24L << 30, "Linux 6.8 amd64", "OpenJDK 64-Bit Server VM 17.0.13", loadBefore, 1.5);
        return SittingTable.markdown(machine, OPTIONS, "java -jar target/baton.jar perfsitting --runs 1", rows());
    }

    @Test
    void theHeaderSaysWhenOnWhatMachineHowLoadedAndWithWhichCommand() {
        String table = table(0.31);

        assertThat(table)
                .startsWith("**Benchmark sitting, 2026-12-07 10:40 Z**")
                .contains("Machine: 2 cores, 24.0 GiB, Linux 6.8 amd64, OpenJDK 64-Bit Server VM 17.0.13;"
                        + " load average 0.31 before the sitting, 1.50 after it.")
                .contains("-Xmx256m), 100 conversations, 45 s warm-up, 30 s measured")
                .contains("Command: `java -jar target/baton.jar perfsitting --runs 1`")
                .doesNotContain("busy before it began");
        assertThat(table(1.4)).contains("(busy before it began");
    }

    @Test
    void thereIsOneRowPerRunWithAsManyCellsAsTheHeader() {
        List<String> lines = table(0.3).lines().filter(l -> l.startsWith("|")).toList();

        assertThat(lines).hasSize(2 + rows().size());
        long columns = lines.get(0).chars().filter(c -> c == '|').count();
        assertThat(lines)
                .allSatisfy(line ->
                        assertThat(line.chars().filter(c -> c == '|').count()).isEqualTo(columns));
    }

    @Test
    void backToBackRunsAreComparedWithTheCeilingAndPacedOnesAreNot() {
        List<String> lines = table(0.3).lines().filter(l -> l.startsWith("| ")).toList();

        assertThat(lines.get(1))
                .startsWith("| echo ceiling, back to back | 8,000 | 10 / 40 ms | 0.1 ms | 95.5 MB |"
                        + " - | 0 | 0.50 | the ceiling | - |");
        assertThat(lines.get(2))
                .contains("| 25.0% of its turns/s, 7.0 times its CPU a turn |")
                .contains("turns/s >= 4,000: MISSED (2,000); server CPU a turn <= 0.35 ms: MISSED (0.7)");
        assertThat(lines.get(3)).contains("| 999.5 | 4.5 / 18 ms |").contains("| - | p99 <= 20 ms: met (18);");
        assertThat(lines.get(4)).contains("| 0.9 ms | 3 | 1.25 | 12.5% of its turns/s, 12.0 times its CPU a turn |");
    }

    @Test
    void theTargetsAreSummedUpBelowTheTable() {
        assertThat(table(0.3))
                .contains("\nTargets:\n\n- embedded, back to back: turns/s >= 4,000: MISSED\n")
                .contains("- PostgreSQL, back to back: server CPU a turn <= 0.8 ms: MISSED\n");
    }
}
