package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.http.ApiClient.Chat;
import dev.baton.testing.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conversation's WebSocket pushes every new message and state change. */
@IntegrationTest
class StreamTest {

    @TempDir
    static Path data;

    static BatonTestServer server;
    static ApiClient api;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = BatonTestServer.start(data);
        api = new ApiClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Collects what the server pushes, and how it closed. */
    static final class Listener implements WebSocket.Listener {
        final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    events.add(JSON.readTree(partial.toString()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
            closed.complete(status);
            return null;
        }

        JsonNode next() throws InterruptedException {
            JsonNode event = events.poll(60, TimeUnit.SECONDS);
            assertThat(event).as("an event within 60 s").isNotNull();
            return event;
        }
    }

    private static WebSocket connect(Chat chat, String token, Listener listener) {
        URI uri = URI.create(
                "ws://127.0.0.1:" + server.port() + "/api/v1/conversations/" + chat.id() + "/stream?token=" + token);
        return HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(uri, listener)
                .join();
    }

    @Test
    void newMessagesAndStateChangesArePushedLive() throws Exception {
        Chat chat = api.open();
        Listener listener = new Listener();
        WebSocket ws = connect(chat, chat.token(), listener);

        JsonNode hello = listener.next();
        assertThat(hello.get("type").asText()).isEqualTo("state");
        assertThat(hello.get("state").asText()).isEqualTo("bot");

        api.send(chat, "我的币被盗了");

        JsonNode user = listener.next();
        JsonNode bot = listener.next();
        JsonNode state = listener.next();
        assertThat(user.get("type").asText()).isEqualTo("message");
        assertThat(user.get("message").get("sender").asText()).isEqualTo("user");
        assertThat(user.get("message").get("seq").asLong()).isEqualTo(1);
        assertThat(bot.get("message").get("sender").asText()).isEqualTo("bot");
        assertThat(bot.get("message").get("seq").asLong()).isEqualTo(2);
        assertThat(state.get("type").asText()).isEqualTo("state");
        assertThat(state.get("state").asText()).isEqualTo("queued");
        assertThat(state.get("handoff").get("queuePosition").asInt()).isGreaterThanOrEqualTo(1);
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    @Test
    void aWrongTokenIsClosedWith4401() throws Exception {
        Chat chat = api.open();
        Listener listener = new Listener();

        connect(chat, "wrong", listener);

        assertThat(listener.closed.get(60, TimeUnit.SECONDS)).isEqualTo(4401);
        assertThat(listener.events).isEmpty();
    }
}
