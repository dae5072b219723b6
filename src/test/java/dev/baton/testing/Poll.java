package dev.baton.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Bounded polling for what happens on another thread or instance: asks again every 50 ms until a deadline. */
public final class Poll {

    private Poll() {}

    /** The first non-null answer of {@code probe}; fails naming {@code what} when {@code limit} passes first. */
    public static <T> T until(String what, Duration limit, Supplier<T> probe) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            T answer = probe.get();
            if (answer != null) {
                return answer;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting " + limit.toSeconds() + " s for " + what);
            }
            LockSupport.parkNanos(50_000_000L);
        }
    }
}
