package dev.baton.conversation;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** How a background sweep stops: the one under way finishes first, within a bound, before the store closes. */
public final class Sweeps {

    /** How long a stop waits for a sweep under way. */
    public static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private Sweeps() {}

    /** Stops {@code executor}, letting a task under way finish within {@link #CLOSE_WAIT}. */
    public static void stop(ExecutorService executor) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
