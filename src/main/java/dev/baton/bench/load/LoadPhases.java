package dev.baton.bench.load;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The clock every virtual user checks: a warm-up whose turns are discarded, then the measured window, and a
 * stop that ends both early (a turn cap reached, the server gone). Times are {@link System#nanoTime()} values.
 */
final class LoadPhases {

    private final long measureFrom;
    private final long deadline;
    private final long maxTurns;
    private final AtomicLong admitted = new AtomicLong();
    private volatile long stoppedAt = Long.MAX_VALUE;

    /** @param maxTurns at most this many measured turns; 0 for no cap */
    LoadPhases(long start, long warmupNanos, long durationNanos, long maxTurns) {
        this.measureFrom = start + warmupNanos;
        this.deadline = measureFrom + durationNanos;
        this.maxTurns = maxTurns <= 0 ? Long.MAX_VALUE : maxTurns;
    }

    /** Whether users should go on at {@code now}. */
    boolean running(long now) {
        return now < deadline && now < stoppedAt;
    }

    /** Whether a turn from {@code start} to {@code end} lies inside the measured window. */
    boolean measured(long start, long end) {
        return start >= measureFrom && end <= Math.min(deadline, stoppedAt);
    }

    /** Counts a measured turn; false (and stops everyone) once the cap is passed. */
    boolean admit(long now) {
        if (admitted.incrementAndGet() <= maxTurns) {
            return true;
        }
        stop(now);
        return false;
    }

    synchronized void stop(long now) {
        if (now < stoppedAt) {
            stoppedAt = now;
        }
    }

    long measureFrom() {
        return measureFrom;
    }

    /** When the measured window ended: the deadline, or the stop if that came first. */
    long measureEnd() {
        return Math.min(deadline, stoppedAt);
    }

    boolean stopped() {
        return stoppedAt != Long.MAX_VALUE;
    }
}
