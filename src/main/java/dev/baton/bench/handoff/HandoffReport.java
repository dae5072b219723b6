package dev.baton.bench.handoff;

import dev.baton.training.Percentiles;
import java.util.Locale;
import java.util.Map;

/**
 * What one handoff latency run measured. Handoff latency runs from just before the urgent message is sent to
 * the arrival of its ticket on the agent's WebSocket, both on this JVM's {@link System#nanoTime()}.
 *
 * @param measured   handoffs whose ticket arrived within the timeout (the latencies' count)
 * @param missing    handoffs answered {@code queued} whose ticket did not arrive within the timeout
 * @param errors     failed requests by kind (a failed handoff is not also missing)
 * @param latency    handoff latency; null when none arrived
 * @param post       how long the message POST itself took, for comparison
 * @param maxLagMs   how far behind its schedule the latest handoff started: the generator keeping pace
 * @param peakRssMb  the server's VmHWM, or null off Linux
 * @param load       the machine's load average before the server started and at the end: the contention the
 *                   figures were taken under (the server and this generator share the machine's cores)
 */
record HandoffReport(
        String store,
        String target,
        String heap,
        int cores,
        int rate,
        int handoffs,
        int timeoutMs,
        Warmup warmup,
        double sentOverSeconds,
        int measured,
        int missing,
        Map<String, Long> errors,
        Latency latency,
        Latency post,
        double maxLagMs,
        Double peakRssMb,
        Load load) {

    static final double TARGET_P99_MS = 100;

    /** What the warm-up drove, unmeasured. */
    record Warmup(int seconds, long handoffs, long turns, long errors) {}

    /** One-minute load averages; negative when unknown. */
    record Load(double before, double end) {}

    /** Nearest-rank percentiles in milliseconds. */
    record Latency(double p50, double p90, double p99, double max) {
        /** Of nanosecond samples; null when there are none. */
        static Latency of(long[] nanos) {
            if (nanos.length == 0) {
                return null;
            }
            Percentiles p = new Percentiles(nanos);
            return new Latency(ms(p.at(50)), ms(p.at(90)), ms(p.at(99)), ms(p.at(100)));
        }

        private static double ms(long nanos) {
            return Math.round(nanos / 1e4) / 100.0;
        }

        String text() {
            return String.format(Locale.ROOT, "p50 %.2f, p90 %.2f, p99 %.2f, max %.2f", p50, p90, p99, max);
        }
    }

    /** Whether every handoff was answered and reached the agent. */
    boolean complete() {
        return missing == 0 && errors.isEmpty() && measured == handoffs;
    }

    boolean targetMet() {
        return complete() && latency != null && latency.p99() <= TARGET_P99_MS;
    }

    /** The summary for people. */
    String text() {
        long errorCount = errors.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "handofflatency: %d urgent handoffs offered at %d/s (%.1f s) against %s"
                        + " (%s store, -Xmx%s, %d cores)%n",
                handoffs,
                rate,
                (double) handoffs / rate,
                target,
                store,
                heap,
                cores));
        s.append(String.format(
                Locale.ROOT,
                "warm-up: %d s, %d handoffs and %d chat turns, %d errors%n",
                warmup.seconds(),
                warmup.handoffs(),
                warmup.turns(),
                warmup.errors()));
        s.append(String.format(
                Locale.ROOT,
                "handoffs: %d sent, %d measured, %d missing (no ticket event within" + " %d ms), %d HTTP errors%s%n",
                handoffs,
                measured,
                missing,
                timeoutMs,
                errorCount,
                errors.isEmpty() ? "" : " " + errors));
        s.append("handoff latency ms (message sent -> ticket on the agent WebSocket): ")
                .append(latency == null ? "none arrived" : latency.text())
                .append(System.lineSeparator());
        s.append("message POST ms: ")
                .append(post == null ? "none answered" : post.text())
                .append(System.lineSeparator());
        s.append(String.format(
                Locale.ROOT,
                "pacing: sent over %.2f s, at most %.2f ms behind schedule; server peak"
                        + " RSS %s (VmHWM); load average %.2f before, %.2f at the end%n",
                sentOverSeconds,
                maxLagMs,
                peakRssMb == null ? "unknown" : String.format(Locale.ROOT, "%.1f MB", peakRssMb),
                load.before(),
                load.end()));
        s.append(String.format(
                Locale.ROOT, "target p99 <= %.0f ms: %s%n", TARGET_P99_MS, targetMet() ? "met" : "MISSED"));
        return s.toString();
    }
}
