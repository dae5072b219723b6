package dev.baton.bench.sitting;

import dev.baton.bench.sitting.SittingStep.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The performance targets a sitting checks (issue 17): each applies to one kind of run, back to back or at
 * {@value #TARGET_RATE} turns a second offered, and is met when every such run meets it.
 */
final class SittingTargets {

    /** The offered rate the latency and memory targets are set at. */
    static final int TARGET_RATE = 1_000;

    /** A limit on one figure of one kind of run; {@code atLeast} for a floor, else a ceiling. */
    record Target(
            Kind kind,
            boolean backToBack,
            String name,
            Function<SittingFigures, Double> figure,
            double limit,
            boolean atLeast,
            String unit) {

        boolean appliesTo(SittingStep step) {
            return step.kind() == kind && step.backToBack() == backToBack && (backToBack || step.rate() == TARGET_RATE);
        }

        /** "p99 <= 50 ms". */
        String rule() {
            return name + (atLeast ? " >= " : " <= ") + number(limit) + unit;
        }
    }

    /** A target checked against one run: met, missed, or unknown when the figure could not be read. */
    record Verdict(Target target, Double value) {
        boolean known() {
            return value != null;
        }

        boolean met() {
            return value != null && (target.atLeast() ? value >= target.limit() : value <= target.limit());
        }

        /** "p99 <= 50 ms: MISSED (61.2)". */
        String text() {
            String outcome = !known() ? "unknown" : met() ? "met" : "MISSED";
            return target.rule() + ": " + outcome + (known() ? " (" + number(value) + ")" : "");
        }
    }

    static final List<Target> ALL = List.of(
            new Target(Kind.EMBEDDED, true, "turns/s", f -> f.turnsPerSecond(), 4_000, true, ""),
            new Target(
                    Kind.EMBEDDED, true, "server CPU a turn", SittingFigures::serverCpuMsPerTurn, 0.35, false, " ms"),
            new Target(Kind.EMBEDDED, false, "p99", f -> f.p99Ms(), 20, false, " ms"),
            new Target(Kind.EMBEDDED, false, "peak RSS", SittingFigures::serverPeakRssMb, 300, false, " MB"),
            new Target(Kind.POSTGRESQL, true, "turns/s", f -> f.turnsPerSecond(), 1_500, true, ""),
            new Target(
                    Kind.POSTGRESQL, true, "server CPU a turn", SittingFigures::serverCpuMsPerTurn, 0.8, false, " ms"),
            new Target(Kind.POSTGRESQL, false, "p99", f -> f.p99Ms(), 50, false, " ms"),
            new Target(Kind.POSTGRESQL, false, "peak RSS", SittingFigures::serverPeakRssMb, 300, false, " MB"));

    private SittingTargets() {}

    /** The targets that apply to {@code step}, checked against its figures. */
    static List<Verdict> check(SittingStep step, SittingFigures figures) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Target target : ALL) {
            if (target.appliesTo(step)) {
                verdicts.add(new Verdict(target, target.figure().apply(figures)));
            }
        }
        return verdicts;
    }

    /**
     * One line per target run in the sitting: met only when every run it applies to met it, as in
     * "PostgreSQL, 1,000 turns/s offered: p99 <= 50 ms: met in 2 runs of 3: MISSED".
     */
    static List<String> summary(List<SittingRow> rows) {
        Map<Target, List<Verdict>> byTarget = new LinkedHashMap<>();
        Map<Target, SittingStep> firstStep = new LinkedHashMap<>();
        for (SittingRow row : rows) {
            for (Verdict v : row.verdicts()) {
                byTarget.computeIfAbsent(v.target(), t -> new ArrayList<>()).add(v);
                firstStep.putIfAbsent(v.target(), row.step());
            }
        }
        List<String> lines = new ArrayList<>();
        byTarget.forEach((target, verdicts) -> {
            long met = verdicts.stream().filter(Verdict::met).count();
            boolean unknown = verdicts.stream().anyMatch(v -> !v.known());
            String outcome = unknown ? "unknown" : met == verdicts.size() ? "met" : "MISSED";
            SittingStep step = firstStep.get(target);
            String where = new SittingStep(step.kind(), step.rate(), 1, 1).label();
            String count = verdicts.size() > 1 ? "met in " + met + " runs of " + verdicts.size() + ": " : "";
            lines.add(where + ": " + target.rule() + ": " + count + outcome);
        });
        return lines;
    }

    /** A figure as the table shows it: thousands separated, one decimal from 100 up, else at most two. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return Math.abs(value) >= 100
                ? String.format(Locale.ROOT, "%,.1f", value)
                : BigDecimal.valueOf(value)
                        .setScale(2, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString();
    }
}
