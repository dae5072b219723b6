package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.testing.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page and file carries the headers that keep a browser from being turned against it. */
@IntegrationTest
class SecurityHeadersTest {

    @TempDir
    static Path data;

    static BatonTestServer server;

    @BeforeAll
    static void start() {
        server = BatonTestServer.start(data, Map.of("BATON_CORS_ORIGINS", "https://wallet.example.com"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theConsoleCanBeFramedNowhereAndLoadsOnlyBatonsScripts() throws Exception {
        HttpResponse<String> console = get("/agent");

        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp ->
                        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(console.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(console.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(console.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void theWidgetsPageMayBeFramedByTheConfiguredOriginsOnly() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("script-src 'self'", "frame-ancestors 'self' https://wallet.example.com"));
        assertThat(page.headers().firstValue("X-Frame-Options")).isEmpty();
    }

    @Test
    void scriptsAndApiResponsesAreNeverSniffed() throws Exception {
        assertThat(get("/widget.js").headers().firstValue("X-Content-Type-Options"))
                .hasValue("nosniff");
        assertThat(get("/health").headers().firstValue("X-Content-Type-Options"))
                .hasValue("nosniff");
    }
}
