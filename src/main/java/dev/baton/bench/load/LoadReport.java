package dev.baton.bench.load;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one load test measured. It reports; whether the figures meet a target is for the reader to judge.
 * Server figures are null when the server's process is unknown or not on Linux. CPU figures are percent of one
 * core over the measured window; {@code otherCpuPercent} is what the rest of the machine used meanwhile (a local
 * PostgreSQL included), the contention the figures were taken under.
 */
@JsonPropertyOrder({
    "store",
    "target",
    "conversations",
    "offeredTurnsPerSecond",
    "warmupSeconds",
    "durationSeconds",
    "measuredSeconds",
    "turns",
    "turnsPerSecond",
    "latencyMs",
    "errors",
    "warmupTurns",
    "warmupErrors",
    "conversationsStarted",
    "serverPeakRssMb",
    "serverMaxSampledRssMb",
    "serverHeap",
    "serverCpuPercent",
    "serverCpuMsPerTurn",
    "generatorCpuPercent",
    "otherCpuPercent",
    "javaVersion",
    "cores",
    "loadAverageBefore",
    "loadAverageEnd",
    "slowClients",
    "slowClientsHeldAtEnd",
    "slowClientsReopened",
    "healthMs",
    "healthProbes",
    "healthFailures",
    "serverEnv",
    "metricsScrapes"
})
public record LoadReport(
        String store,
        String target,
        int conversations,
        Integer offeredTurnsPerSecond,
        int warmupSeconds,
        int durationSeconds,
        double measuredSeconds,
        long turns,
        double turnsPerSecond,
        Latency latencyMs,
        Map<String, Long> errors,
        long warmupTurns,
        long warmupErrors,
        long conversationsStarted,
        Double serverPeakRssMb,
        Double serverMaxSampledRssMb,
        String serverHeap,
        Double serverCpuPercent,
        Double serverCpuMsPerTurn,
        double generatorCpuPercent,
        Double otherCpuPercent,
        String javaVersion,
        int cores,
        double loadAverageBefore,
        double loadAverageEnd,
        int slowClients,
        int slowClientsHeldAtEnd,
        long slowClientsReopened,
        Latency healthMs,
        long healthProbes,
        long healthFailures,
        List<String> serverEnv,
        Scrapes metricsScrapes) {

    /** Turn latency percentiles in milliseconds. */
    @JsonPropertyOrder({"p50", "p95", "p99", "max"})
    public record Latency(double p50, double p95, double p99, double max) {}

    /**
     * The scrapes of {@code /metrics} inside the measured window, one every few seconds, when the server had
     * metrics on: how many answered 200, how many did not, how long they took, and the last page's size.
     */
    @JsonPropertyOrder({"scrapes", "failures", "latencyMs", "lastBytes"})
    public record Scrapes(long scrapes, long failures, Latency latencyMs, long lastBytes) {}

    /** The summary for people. */
    String text() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "loadtest: %d conversations %s against %s (%s store), %.1f s measured" + " after %d s warm-up%n",
                conversations,
                offeredTurnsPerSecond == null ? "back to back" : "offering " + offeredTurnsPerSecond + " turns/s",
                target,
                store,
                measuredSeconds,
                warmupSeconds));
        s.append(String.format(
                Locale.ROOT,
                "turns: %d (%.1f/s); conversations started: %d; errors: %s%n",
                turns,
                turnsPerSecond,
                conversationsStarted,
                errors.isEmpty() ? "none" : errors));
        s.append(String.format(
                Locale.ROOT,
                "turn latency ms: p50 %.2f, p95 %.2f, p99 %.2f, max %.2f%n",
                latencyMs.p50(),
                latencyMs.p95(),
                latencyMs.p99(),
                latencyMs.max()));
        s.append(String.format(
                Locale.ROOT,
                "server: peak RSS %s (VmHWM; max sampled VmRSS %s), heap %s," + " CPU %s (%s ms a turn)%n",
                mb(serverPeakRssMb),
                mb(serverMaxSampledRssMb),
                serverHeap == null ? "unknown" : "-Xmx" + serverHeap,
                serverCpuPercent == null ? "unknown" : String.format(Locale.ROOT, "%.0f%%", serverCpuPercent),
                serverCpuMsPerTurn == null ? "unknown" : String.format(Locale.ROOT, "%.2f", serverCpuMsPerTurn)));
        s.append(String.format(
                Locale.ROOT,
                "generator: CPU %.0f%%; warm-up turns %d (errors %d)%n",
                generatorCpuPercent,
                warmupTurns,
                warmupErrors));
        s.append(String.format(
                Locale.ROOT,
                "machine: %d cores, java %s; other processes used %s CPU while"
                        + " measuring; load average %.2f before the run, %.2f at its end%n",
                cores,
                javaVersion,
                otherCpuPercent == null ? "unknown" : String.format(Locale.ROOT, "%.0f%%", otherCpuPercent),
                loadAverageBefore,
                loadAverageEnd));
        s.append(String.format(
                Locale.ROOT,
                "GET /health ms: p50 %.2f, p99 %.2f, max %.2f over %d probes, %d failed%n",
                healthMs.p50(),
                healthMs.p99(),
                healthMs.max(),
                healthProbes,
                healthFailures));
        if (!serverEnv.isEmpty()) {
            s.append("server settings given with --env: ")
                    .append(String.join(", ", serverEnv))
                    .append(System.lineSeparator());
        }
        if (metricsScrapes != null) {
            s.append(String.format(
                    Locale.ROOT,
                    "GET /metrics every %d s: %d scrapes, %d failed, ms p50 %.2f, max %.2f, %,d bytes%n",
                    LoadMetricsScraper.EVERY_SECONDS,
                    metricsScrapes.scrapes(),
                    metricsScrapes.failures(),
                    metricsScrapes.latencyMs().p50(),
                    metricsScrapes.latencyMs().max(),
                    metricsScrapes.lastBytes()));
        }
        if (slowClients > 0) {
            s.append(String.format(
                    Locale.ROOT,
                    "slow clients: %d trickling a body a byte every 3 s, %d open at the"
                            + " end, %d reopened after the server answered or closed them%n",
                    slowClients,
                    slowClientsHeldAtEnd,
                    slowClientsReopened));
        }
        return s.toString();
    }

    private static String mb(Double value) {
        return value == null ? "unknown" : String.format(Locale.ROOT, "%.1f MB", value);
    }
}
