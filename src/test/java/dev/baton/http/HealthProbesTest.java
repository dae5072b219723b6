package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.http.ApiClient.Reply;
import dev.baton.testing.IntegrationTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The health probes of a running server on the embedded store. */
@IntegrationTest
class HealthProbesTest {

    @TempDir
    Path data;

    @Test
    void liveAndReadyAnswerWithWhatTheyChecked() {
        try (BatonTestServer server = BatonTestServer.start(data)) {
            ApiClient api = new ApiClient(server.baseUrl());

            Reply live = api.request("GET", "/health/live", null, null, null);
            Reply ready = api.request("GET", "/health/ready", null, null, null);
            Reply health = api.request("GET", "/health", null, null, null);

            assertThat(live.status()).isEqualTo(200);
            assertThat(live.json().get("status").asText()).isEqualTo("live");
            assertThat(ready.status()).isEqualTo(200);
            assertThat(ready.json().get("status").asText()).isEqualTo("ready");
            assertThat(ready.json().get("checks").toString())
                    .isEqualTo("{\"store\":\"ok\",\"model\":\"ok\",\"relay\":\"not used\"}");
            assertThat(health.json().get("status").asText()).isEqualTo("ok");
            Reply metrics = api.request("GET", "/metrics", null, null, null);
            assertThat(metrics.status()).as("metrics are off without a token").isEqualTo(404);
            assertThat(metrics.json().path("error").path("code").asText()).isEqualTo("metrics_off");
        }
    }
}
