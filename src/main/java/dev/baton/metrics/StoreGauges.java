package dev.baton.metrics;

import dev.baton.channel.ChannelStore;
import dev.baton.channel.OutboxCount;
import dev.baton.handoff.QueueCount;
import dev.baton.handoff.TicketStore;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared state Prometheus is shown from the store, read once per scrape with two grouped queries: the
 * queue's depth and oldest wait by priority and tier, and the outbox's unsent messages by channel and status.
 * A group that empties disappears from the next scrape rather than staying at its last value.
 */
final class StoreGauges {

    private static final Logger LOG = LoggerFactory.getLogger(StoreGauges.class);

    private final TicketStore tickets;
    private final ChannelStore channels;
    private final Clock clock;
    private final MultiGauge depth;
    private final MultiGauge oldest;
    private final MultiGauge outbox;

    StoreGauges(
            io.micrometer.core.instrument.MeterRegistry registry,
            TicketStore tickets,
            ChannelStore channels,
            Clock clock) {
        this.tickets = tickets;
        this.channels = channels;
        this.clock = clock;
        this.depth = MultiGauge.builder("baton.queue.depth")
                .description("tickets waiting in the queue")
                .baseUnit("tickets")
                .register(registry);
        this.oldest = MultiGauge.builder("baton.queue.oldest.age")
                .description("how long the longest-waiting ticket has waited")
                .baseUnit("seconds")
                .register(registry);
        this.outbox = MultiGauge.builder("baton.outbox")
                .description("outbox messages not sent yet (pending) or given up on (dead)")
                .baseUnit("messages")
                .register(registry);
    }

    /** Reads the queue and the outbox now; a store that does not answer leaves the last values. */
    void refresh() {
        try {
            List<QueueCount> queue = tickets.queueCounts();
            long now = clock.millis();
            depth.register(
                    queue.stream()
                            .map(q -> MultiGauge.Row.of(tags(q), q.count()))
                            .toList(),
                    true);
            oldest.register(
                    queue.stream()
                            .map(q -> MultiGauge.Row.of(
                                    tags(q),
                                    Math.max(
                                                    0,
                                                    Duration.ofMillis(now
                                                                    - q.oldest().toEpochMilli())
                                                            .toMillis())
                                            / 1000.0))
                            .toList(),
                    true);
            List<OutboxCount> counts = channels.outboxCounts();
            outbox.register(
                    counts.stream()
                            .map(o -> MultiGauge.Row.of(
                                    Tags.of("channel", Labels.code(o.channel()), "status", o.status()), o.count()))
                            .toList(),
                    true);
        } catch (RuntimeException e) {
            LOG.warn("metrics could not read the queue or the outbox: {}", e.toString());
        }
    }

    private static Tags tags(QueueCount q) {
        return Tags.of("priority", q.priority().code(), "tier", Integer.toString(q.tier()));
    }
}
