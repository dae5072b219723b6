package dev.baton.http;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.baton.config.HttpConfig;
import dev.baton.config.LimitsConfig;
import dev.baton.conversation.LocalConversationEvents;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** A server with no services behind its routes but {@code /health}: for tests of the edge itself. */
final class BareServer {

    private BareServer() {}

    /** Starts one on a free loopback port; {@code ready} answers {@code /health}. */
    static BatonServer start(BooleanSupplier ready) {
        BatonServer.Parts parts = new BatonServer.Parts(
                null,
                new LocalConversationEvents(),
                null,
                null,
                Map.of(),
                null,
                null,
                null,
                Clock.systemUTC(),
                new BatonServer.Admin(null, "admin-token"),
                null,
                null,
                null,
                BatonServer.Metrics.OFF);
        LimitsConfig limits =
                new LimitsConfig(262_144, 30, 100_000, Duration.ofSeconds(10), 60, 20, 5, 5, Duration.ofHours(1));
        return BatonServer.start(
                new HttpConfig("127.0.0.1", 0, List.of()), limits, parts, ready, Ticker.systemTicker());
    }
}
