package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.testing.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
        BatonServer server = BareServer.start(() -> {
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
}
