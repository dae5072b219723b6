package dev.baton.bench.stop;

import dev.baton.training.Percentiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every turn a stop test offered, by how it ended: acknowledged (2xx), a server error (5xx), refused (another
 * status), no connection (before or after the gate closed), timed out, broken, held back by the closed gate, or
 * still unanswered when the run ended; with the latency of acknowledged turns before and after the SIGTERM.
 *
 * @param details  how the failed turns failed ({@code send 503: 3}), for the report
 * @param steadyMs latency of acknowledged turns due after the warm-up and before the SIGTERM
 * @param stopMs   latency of acknowledged turns due from the SIGTERM on
 */
record StopTally(
        int offered,
        Map<StopTurn.Outcome, Long> outcomes,
        long noConnectionBeforeGate,
        long noConnectionAfterGate,
        int unanswered,
        Map<String, Long> details,
        Latency steadyMs,
        Latency stopMs) {

    /** Latency percentiles in milliseconds over {@code turns} turns. */
    record Latency(long turns, double p50, double p99, double max) {
        static Latency of(long[] nanos) {
            Percentiles p = new Percentiles(nanos);
            return new Latency(nanos.length, ms(p.at(50)), ms(p.at(99)), ms(p.at(100)));
        }

        private static double ms(long nanos) {
            return Math.round(nanos / 1e4) / 100.0;
        }
    }

    StopTally {
        Map<StopTurn.Outcome, Long> ordered = new EnumMap<>(StopTurn.Outcome.class);
        ordered.putAll(outcomes);
        outcomes = Collections.unmodifiableMap(ordered);
        details = Collections.unmodifiableMap(new TreeMap<>(details));
    }

    /**
     * Tallies the first {@code offered} slots; a null slot is a turn offered that never came back. A turn that
     * found no connection counts before the gate closed when it failed before {@code gateClosedAt}.
     *
     * @param measuredFrom where the warm-up ended; {@code sigterm} when the server was told to stop
     */
    static StopTally of(StopTurn[] turns, int offered, long measuredFrom, long sigterm, long gateClosedAt) {
        if (offered > turns.length) {
            throw new IllegalArgumentException(offered + " turns offered but only " + turns.length + " slots");
        }
        Map<StopTurn.Outcome, Long> outcomes = new EnumMap<>(StopTurn.Outcome.class);
        for (StopTurn.Outcome o : StopTurn.Outcome.values()) {
            outcomes.put(o, 0L);
        }
        Map<String, Long> details = new TreeMap<>();
        long[] steady = new long[offered];
        long[] stop = new long[offered];
        int steadyCount = 0;
        int stopCount = 0;
        long before = 0;
        long after = 0;
        int unanswered = 0;
        for (int i = 0; i < offered; i++) {
            StopTurn turn = turns[i];
            if (turn == null) {
                unanswered++;
                continue;
            }
            outcomes.merge(turn.outcome(), 1L, Long::sum);
            if (turn.detail() != null) {
                details.merge(turn.detail(), 1L, Long::sum);
            }
            if (turn.outcome() == StopTurn.Outcome.NO_CONNECTION) {
                if (turn.end() < gateClosedAt) {
                    before++;
                } else {
                    after++;
                }
            } else if (turn.outcome() == StopTurn.Outcome.ACKNOWLEDGED) {
                if (turn.due() >= sigterm) {
                    stop[stopCount++] = turn.latency();
                } else if (turn.due() >= measuredFrom) {
                    steady[steadyCount++] = turn.latency();
                }
            }
        }
        return new StopTally(
                offered,
                outcomes,
                before,
                after,
                unanswered,
                details,
                Latency.of(Arrays.copyOf(steady, steadyCount)),
                Latency.of(Arrays.copyOf(stop, stopCount)));
    }

    /** The acknowledged turns among the first {@code offered} slots, to be looked for in the store. */
    static List<StopTurn> acknowledged(StopTurn[] turns, int offered) {
        List<StopTurn> acknowledged = new ArrayList<>();
        for (int i = 0; i < offered; i++) {
            if (turns[i] != null && turns[i].outcome() == StopTurn.Outcome.ACKNOWLEDGED) {
                acknowledged.add(turns[i]);
            }
        }
        return acknowledged;
    }

    long count(StopTurn.Outcome outcome) {
        return outcomes.getOrDefault(outcome, 0L);
    }

    /** Turns the server answered 5xx. */
    long serverErrors() {
        return count(StopTurn.Outcome.SERVER_ERROR);
    }
}
