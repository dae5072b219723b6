package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.http.ApiClient.Chat;
import dev.baton.http.ApiClient.Reply;
import dev.baton.testing.IntegrationTest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refusal is a JSON error with a stable code, never a 500, and never loses what was accepted. */
@IntegrationTest
class BadInputTest {

    @TempDir
    static Path data;

    static BatonTestServer server;
    static ApiClient api;
    Chat chat;

    @BeforeAll
    static void start() {
        server = BatonTestServer.start(data, Map.of("BATON_CONVERSATION_TURNS_PER_MINUTE", "6"));
        api = new ApiClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void converse() {
        chat = api.open();
        assertThat(api.send(chat, "怎么联系在线客服？").status()).isEqualTo(200);
    }

    private void assertError(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.json().get("error").get("code").asText())
                .as(reply.body())
                .isEqualTo(code);
        assertThat(reply.json().get("error").get("message").asText()).isNotBlank();
        Reply transcript = api.transcript(chat, 0);
        assertThat(transcript.json().get("messages"))
                .as("earlier messages survive")
                .hasSize(2);
    }

    private String messages() {
        return "/api/v1/conversations/" + chat.id() + "/messages";
    }

    @Test
    void aLocaleTooLongForTheStoreOrForThePatternIs400() {
        for (String locale : new String[] {"zh-" + "abcdefgh-".repeat(4) + "x", "zh" + "-abcdefgh".repeat(1500)}) {
            Reply created = api.request(
                    "POST", "/api/v1/conversations", null, "application/json", "{\"locale\":\"" + locale + "\"}");
            assertError(created, 400, "invalid_locale");
        }
    }

    @Test
    void aMalformedPathParameterIsNot500() throws Exception {
        // Sent on a raw socket: an HTTP client refuses to build such a request line.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("GET /api/v1/conversations/;%zz/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                    + "Connection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(
                            socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(status).startsWith("HTTP/1.1 4");
        }
    }

    private RawHttp.Answer raw(String head, String body, boolean halfClose) {
        return RawHttp.exchange(
                server.port(),
                RawHttp.ascii(head + "Host: 127.0.0.1\r\n\r\n" + body),
                halfClose,
                java.time.Duration.ofSeconds(10));
    }

    @Test
    void aBodyShorterThanItsContentLengthIs400NotA500() {
        String body = "{\"text\":\"where is my";
        RawHttp.Answer answer = raw(
                "POST " + messages() + " HTTP/1.1\r\nAuthorization: Bearer " + chat.token()
                        + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n",
                body,
                true);

        assertThat(answer.status()).as(answer.head() + answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("\"truncated_body\"");
        assertThat(api.transcript(chat, 0).json().get("messages")).hasSize(2);
    }

    @Test
    void aBrokenChunkedBodyIs400NotA500() {
        for (String chunks : new String[] {
            "zz\r\n{\"text\":1}\r\n0\r\n\r\n",
            "5\r\n{\"text\":\"hello\"}\r\n0\r\n\r\n",
            "ffffffffffffffffff\r\nabc",
            "4\r\n{\"te"
        }) {
            RawHttp.Answer answer = raw(
                    "POST " + messages() + " HTTP/1.1\r\nAuthorization: Bearer " + chat.token()
                            + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n",
                    chunks,
                    true);

            assertThat(answer.status())
                    .as(chunks + " -> " + answer.head() + answer.body())
                    .isEqualTo(400);
        }
        assertThat(api.transcript(chat, 0).json().get("messages")).hasSize(2);
    }

    @Test
    void anAmbiguousPathIsAJson400ThatSaysTheConnectionCloses() {
        // Jetty refuses these paths itself and closes the connection; unannounced, the client sent its next
        // request on the dead connection and lost it.
        for (String path :
                new String[] {"/api/v1/conversations/%00/messages", "/widget.js%00.png", "/%2e%2e/%2e%2e/"}) {
            Reply refused = api.request("GET", path, chat.token(), null, null);
            assertThat(refused.status()).as(path).isEqualTo(400);
            assertThat(refused.json().path("error").path("code").asText()).isEqualTo("malformed_request");
            assertThat(refused.raw().headers().firstValue("Connection")).contains("close");
            // A POST: the client would silently retry a GET on a closed connection.
            assertThat(api.request("POST", messages(), "wrong-token", "application/json", "{\"text\":\"hi\"}")
                            .status())
                    .as("the request after " + path)
                    .isEqualTo(401);
        }
    }

    @Test
    void aMissingTokenIs401() {
        assertError(
                api.request("POST", messages(), null, "application/json", "{\"text\":\"hi\"}"), 401, "unauthorized");
    }

    @Test
    void anotherConversationsTokenIs401() {
        Chat other = api.open();
        assertError(
                api.request("POST", messages(), other.token(), "application/json", "{\"text\":\"hi\"}"),
                401,
                "unauthorized");
        assertError(api.request("GET", messages(), "not-a-token", null, null), 401, "unauthorized");
    }

    @Test
    void anUnknownConversationIs404() {
        assertError(
                api.request(
                        "POST",
                        "/api/v1/conversations/c_00000000000000000000000000000000/messages",
                        chat.token(),
                        "application/json",
                        "{\"text\":\"hi\"}"),
                404,
                "conversation_not_found");
        assertError(
                api.request("GET", "/api/v1/conversations/nonsense/messages", chat.token(), null, null),
                404,
                "conversation_not_found");
    }

    @Test
    void aWrongContentTypeIs415() {
        assertError(api.request("POST", messages(), chat.token(), "text/plain", "hi"), 415, "unsupported_media_type");
    }

    @Test
    void malformedJsonIs400() {
        assertError(
                api.request("POST", messages(), chat.token(), "application/json", "{\"text\": \"unclosed"),
                400,
                "malformed_json");
        assertError(api.request("POST", messages(), chat.token(), "application/json", "[1,2]"), 400, "malformed_json");
        String unclosed = api.request("POST", messages(), chat.token(), "application/json", "{\"text\": \"x")
                .json()
                .path("error")
                .path("message")
                .asText();
        assertThat(unclosed)
                .as("the parser's own wording stays inside")
                .contains("at line 1")
                .doesNotContain("StreamReadFeature")
                .doesNotContain("disabled")
                .doesNotContain("Source");
        String wrongType = api.request("POST", messages(), chat.token(), "application/json", "{\"text\": {\"a\": 1}}")
                .json()
                .path("error")
                .path("message")
                .asText();
        assertThat(wrongType).contains("field 'text'");
    }

    @Test
    void anEmptyTextIs400() {
        assertError(
                api.request("POST", messages(), chat.token(), "application/json", "{\"text\":\"   \"}"),
                400,
                "invalid_message");
        assertError(api.request("POST", messages(), chat.token(), "application/json", "{}"), 400, "invalid_message");
    }

    @Test
    void textOver4000CharactersIs413WithAClearMessage() {
        Reply reply = api.send(chat, "币".repeat(4_001));

        assertError(reply, 413, "text_too_long");
        assertThat(reply.json().get("error").get("message").asText()).contains("4000");
    }

    @Test
    void aBodyOver16KiBIs413() {
        String body = "{\"text\":\"" + "a".repeat(17_000) + "\"}";
        assertError(api.request("POST", messages(), chat.token(), "application/json", body), 413, "body_too_large");
    }

    @Test
    void theRefusalOfAnOversizedBodyAlwaysReachesTheClient() {
        // Answering before the body is read used to reset the connection now and then, losing the 413.
        String body = "{\"text\":\"" + "a".repeat(40_000) + "\"}";
        for (int i = 0; i < 60; i++) {
            Reply reply = api.request("POST", messages(), chat.token(), "application/json", body);
            assertThat(reply.status()).as("try " + i).isEqualTo(413);
            assertThat(reply.json().path("error").path("code").asText()).isEqualTo("body_too_large");
        }
    }

    @Test
    void aBadAfterParameterIs400() {
        assertError(api.request("GET", messages() + "?after=abc", chat.token(), null, null), 400, "invalid_parameter");
    }

    @Test
    void anUnknownEndpointIsAJson404() {
        assertError(api.request("GET", "/api/v1/nothing-here", null, null, null), 404, "not_found");
    }

    @Test
    void sendingTooFastIs429WithRetryAfter() {
        Reply last = null;
        for (int i = 0; i < 10; i++) {
            last = api.send(chat, "谢谢");
            if (last.status() == 429) {
                break;
            }
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.json().get("error").get("code").asText()).isEqualTo("rate_limited");
        assertThat(last.raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(api.transcript(chat, 0).json().get("messages").size()).isGreaterThanOrEqualTo(2);
    }
}
