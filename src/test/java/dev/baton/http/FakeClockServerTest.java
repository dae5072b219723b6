package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.baton.App;
import dev.baton.http.ApiClient.Chat;
import dev.baton.testing.HandClock;
import dev.baton.testing.IntegrationTest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole server runs on the clock it is given, so a test can move time instead of waiting for it. */
@IntegrationTest
class FakeClockServerTest {

    @TempDir
    Path data;

    @Test
    void messagesAreStampedWithTheServersClock() {
        HandClock clock = new HandClock(Instant.parse("2030-01-02T03:04:05Z"));
        App.Environment environment = new App.Environment(clock, Ticker.systemTicker(), ForkJoinPool.commonPool());
        try (BatonTestServer server = BatonTestServer.start(data, Map.of(), environment)) {
            ApiClient api = new ApiClient(server.baseUrl());
            Chat chat = api.open();
            api.send(chat, "客服几点上班");
            clock.advance(Duration.ofHours(2));
            api.send(chat, "thanks");

            String transcript = api.request(
                            "GET", "/api/v1/conversations/" + chat.id() + "/messages", chat.token(), null, null)
                    .body();

            assertThat(transcript)
                    .contains("\"createdAt\":\"2030-01-02T03:04:05Z\"")
                    .contains("\"createdAt\":\"2030-01-02T05:04:05Z\"");
        }
    }
}
