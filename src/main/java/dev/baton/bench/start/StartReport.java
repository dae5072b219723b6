package dev.baton.bench.start;

import dev.baton.StartupPhases;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The starts of a {@code baton starttest} run, by mode (fresh, restart): each start's time to a healthy
 * {@code /health} and CPU, then the median, lowest and highest, and the median of each phase's start, length and
 * CPU.
 *
 * @param store   the embedded store, or the PostgreSQL database (without credentials)
 * @param samples every start, in the order they ran
 */
public record StartReport(String store, List<StartSample> samples) {

    /** The phases in the order a start goes through them; others the server logs follow. */
    static final List<String> ORDER = List.of(
            "jvm",
            "config",
            "logging",
            "store",
            "store.pool",
            "store.migrate",
            "understanding",
            "corpus",
            "model",
            "index",
            "safety.secrets",
            "safety.rules",
            "encoder",
            "semantic",
            "normalizer",
            "localizer",
            "understanding.wait",
            "policy",
            "store.wait",
            "wiring",
            "knowledge",
            "http");

    public StartReport {
        samples = List.copyOf(samples);
    }

    void print(PrintStream out) {
        List<String> builds =
                samples.stream().map(StartSample::build).distinct().toList();
        for (String build : builds) {
            for (String mode : List.of("fresh", "restart")) {
                List<StartSample> of = samples.stream()
                        .filter(s -> s.build().equals(build) && s.mode().equals(mode))
                        .toList();
                if (!of.isEmpty()) {
                    print(out, build + ", " + mode, of);
                }
            }
        }
    }

    private static void print(PrintStream out, String title, List<StartSample> of) {
        out.printf(Locale.ROOT, "%n%s (%d starts)%n", title, of.size());
        out.printf(
                Locale.ROOT,
                "  healthy after  median %.0f ms  (%.0f-%.0f)   each: %s%n",
                median(of, StartSample::healthy),
                min(of, StartSample::healthy),
                max(of, StartSample::healthy),
                each(of, StartSample::healthy));
        out.printf(
                Locale.ROOT,
                "  CPU by then    median %.0f ms  (%.0f-%.0f)   peak RSS median %.0f MB%n",
                median(of, StartSample::cpu),
                min(of, StartSample::cpu),
                max(of, StartSample::cpu),
                median(of, StartSample::peakRss));
        out.printf(
                Locale.ROOT,
                "  %-20s %9s %9s %9s %9s   (medians, ms from the JVM's start)%n",
                "phase",
                "starts",
                "takes",
                "ends",
                "CPU");
        for (String phase : phases(of)) {
            List<StartupPhases.Phase> found = of.stream()
                    .map(s -> s.phases().get(phase))
                    .filter(p -> p != null)
                    .toList();
            out.printf(
                    Locale.ROOT,
                    "  %-20s %9.0f %9.0f %9.0f %9.0f%n",
                    phase,
                    median(found, StartupPhases.Phase::start),
                    median(found, StartupPhases.Phase::took),
                    median(found, StartupPhases.Phase::end),
                    median(found, StartupPhases.Phase::cpu));
        }
    }

    /** The phases the samples hold, in {@link #ORDER}, then any others. */
    private static List<String> phases(List<StartSample> samples) {
        List<String> names = new ArrayList<>();
        ORDER.stream()
                .filter(n -> samples.stream().anyMatch(s -> s.phases().containsKey(n)))
                .forEach(names::add);
        samples.stream()
                .map(StartSample::phases)
                .map(Map::keySet)
                .flatMap(java.util.Set::stream)
                .filter(n -> !names.contains(n))
                .distinct()
                .sorted()
                .forEach(names::add);
        return names;
    }

    private static <T> String each(List<T> values, ToDoubleFunction<T> f) {
        return String.join(
                " ",
                values.stream()
                        .map(v -> String.format(Locale.ROOT, "%.0f", f.applyAsDouble(v)))
                        .toList());
    }

    static <T> double median(List<T> values, ToDoubleFunction<T> f) {
        double[] sorted = values.stream().mapToDouble(f).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static <T> double min(List<T> values, ToDoubleFunction<T> f) {
        return Arrays.stream(values.stream().mapToDouble(f).toArray()).min().orElse(Double.NaN);
    }

    private static <T> double max(List<T> values, ToDoubleFunction<T> f) {
        return Arrays.stream(values.stream().mapToDouble(f).toArray()).max().orElse(Double.NaN);
    }
}
