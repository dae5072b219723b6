package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.http.ApiClient.Chat;
import dev.baton.http.ApiClient.Reply;
import dev.baton.http.StreamTest.Listener;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server for the agent API's tests, with four agents: ann and bob on tier 1, boss their supervisor,
 * senior on tier 2; and the requests those tests make.
 */
abstract class AgentApiFixture {

    @TempDir
    static Path data;

    static BatonTestServer server;
    static ApiClient api;
    static String ann;
    static String bob;
    static String boss;
    static String senior;

    @BeforeAll
    static void start() {
        server = BatonTestServer.start(data);
        api = new ApiClient(server.baseUrl());
        ann = server.addAgent("ann", 1, false);
        bob = server.addAgent("bob", 1, false);
        boss = server.addAgent("boss", 1, true);
        senior = server.addAgent("senior", 2, false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A user who asked for a person and skipped both questions: their ticket is queued. */
    static String handedOff(Chat chat) {
        api.send(chat, "转人工");
        api.send(chat, "跳过");
        Reply queued = api.send(chat, "跳过");
        assertThat(queued.json().path("state").asText()).isEqualTo("queued");
        return queued.json().path("handoff").path("ticketId").asText();
    }

    static Reply get(String path, String token) {
        return api.request("GET", "/api/v1/agent" + path, token, null, null);
    }

    static Reply post(String path, String token, String json) {
        return api.request("POST", "/api/v1/agent" + path, token, json == null ? null : "application/json", json);
    }

    static WebSocket agentStream(String token, Listener listener) {
        URI uri = URI.create("ws://127.0.0.1:" + server.port() + "/api/v1/agent/stream?token=" + token);
        return HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(uri, listener)
                .join();
    }

    static JsonNode nextOfType(Listener listener, String type) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            JsonNode event = listener.next();
            if (type.equals(event.path("type").asText())) {
                return event;
            }
        }
        throw new AssertionError("no " + type + " event");
    }
}
