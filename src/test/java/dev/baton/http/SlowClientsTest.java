package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.http.ApiClient.Chat;
import dev.baton.testing.IntegrationTest;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that send their bodies slowly, never finish them, or break them hold no worker thread and get a
 * JSON answer: the server keeps answering everyone else.
 */
@IntegrationTest
class SlowClientsTest {

    /** More than the server's worker threads (32): each would have held one while its body trickled in. */
    private static final int SLOW_CLIENTS = 120;

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    static BatonTestServer server;
    static ApiClient api;

    @BeforeAll
    static void start() {
        server = BatonTestServer.start(
                data,
                Map.of(
                        "BATON_BODY_READ_SECONDS",
                        "2",
                        "BATON_IP_REQUESTS_PER_MINUTE",
                        "100000",
                        "BATON_TELEGRAM_BOT_TOKEN",
                        "123:abc",
                        "BATON_TELEGRAM_SECRET",
                        "s3cret"));
        api = new ApiClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void clientsTricklingTheirBodiesDoNotStopHealthOrChat() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                String path = i % 2 == 0 ? "/api/v1/conversations" : "/webhooks/telegram";
                Socket socket = new Socket("127.0.0.1", server.port());
                socket.getOutputStream()
                        .write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                        + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
                                .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                slow.add(socket);
            }

            assertThat(api.request("GET", "/health", null, null, null).status()).isEqualTo(200);
            Chat chat = api.open();
            ApiClient.Reply turn = api.request(
                    "POST",
                    "/api/v1/conversations/" + chat.id() + "/messages",
                    chat.token(),
                    "application/json",
                    "{\"text\":\"客服什么时候在线\"}");
            assertThat(turn.status()).isEqualTo(200);
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void aBodyThatDoesNotArriveInTimeIsAnswered408AndClosed() throws Exception {
        Answer answer = raw(
                "POST /api/v1/conversations HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"loc",
                false);

        assertThat(answer.status()).isEqualTo(408);
        assertThat(answer.code()).isEqualTo("body_timeout");
        assertThat(answer.head()).containsIgnoringCase("Connection: close");
    }

    @Test
    void aBodyCutShortIsAnswered400() throws Exception {
        Answer answer = raw(
                "POST /api/v1/conversations HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"locale\":",
                true);

        assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void aBrokenChunkedBodyIsAnswered400() throws Exception {
        Answer answer = raw(
                "POST /api/v1/conversations HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\nzz\r\n",
                true);

        assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void aChunkedBodyOverTheLimitIsAnswered413() throws Exception {
        String chunk = "x".repeat(4096);
        StringBuilder request = new StringBuilder("POST /api/v1/conversations HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        for (int i = 0; i < 8; i++) {
            request.append(Integer.toHexString(chunk.length()))
                    .append("\r\n")
                    .append(chunk)
                    .append("\r\n");
        }
        request.append("0\r\n\r\n");

        Answer answer = raw(request.toString(), false);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.code()).isEqualTo("body_too_large");
    }

    @Test
    void aWholeBodyStillReachesItsRoute() throws Exception {
        Answer answer = raw(
                "POST /api/v1/conversations HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 16\r\n\r\n{\"locale\":\"en\"} ",
                false);

        assertThat(answer.status()).isEqualTo(201);
    }

    private record Answer(int status, String head, JsonNode body) {
        String code() {
            return body.path("error").path("code").asText();
        }
    }

    /** Sends {@code request} as is, optionally half-closing after it, and reads the whole answer. */
    private static Answer raw(String request, boolean halfClose) throws IOException {
        // A bound on a broken test, not a timing assertion.
        RawHttp.Answer answer = RawHttp.exchange(
                server.port(), request.getBytes(StandardCharsets.UTF_8), halfClose, Duration.ofSeconds(60));
        assertThat(answer.answered()).as(answer.ending() + " " + answer.body()).isTrue();
        JsonNode json = answer.body().startsWith("{") ? JSON.readTree(answer.body()) : JSON.createObjectNode();
        return new Answer(answer.status(), answer.head(), json);
    }
}
