package dev.baton.knowledge;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at the store's live version every so often and swaps in a newer one, so a publish or rollback made
 * through one instance reaches every instance sharing the database. One small read per look; a failed look
 * is logged and tried again at the next.
 */
public final class KnowledgeWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeWatch.class);

    private final LiveKnowledge live;
    private final Duration every;
    private final ScheduledExecutorService scheduler;

    public KnowledgeWatch(LiveKnowledge live, Duration every, ScheduledExecutorService scheduler) {
        this.live = live;
        this.every = every;
        this.scheduler = scheduler;
    }

    public void start() {
        scheduler.scheduleWithFixedDelay(this::look, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void look() {
        try {
            live.refresh();
        } catch (RuntimeException e) {
            LOG.warn(
                    "cannot load the live knowledge version; still answering with version {}",
                    live.current().version(),
                    e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
