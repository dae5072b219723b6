package dev.baton.bench.stop;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one stop test measured, and whether the stop was clean: no turn answered 5xx, every acknowledged turn
 * found in the store afterwards, and readiness answering 503 before the port stopped taking connections (and the
 * process exited).
 */
record StopReport(Setup setup, Timeline timeline, StopTally tally, StoredTurns.Check store) {

    /** What was run against what. */
    record Setup(
            String store,
            String target,
            String heap,
            int cores,
            int rate,
            int threads,
            int warmupSeconds,
            int steadySeconds,
            int stopDelayMillis,
            int pollMillis,
            List<String> serverEnv) {}

    /**
     * The stop, in ms after the SIGTERM; null where it was not seen.
     *
     * @param lastReadyMs   the gate's last 200 from {@code /health/ready}
     * @param readinessMs   its first answer other than 200 (503 while stopping); null when it closed for want of a
     *                      connection instead
     * @param gateStatus    that answer's status, or 0 when the gate closed because it could not connect
     * @param gateClosedMs  when the gate closed, for either reason
     * @param lastOpenMs    the port probe's last accepted connection
     * @param portClosedMs  its first refused one
     * @param exitedMs      when the process had exited, with {@code exitStatus}
     */
    record Timeline(
            Double lastReadyMs,
            Double readinessMs,
            int gateStatus,
            Double gateClosedMs,
            Double lastOpenMs,
            Double portClosedMs,
            Double exitedMs,
            Integer exitStatus,
            long gatePolls,
            long portProbeTimeouts) {}

    @JsonProperty("passed")
    boolean passed() {
        return problems().isEmpty();
    }

    /** What went wrong, in the report's words; empty for a clean stop. */
    @JsonProperty("problems")
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (tally.serverErrors() > 0) {
            problems.add(tally.serverErrors() + " turns answered 5xx");
        }
        if (store.missing() > 0) {
            problems.add(store.missing() + " acknowledged turns not in the store");
        }
        if (store.acknowledged() == 0) {
            problems.add("no turn was acknowledged");
        }
        if (timeline.readinessMs() == null) {
            problems.add("readiness never answered 503; the gate closed when the port did");
        } else if (timeline.readinessMs() < 0) {
            problems.add("readiness answered " + timeline.gateStatus() + " before the stop began");
        } else if (timeline.portClosedMs() != null && timeline.readinessMs() >= timeline.portClosedMs()) {
            problems.add("the port closed before readiness answered 503");
        }
        if (timeline.portClosedMs() == null) {
            problems.add("the port was never seen closed");
        }
        if (timeline.exitStatus() == null) {
            problems.add("the server did not exit");
        }
        return problems;
    }

    String text() {
        StringBuilder s = new StringBuilder();
        line(
                s,
                "stoptest: %d turns/s offered by %d senders against %s (%s store, -Xmx%s, %d cores); %d s warm-up,"
                        + " %d s more, then SIGTERM; stop delay %d ms, readiness polled every %d ms%s",
                setup.rate(),
                setup.threads(),
                setup.target(),
                setup.store(),
                setup.heap(),
                setup.cores(),
                setup.warmupSeconds(),
                setup.steadySeconds(),
                setup.stopDelayMillis(),
                setup.pollMillis(),
                setup.serverEnv().isEmpty() ? "" : "; server settings " + String.join(", ", setup.serverEnv()));
        line(
                s,
                "stop, ms after the SIGTERM: readiness %s (last 200 at %s); port closed at %s (last accepted at %s);"
                        + " the process exited at %s%s",
                timeline.readinessMs() == null
                        ? "never answered 503 (the gate closed for want of a connection at "
                                + ms(timeline.gateClosedMs()) + ")"
                        : "answered " + timeline.gateStatus() + " at " + ms(timeline.readinessMs()),
                ms(timeline.lastReadyMs()),
                ms(timeline.portClosedMs()),
                ms(timeline.lastOpenMs()),
                ms(timeline.exitedMs()),
                timeline.exitStatus() == null ? "" : " with status " + timeline.exitStatus());
        line(
                s,
                "turns: %,d offered: %,d acknowledged (2xx), %,d answered 5xx, %,d answered 4xx, %,d found no"
                        + " connection before the gate closed and %,d after, %,d timed out, %,d broken, %,d held back"
                        + " by the closed gate, %,d unanswered at the end%s",
                tally.offered(),
                tally.count(StopTurn.Outcome.ACKNOWLEDGED),
                tally.serverErrors(),
                tally.count(StopTurn.Outcome.REFUSED),
                tally.noConnectionBeforeGate(),
                tally.noConnectionAfterGate(),
                tally.count(StopTurn.Outcome.TIMED_OUT),
                tally.count(StopTurn.Outcome.BROKEN),
                tally.count(StopTurn.Outcome.HELD),
                tally.unanswered(),
                tally.details().isEmpty() ? "" : "; failures " + tally.details());
        line(
                s,
                "latency ms of acknowledged turns from their due time: before the SIGTERM (after the warm-up) %s;"
                        + " from the SIGTERM on %s",
                latency(tally.steadyMs()),
                latency(tally.stopMs()));
        line(
                s,
                "store, after the stop: %,d acknowledged turns looked for, %,d found, %,d missing%s",
                store.acknowledged(),
                store.found(),
                store.missing(),
                store.examples().isEmpty() ? "" : " (" + String.join("; ", store.examples()) + ")");
        line(
                s,
                "result: %s",
                passed()
                        ? "PASSED: no 5xx, no acknowledged turn lost, readiness 503 before the port closed"
                        : "FAILED: " + String.join("; ", problems()));
        return s.toString();
    }

    private static String latency(StopTally.Latency l) {
        return String.format(
                Locale.ROOT, "%,d turns, p50 %.1f, p99 %.1f, max %.1f", l.turns(), l.p50(), l.p99(), l.max());
    }

    private static String ms(Double value) {
        return value == null ? "never" : String.format(Locale.ROOT, "%.0f", value);
    }

    private static void line(StringBuilder s, String format, Object... args) {
        s.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }
}
