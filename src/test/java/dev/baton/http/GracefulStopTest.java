package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.baton.config.HttpConfig;
import dev.baton.config.LimitsConfig;
import dev.baton.conversation.LocalConversationEvents;
import dev.baton.testing.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A stop lets the request being handled finish and answer, then the server goes. */
@IntegrationTest
class GracefulStopTest {

    @Test
    void aRequestInFlightWhenTheStopBeginsIsAnsweredBeforeTheServerGoes() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BatonServer server = serve(() -> {
            entered.countDown();
            try {
                return release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health"))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(entered.await(60, TimeUnit.SECONDS))
                .as("the request reached its handler")
                .isTrue();

        CompletableFuture<Void> stopped = CompletableFuture.runAsync(server::close);
        release.countDown();

        HttpResponse<String> answer = inFlight.get(60, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"ok\"");
        stopped.get(60, TimeUnit.SECONDS);
    }

    private static BatonServer serve(java.util.function.BooleanSupplier ready) {
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
