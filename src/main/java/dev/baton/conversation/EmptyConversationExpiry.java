package dev.baton.conversation;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes, on a schedule, the conversations nobody wrote in for {@code ttl} after opening them (see {@link
 * ConversationStore#deleteEmptyBefore}), so that opening conversations and leaving them costs no lasting
 * storage. Runs every quarter of {@code ttl}, between {@link #MIN_EVERY} and {@link #MAX_EVERY}. Safe on
 * several instances at once: the store's delete is conditional and idempotent.
 */
public final class EmptyConversationExpiry implements AutoCloseable {

    static final Duration MIN_EVERY = Duration.ofSeconds(15);
    static final Duration MAX_EVERY = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(EmptyConversationExpiry.class);

    private final ConversationStore store;
    private final Duration ttl;
    private final Clock clock;
    private final ScheduledExecutorService executor;

    public EmptyConversationExpiry(
            ConversationStore store, Duration ttl, Clock clock, ScheduledExecutorService executor) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("the time to live must be positive, not " + ttl);
        }
        this.store = store;
        this.ttl = ttl;
        this.clock = clock;
        this.executor = executor;
    }

    /** How often {@link #start()} sweeps for a time to live of {@code ttl}. */
    static Duration every(Duration ttl) {
        Duration quarter = ttl.dividedBy(4);
        return quarter.compareTo(MIN_EVERY) < 0 ? MIN_EVERY : quarter.compareTo(MAX_EVERY) > 0 ? MAX_EVERY : quarter;
    }

    /** Sweeps every {@link #every(Duration)}, the first time after one period. */
    public EmptyConversationExpiry start() {
        long period = every(ttl).toMillis();
        executor.scheduleWithFixedDelay(this::sweepSafely, period, period, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Deletes the empty conversations opened more than {@code ttl} ago; returns how many. */
    public int sweep() {
        return store.deleteEmptyBefore(clock.instant().minus(ttl));
    }

    private void sweepSafely() {
        try {
            int deleted = sweep();
            if (deleted > 0) {
                LOG.info("deleted {} conversations left empty for {}", deleted, ttl);
            }
        } catch (RuntimeException e) {
            LOG.warn("cannot delete empty conversations: {}", e.toString());
        }
    }

    /** Stops sweeping; a sweep under way finishes first (within {@link Sweeps#CLOSE_WAIT}), before the store closes. */
    @Override
    public void close() {
        Sweeps.stop(executor);
    }
}
