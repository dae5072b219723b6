package dev.baton;

import dev.baton.channel.DeliveryMeter;
import dev.baton.config.MetricsConfig;
import dev.baton.conversation.TurnMeter;
import dev.baton.handoff.TicketMeter;
import dev.baton.handoff.TicketStore;
import dev.baton.http.BatonServer;
import dev.baton.metrics.BatonMetrics;
import dev.baton.store.jdbc.Database;
import dev.baton.store.jdbc.JdbcChannelStore;
import java.time.Clock;

/**
 * Prometheus metrics, wired beside {@link App}: with a token set, one registry that every meter port counts
 * into and the store's pool and the localizer's cache report to; without one, meters that count nothing, so
 * metrics that are off cost nothing.
 *
 * @param metrics null when metrics are off
 */
record Metering(BatonMetrics metrics, MetricsConfig config) {

    static Metering wire(
            MetricsConfig config, Database database, TicketStore tickets, Understanding understanding, Clock clock) {
        if (!config.on()) {
            return new Metering(null, config);
        }
        BatonMetrics metrics = new BatonMetrics(tickets, new JdbcChannelStore(database), clock);
        database.recordMetrics(metrics.registry());
        metrics.monitor("traditional_chinese", understanding.localizer().conversions());
        return new Metering(metrics, config);
    }

    TurnMeter turns() {
        return metrics == null ? TurnMeter.NONE : metrics;
    }

    TicketMeter tickets() {
        return metrics == null ? TicketMeter.NONE : metrics;
    }

    DeliveryMeter deliveries() {
        return metrics == null ? DeliveryMeter.NONE : metrics;
    }

    BatonServer.Metrics server() {
        return new BatonServer.Metrics(metrics, config.token());
    }
}
