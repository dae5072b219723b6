package dev.baton.bench.swap;

import java.util.concurrent.TimeUnit;

/**
 * The moments of a run, on this JVM's {@link System#nanoTime()}, and where each turn falls among them. The
 * server makes the new version live somewhere between {@code liveFrom} (when its store recorded the live
 * pointer) and {@code liveAt} (when it recorded the publish finished, just after the swap); both are read from
 * the server's clock, which on one machine is this JVM's.
 *
 * @param post      when the publish was POSTed
 * @param liveFrom  the earliest the new version can have answered a turn
 * @param liveAt    the latest it can have begun to; for a publish that did not go live, when it ended
 * @param published whether the new version went live at all
 */
record SwapTimeline(long post, long liveFrom, long liveAt, boolean published) {

    /** How long before the publish the steady state is measured, against the warm-up before it. */
    static final long BEFORE_NANOS = TimeUnit.SECONDS.toNanos(10);
    /** How long after the swap counts as settling: new answers, a model's first turns, the garbage it left. */
    static final long SETTLING_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** The server's times have millisecond resolution; a turn this close to an edge is not judged by it. */
    static final long TOLERANCE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    SwapTimeline {
        if (liveFrom < post || liveAt < liveFrom) {
            throw new IllegalArgumentException("the swap must lie after the publish, its window in order");
        }
    }

    /** Where a turn falls by its due time; the report gives latency for each. */
    enum Phase {
        WARMUP("warm-up (not judged)"),
        BEFORE("10 s before the publish"),
        DURING("during the publish, to the swap"),
        SETTLING("first 5 s after the swap"),
        AFTER("after that");

        final String label;

        Phase(String label) {
            this.label = label;
        }
    }

    /** Which side of the swap a turn lies on: answered before it could begin, sent after it, or across it. */
    enum Side {
        BEFORE,
        ACROSS,
        AFTER
    }

    Phase phase(long due) {
        if (due < post - BEFORE_NANOS) {
            return Phase.WARMUP;
        }
        if (due < post) {
            return Phase.BEFORE;
        }
        if (due < liveAt) {
            return Phase.DURING;
        }
        return due < liveAt + SETTLING_NANOS ? Phase.SETTLING : Phase.AFTER;
    }

    Side side(SwapTurn turn) {
        if (turn.end() < liveFrom - TOLERANCE_NANOS) {
            return Side.BEFORE;
        }
        return turn.sent() > liveAt + TOLERANCE_NANOS ? Side.AFTER : Side.ACROSS;
    }

    /**
     * Whether a turn got an answer it could not have got: the old one though sent after the swap, the new one
     * though answered before it, or the new one at all when the publish never went live.
     */
    boolean misanswered(SwapTurn turn) {
        return switch (turn.answer()) {
            case OTHER -> false;
            case OLD -> published && side(turn) == Side.AFTER;
            case NEW -> !published || side(turn) == Side.BEFORE;
        };
    }
}
