package dev.baton.learning;

import dev.baton.conversation.Sweeps;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets, on a schedule, the kept messages older than the retention ({@code BATON_LEARNING_RETENTION}),
 * whether editors handled them or not: users' words are kept for teaching Baton, not for ever. Runs a minute
 * after start, then every {@link #EVERY}. Safe on several instances at once: the store's delete is idempotent.
 */
public final class LearningRetention implements AutoCloseable {

    static final Duration FIRST = Duration.ofMinutes(1);
    static final Duration EVERY = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(LearningRetention.class);

    private final LearningStore store;
    private final Duration retention;
    private final Clock clock;
    private final ScheduledExecutorService executor;

    public LearningRetention(LearningStore store, Duration retention, Clock clock, ScheduledExecutorService executor) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the retention must be positive, not " + retention);
        }
        this.store = store;
        this.retention = retention;
        this.clock = clock;
        this.executor = executor;
    }

    /** Sweeps {@link #FIRST} from now, then every {@link #EVERY}. */
    public LearningRetention start() {
        executor.scheduleWithFixedDelay(this::sweepSafely, FIRST.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Deletes the kept messages that came more than the retention ago; returns how many. */
    public int sweep() {
        return store.deleteBefore(clock.instant().minus(retention));
    }

    private void sweepSafely() {
        try {
            int deleted = sweep();
            if (deleted > 0) {
                LOG.info("forgot {} messages kept for the learning loop longer than {}", deleted, retention);
            }
        } catch (RuntimeException e) {
            LOG.warn("cannot forget old learning messages: {}", e.toString());
        }
    }

    /** Stops sweeping; a sweep under way finishes first (within {@link Sweeps#CLOSE_WAIT}), before the store closes. */
    @Override
    public void close() {
        Sweeps.stop(executor);
    }
}
