package dev.baton.channel;

import dev.baton.config.ChannelsConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox: each due message to its platform, a conversation's messages one after another in order,
 * different conversations side by side. A network error, a timeout, 429 (after its Retry-After) or 5xx is
 * tried again with exponential backoff and jitter; after the configured number of tries, or at once when the
 * platform refuses the message itself, it becomes a dead letter that agents can send again.
 */
public final class OutboxWorker implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);
    /** How many messages are sent at once: the size of the senders' pool Baton gives the worker. */
    public static final int SENDERS = 4;
    /**
     * How many messages a pass leases: as many as are sent at once, so that every leased message is being sent
     * within its lease. A batch of 64 sent 4 at a time could outlast its lease when the platform was slow, and
     * another instance (or this one) then sent the rest again; the failover test saw such a repeat.
     */
    private static final int BATCH = SENDERS;

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);

    private final DeliveryMeter meter;
    private final ChannelStore store;
    private final Map<String, Channel> channels;
    private final ChannelsConfig.Delivery policy;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService senders;
    private final RandomGenerator random;
    private final AtomicBoolean drainPending = new AtomicBoolean();
    private volatile boolean closing;

    public OutboxWorker(
            ChannelStore store,
            Map<String, Channel> channels,
            ChannelsConfig.Delivery policy,
            Clock clock,
            ScheduledExecutorService scheduler,
            ExecutorService senders,
            RandomGenerator random) {
        this(store, channels, policy, clock, scheduler, senders, random, DeliveryMeter.NONE);
    }

    /** As the other constructor, counting sends, retries and dead letters on {@code meter}. */
    public OutboxWorker(
            ChannelStore store,
            Map<String, Channel> channels,
            ChannelsConfig.Delivery policy,
            Clock clock,
            ScheduledExecutorService scheduler,
            ExecutorService senders,
            RandomGenerator random,
            DeliveryMeter meter) {
        this.meter = meter;
        this.store = store;
        this.channels = Map.copyOf(channels);
        this.policy = policy;
        this.clock = clock;
        this.scheduler = scheduler;
        this.senders = senders;
        this.random = random;
    }

    public OutboxWorker start() {
        scheduler.scheduleWithFixedDelay(this::drainSafely, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Asks for a pass soon (after a commit queued messages); requests in a row make one pass. */
    public void wake() {
        if (drainPending.compareAndSet(false, true)) {
            try {
                scheduler.execute(() -> {
                    drainPending.set(false);
                    drainSafely();
                });
            } catch (RejectedExecutionException e) {
                drainPending.set(false);
            }
        }
    }

    /** Sends everything due now, round after round, until nothing is due. */
    public void drain() throws InterruptedException {
        while (!closing) {
            Instant now = clock.instant();
            List<LeasedDelivery> due = store.leaseOutbox(now, now.plus(policy.lease()), BATCH);
            if (due.isEmpty()) {
                return;
            }
            List<Callable<Void>> sends = new ArrayList<>(due.size());
            for (LeasedDelivery d : due) {
                sends.add(() -> {
                    deliver(d);
                    return null;
                });
            }
            senders.invokeAll(sends);
        }
    }

    /** Sends one message and records how it went. */
    void deliver(LeasedDelivery leased) {
        Delivery d = leased.delivery();
        int attempt = leased.attempts() + 1;
        Channel channel = channels.get(d.channel());
        DeliveryResult result;
        try {
            result = channel == null
                    ? new DeliveryResult.Failed("channel " + d.channel() + " is not configured")
                    : channel.send(d);
        } catch (RuntimeException e) {
            result = new DeliveryResult.Retry(e.toString(), null);
        }
        Instant now = clock.instant();
        if (result instanceof DeliveryResult.Delivered) {
            store.sent(d.outboxId(), now);
            meter.sent(d.channel());
        } else if (result instanceof DeliveryResult.Failed failed) {
            LOG.warn(
                    "outbox {} to {} refused by the platform, dead-lettered: {}",
                    d.outboxId(),
                    d.channel(),
                    failed.error());
            store.dead(d.outboxId(), attempt, failed.error());
            meter.deadLettered(d.channel());
        } else {
            DeliveryResult.Retry retry = (DeliveryResult.Retry) result;
            if (attempt >= policy.maxAttempts()) {
                LOG.warn(
                        "outbox {} to {} failed {} times, dead-lettered: {}",
                        d.outboxId(),
                        d.channel(),
                        attempt,
                        retry.error());
                store.dead(d.outboxId(), attempt, retry.error());
                meter.deadLettered(d.channel());
            } else {
                Duration wait = retry.after() != null ? retry.after() : backoff(attempt);
                store.retryLater(d.outboxId(), attempt, now.plus(wait), retry.error());
                meter.retried(d.channel());
            }
        }
    }

    /** The wait after the n-th failed try: the first backoff doubled each time, capped, times 0.5-1.0 jitter. */
    Duration backoff(int attempt) {
        long first = policy.firstBackoff().toMillis();
        long capped = Math.min(policy.maxBackoff().toMillis(), first << Math.min(attempt - 1, 30));
        return Duration.ofMillis(Math.max(1, (long) (capped * (0.5 + random.nextDouble() / 2))));
    }

    private void drainSafely() {
        try {
            drain();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("outbox pass failed; due messages are tried again: {}", e.toString());
        }
    }

    /**
     * Stops taking work and lets the sends in flight finish and be recorded (up to the platform timeout), so
     * that a restart neither sends them twice nor waits out their leases.
     */
    @Override
    public void close() {
        closing = true;
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(policy.timeout().toMillis() + 1_000, TimeUnit.MILLISECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            senders.shutdownNow();
        }
    }
}
