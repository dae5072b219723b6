package dev.baton.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.baton.cli.CliRun;
import dev.baton.testing.IntegrationTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator against a stand-in for Baton's chat API on a loopback port: it opens conversations, sends
 * with their tokens, rotates them, counts failures by status and reports.
 */
@IntegrationTest
@Timeout(120)
class LoadGeneratorTest {

    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger conversations = new AtomicInteger();
    private final AtomicInteger messages = new AtomicInteger();
    private final Map<String, AtomicInteger> turnsByConversation = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/health", e -> reply(e, 200, "{\"status\":\"ok\"}"));
        server.createContext("/api/v1/conversations", this::chat);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Test
    void measuresTurnsAndCountsErrorsByStatus(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.of(
                "",
                "loadtest",
                "--url",
                "http://127.0.0.1:" + server.getAddress().getPort(),
                "--conversations",
                "4",
                "--warmup",
                "0",
                "--duration",
                "2",
                "--json",
                report.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("turn latency ms: p50").contains("peak RSS unknown");
        JsonNode r = json.readTree(report.toFile());
        assertThat(r.get("store").asText()).isEqualTo("unknown");
        assertThat(r.get("turns").asLong()).isPositive();
        assertThat(r.get("turnsPerSecond").asDouble()).isPositive();
        assertThat(r.get("errors").get("503").asLong()).isPositive();
        assertThat(r.get("latencyMs").get("max").asDouble())
                .isGreaterThanOrEqualTo(r.get("latencyMs").get("p50").asDouble());
        assertThat(r.get("serverPeakRssMb").isNull()).isTrue();
        assertThat(r.get("conversationsStarted").asLong()).isGreaterThan(4);
        assertThat(turnsByConversation.values())
                .allSatisfy(n -> assertThat(n.get()).isLessThanOrEqualTo(20));
    }

    @Test
    void theTurnCapEndsTheRunEarly(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.of(
                "",
                "loadtest",
                "--url",
                "http://localhost:" + server.getAddress().getPort(),
                "--conversations",
                "3",
                "--warmup",
                "0",
                "--duration",
                "60",
                "--max-turns",
                "40",
                "--json",
                report.toString());

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode r = json.readTree(report.toFile());
        assertThat(r.get("turns").asLong()).isEqualTo(40);
        assertThat(r.get("measuredSeconds").asDouble()).isLessThan(30);
    }

    @Test
    void aPacedRunOffersTheRateAndNoMore(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.of(
                "",
                "loadtest",
                "--url",
                "http://127.0.0.1:" + server.getAddress().getPort(),
                "--conversations",
                "4",
                "--rate",
                "100",
                "--warmup",
                "0",
                "--duration",
                "2",
                "--json",
                report.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("offering 100 turns/s");
        JsonNode r = json.readTree(report.toFile());
        assertThat(r.get("offeredTurnsPerSecond").asInt()).isEqualTo(100);
        long sent = r.get("turns").asLong() + r.get("errors").path("503").asLong();
        // Never more than offered (200 in 2 s, plus the turns in flight at the end); fewer only if this
        // machine is too busy to keep the pace, which the bound leaves room for.
        assertThat(sent).isBetween(50L, 205L);
    }

    @Test
    void aServerThatIsNotThereIsOneLine() throws Exception {
        int port = server.getAddress().getPort();
        server.stop(0);
        CliRun run = CliRun.of("", "loadtest", "--url", "http://127.0.0.1:" + port, "--duration", "1");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no healthy Baton at http://127.0.0.1:" + port);
    }

    private void chat(HttpExchange e) throws IOException {
        e.getRequestBody().readAllBytes();
        String path = e.getRequestURI().getPath();
        if (path.equals("/api/v1/conversations")) {
            int n = conversations.incrementAndGet();
            reply(e, 201, "{\"conversationId\":\"c_" + n + "\",\"token\":\"t" + n + "\"}");
            return;
        }
        String id = path.split("/")[4];
        if (!("Bearer t" + id.substring(2)).equals(e.getRequestHeaders().getFirst("Authorization"))) {
            reply(e, 401, "{\"code\":\"unauthorized\"}");
            return;
        }
        turnsByConversation.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        if (messages.incrementAndGet() % 7 == 0) {
            reply(e, 503, "{\"code\":\"unavailable\"}");
        } else {
            reply(e, 200, "{\"messageId\":1,\"reply\":{\"text\":\"hi\"},\"state\":\"bot\"}");
        }
    }

    private static void reply(HttpExchange e, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().set("Content-Type", "application/json");
        e.sendResponseHeaders(status, bytes.length);
        e.getResponseBody().write(bytes);
        e.close();
    }
}
