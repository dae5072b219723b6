package dev.baton.bench.swap;

/**
 * One offered turn as its sender saw it, on this JVM's {@link System#nanoTime()}: when the timeline had it due,
 * when it was sent and when its reply (or failure) came back. Its latency runs from the due time, so a turn
 * sent late because every sender was busy still counts the wait.
 *
 * @param failure how it failed ({@code send 503}, {@code send timeout}, {@code create io} ...), or null
 * @param answer  which version of the edited answer it got
 */
record SwapTurn(long due, long sent, long end, String failure, Answer answer) {

    /** Which answer of the edited entry a turn got: another reply altogether, the old text or the new one. */
    enum Answer {
        OTHER,
        OLD,
        NEW
    }

    static SwapTurn failed(long due, long sent, long end, String failure) {
        return new SwapTurn(due, sent, end, failure, Answer.OTHER);
    }

    boolean ok() {
        return failure == null;
    }

    long latency() {
        return end - due;
    }

    /** How far behind its due time the turn was sent: the senders' backlog and their own lateness. */
    long lag() {
        return sent - due;
    }
}
