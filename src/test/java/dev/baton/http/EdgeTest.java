package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.http.ApiClient.Reply;
import dev.baton.testing.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** What the edge enforces before any handler runs: allowed origins and the per-address rate limit. */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the rate-limit test spends this address's budget last
class EdgeTest {

    @TempDir
    static Path data;

    static BatonTestServer server;

    @BeforeAll
    static void start() {
        server = BatonTestServer.start(
                data, Map.of("BATON_CORS_ORIGINS", "https://wallet.example", "BATON_IP_REQUESTS_PER_MINUTE", "40"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> preflight(String origin) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/conversations"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(1)
    void aConfiguredOriginMayEmbedTheWidgetAndOthersMayNot() throws Exception {
        assertThat(preflight("https://wallet.example").headers().firstValue("Access-Control-Allow-Origin"))
                .contains("https://wallet.example");
        assertThat(preflight("https://evil.example").headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    @Test
    @Order(2)
    void oneAddressSendingTooManyRequestsGets429WithRetryAfter() {
        ApiClient api = new ApiClient(server.baseUrl());
        Reply last = null;
        for (int i = 0; i < 40 && (last == null || last.status() != 429); i++) {
            last = api.request("POST", "/api/v1/conversations", null, null, null);
        }

        assertThat(last.status()).isEqualTo(429);
        assertThat(last.json().get("error").get("code").asText()).isEqualTo("rate_limited");
        assertThat(last.raw().headers().firstValue("Retry-After")).isPresent();
    }
}
