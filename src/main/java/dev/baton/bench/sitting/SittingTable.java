package dev.baton.bench.sitting;

import static dev.baton.bench.sitting.SittingTargets.number;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A sitting's figures as Markdown: when and on what machine, how loaded it was, the command, one row per run
 * with its ratio to the echo ceiling and its targets, and a line per target over all its runs.
 */
final class SittingTable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);
    private static final String HEADER = "| run | turns/s | latency p50 / p99 | server CPU a turn | server peak RSS"
            + " | PostgreSQL CPU a turn | errors | load average before | against the echo ceiling | targets |";

    private SittingTable() {}

    /** The table of {@code rows}, run with {@code options} as {@code command}. */
    static String markdown(SittingMachine machine, SittingOptions options, String command, List<SittingRow> rows) {
        StringBuilder s = new StringBuilder();
        s.append("**Benchmark sitting, ").append(WHEN.format(machine.started())).append("**\n\n");
        s.append("Machine: ").append(machine.cores()).append(" cores");
        if (machine.memoryBytes() > 0) {
            s.append(String.format(Locale.ROOT, ", %.1f GiB", machine.memoryBytes() / (double) (1L << 30)));
        }
        s.append(", ").append(machine.os()).append(", ").append(machine.jvm());
        s.append("; load average ")
                .append(load(machine.loadBefore()))
                .append(" before the sitting, ")
                .append(load(machine.loadAfter()))
                .append(" after it");
        if (machine.loadBefore() >= 0.5 * machine.cores()) {
            s.append(" (busy before it began: compare these runs with each other, not with a quiet machine's)");
        }
        s.append(".\n\n");
        s.append(String.format(
                Locale.ROOT,
                "Each run: a fresh server process (-Xmx%s), %d conversations, %d s warm-up, %d s measured;"
                        + " the load generator runs on the same machine.%n%n",
                options.heap(),
                options.conversations(),
                options.warmupSeconds(),
                options.durationSeconds()));
        s.append("Command: `").append(command).append("`\n\n");
        s.append(HEADER).append('\n');
        s.append("|---|---|---|---|---|---|---|---|---|---|\n");
        Optional<SittingFigures> echo = rows.stream()
                .filter(r -> r.step().kind() == SittingStep.Kind.ECHO)
                .map(SittingRow::figures)
                .findFirst();
        for (SittingRow row : rows) {
            s.append(row(row, echo)).append('\n');
        }
        List<String> summary = SittingTargets.summary(rows);
        if (!summary.isEmpty()) {
            s.append("\nTargets:\n\n");
            summary.forEach(line -> s.append("- ").append(line).append('\n'));
        }
        return s.toString();
    }

    static String row(SittingRow row, Optional<SittingFigures> echo) {
        SittingFigures f = row.figures();
        String verdicts =
                row.verdicts().stream().map(SittingTargets.Verdict::text).collect(Collectors.joining("; "));
        return "| " + row.step().label()
                + " | " + number(f.turnsPerSecond())
                + " | " + number(f.p50Ms()) + " / " + number(f.p99Ms()) + " ms"
                + " | " + unit(f.serverCpuMsPerTurn(), " ms")
                + " | " + unit(f.serverPeakRssMb(), " MB")
                + " | "
                + (row.step().kind() == SittingStep.Kind.POSTGRESQL ? unit(f.databaseCpuMsPerTurn(), " ms") : "-")
                + " | " + f.errors()
                + " | " + load(f.loadAverageBefore())
                + " | " + againstEcho(row, echo)
                + " | " + (verdicts.isEmpty() ? "-" : verdicts)
                + " |";
    }

    /**
     * Back to back, the run's turns a second as a percentage of the echo's and its CPU a turn as a multiple of the
     * echo's; paced runs are not compared (both serve what is offered).
     */
    static String againstEcho(SittingRow row, Optional<SittingFigures> echo) {
        if (row.step().kind() == SittingStep.Kind.ECHO) {
            return "the ceiling";
        }
        if (!row.step().backToBack() || echo.isEmpty() || echo.get().turnsPerSecond() <= 0) {
            return "-";
        }
        SittingFigures e = echo.get();
        String turns = String.format(
                Locale.ROOT, "%.1f%% of its turns/s", 100 * row.figures().turnsPerSecond() / e.turnsPerSecond());
        Double cpu = row.figures().serverCpuMsPerTurn();
        if (cpu == null || e.serverCpuMsPerTurn() == null || e.serverCpuMsPerTurn() <= 0) {
            return turns;
        }
        return turns + String.format(Locale.ROOT, ", %.1f times its CPU a turn", cpu / e.serverCpuMsPerTurn());
    }

    private static String unit(Double value, String unit) {
        return value == null ? "unknown" : number(value) + unit;
    }

    private static String load(double average) {
        return average < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", average);
    }
}
