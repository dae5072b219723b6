package dev.baton.metrics;

import com.github.benmanes.caffeine.cache.Cache;
import dev.baton.channel.ChannelStore;
import dev.baton.channel.DeliveryMeter;
import dev.baton.conversation.DecisionTrail;
import dev.baton.conversation.TurnMeter;
import dev.baton.decision.ReplyLanguage;
import dev.baton.handoff.Ticket;
import dev.baton.handoff.TicketMeter;
import dev.baton.handoff.TicketStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Baton's metrics in a Prometheus registry. Counters and histograms count what this instance did (Prometheus
 * sums instances); the queue and outbox gauges read the store at each scrape, so every instance reports the
 * same shared figures (take their {@code max}). Names, units and the histograms' buckets are in
 * docs/operations.md#metrics.
 */
public final class BatonMetrics implements TurnMeter, TicketMeter, DeliveryMeter, AutoCloseable {

    /** A decision takes tens of microseconds warm; its tail is the first turns of a new model. */
    static final Duration[] DECISION_BUCKETS = millis(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 250);
    /** A webhook answers in milliseconds; WeChat's passive reply may hold it up to 5 s. */
    static final Duration[] INTAKE_BUCKETS = millis(1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000);
    /** The first-response SLAs are minutes (urgent) to hours (normal); email's is a day. */
    static final Duration[] FIRST_RESPONSE_BUCKETS =
            seconds(30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 28800, 86400);
    /** Intents and reasons are codes of the live corpus and the policy; past these counts a code is dropped. */
    static final int MAX_INTENTS = 1_000;

    private final PrometheusMeterRegistry registry;
    private final StoreGauges gauges;

    public BatonMetrics(TicketStore tickets, ChannelStore channels, Clock clock) {
        this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config()
                .meterFilter(
                        MeterFilter.maximumAllowableTags("baton.decisions", "intent", MAX_INTENTS, MeterFilter.deny()));
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        this.gauges = new StoreGauges(registry, tickets, channels, clock);
    }

    /** Where the HTTP server and the store's pool bind their own meters. */
    public MeterRegistry registry() {
        return registry;
    }

    /** Counts a Caffeine cache's hits, misses and evictions under {@code name} (the cache must record stats). */
    public void monitor(String name, Cache<?, ?> cache) {
        CaffeineCacheMetrics.monitor(registry, cache, name);
    }

    /** Every meter in Prometheus's text format, the store's gauges read just now. */
    public String scrape() {
        gauges.refresh();
        return registry.scrape();
    }

    @Override
    public void taken(String channel, ReplyLanguage language, DecisionTrail trail, long decisionNanos) {
        counter("baton.turns", "channel", Labels.code(channel), "language", language(language));
        counter(
                "baton.decisions",
                "action",
                Labels.code(trail.action()),
                "reason",
                Labels.code(trail.reason()),
                "intent",
                Labels.code(trail.intent()));
        Timer.builder("baton.decision")
                .description("time the decision policy took on a user's message")
                .serviceLevelObjectives(DECISION_BUCKETS)
                .register(registry)
                .record(decisionNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void changed(Ticket before, Ticket after) {
        String from = before == null ? Labels.NONE : before.status().wire();
        if (before == null || before.status() != after.status()) {
            counter(
                    "baton.ticket.transitions",
                    "from",
                    from,
                    "to",
                    after.status().wire());
        }
        if (before == null) {
            counter(
                    "baton.handoffs",
                    "reason",
                    Labels.code(after.reason()),
                    "priority",
                    after.priority().code());
        }
        if ((before == null || before.firstResponseAt() == null) && after.firstResponseAt() != null) {
            Timer.builder("baton.first.response")
                    .description("time from a handoff to the first human reply")
                    .tag("priority", after.priority().code())
                    .serviceLevelObjectives(FIRST_RESPONSE_BUCKETS)
                    .register(registry)
                    .record(Duration.between(after.createdAt(), after.firstResponseAt()));
            if (after.firstResponseDue() != null && after.firstResponseAt().isAfter(after.firstResponseDue())) {
                counter(
                        "baton.first.responses.late",
                        "priority",
                        after.priority().code());
            }
        }
        if ((before == null || before.rating() == null) && after.rating() != null) {
            counter("baton.ratings", "score", Integer.toString(after.rating()));
        }
    }

    @Override
    public void alerted(Ticket ticket, boolean breached) {
        counter(
                breached ? "baton.sla.breaches" : "baton.sla.warnings",
                "priority",
                ticket.priority().code());
    }

    @Override
    public void received(String channel, long nanos) {
        Timer.builder("baton.webhook.intake")
                .description("time a platform's webhook call took to answer")
                .tag("channel", Labels.code(channel))
                .serviceLevelObjectives(INTAKE_BUCKETS)
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void sent(String channel) {
        counter("baton.outbox.sent", "channel", Labels.code(channel));
    }

    @Override
    public void retried(String channel) {
        counter("baton.outbox.retries", "channel", Labels.code(channel));
    }

    @Override
    public void deadLettered(String channel) {
        counter("baton.outbox.dead.letters", "channel", Labels.code(channel));
    }

    @Override
    public void close() {
        registry.close();
    }

    private void counter(String name, String... tags) {
        Counter.builder(name).tags(tags).register(registry).increment();
    }

    private static String language(ReplyLanguage language) {
        return switch (language) {
            case SIMPLIFIED -> "zh-hans";
            case TRADITIONAL -> "zh-hant";
            case ENGLISH -> "en";
        };
    }

    private static Duration[] millis(double... values) {
        Duration[] out = new Duration[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Duration.ofNanos(Math.round(values[i] * 1_000_000));
        }
        return out;
    }

    private static Duration[] seconds(long... values) {
        Duration[] out = new Duration[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Duration.ofSeconds(values[i]);
        }
        return out;
    }
}
