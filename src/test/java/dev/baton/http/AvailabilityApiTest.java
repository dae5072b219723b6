package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.http.ApiClient.Chat;
import dev.baton.http.ApiClient.Reply;
import dev.baton.http.StreamTest.Listener;
import dev.baton.testing.IntegrationTest;
import dev.baton.testing.Poll;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agents' availability over HTTP on a real server: an agent is offline until their agent stream connects, then
 * what they chose; bad choices are refused with a stable code; supervisors list everyone; and a user handed off
 * while nobody is available is told so, with email follow-up offered at once, instead of a made-up wait.
 */
@IntegrationTest
class AvailabilityApiTest {

    private static final String MINE = "/api/v1/agent/me/availability";

    @TempDir
    static Path data;

    static BatonTestServer server;
    static ApiClient api;
    static String ann;
    static String boss;

    @BeforeAll
    static void start() {
        // A short offline timeout: an agent a test disconnected is offline again within seconds.
        server = BatonTestServer.start(
                data, Map.of("BATON_OFFLINE_AFTER_SECONDS", "2", "BATON_PRESENCE_HEARTBEAT_SECONDS", "1"));
        api = new ApiClient(server.baseUrl());
        ann = server.addAgent("ann", 1, false);
        boss = server.addAgent("boss", 1, true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Reply call(String method, String path, String token, String json) {
        return api.request(method, path, token, json == null ? null : "application/json", json);
    }

    private static JsonNode me(String token) {
        return call("GET", "/api/v1/agent/me", token, null).json();
    }

    private static WebSocket connect(String token) {
        URI uri = URI.create("ws://127.0.0.1:" + server.port() + "/api/v1/agent/stream?token=" + token);
        return HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(uri, new Listener())
                .join();
    }

    /** A user who asked for a person and skipped the questions: the reply that queued them. */
    private static Reply handOff() {
        Chat chat = api.open();
        Reply reply = api.send(chat, "I want to talk to a human agent");
        for (int i = 0; i < 3 && !reply.json().path("state").asText().equals("queued"); i++) {
            reply = api.send(chat, "skip", "skip");
        }
        return reply;
    }

    /** Waits until no agent is available (those an earlier test connected have timed out). */
    private static void nobodyAvailable() {
        Poll.until(
                "every agent offline or away",
                Duration.ofSeconds(20),
                () -> StreamSupport.stream(
                                        call("GET", "/api/v1/agent/agents", boss, null)
                                                .json()
                                                .path("agents")
                                                .spliterator(),
                                        false)
                                .noneMatch(a -> a.path("availability").asText().equals("available"))
                        ? true
                        : null);
    }

    @Test
    void anAgentIsOfflineUntilConnectedThenWhatTheyChose() {
        String cy = server.addAgent("cy", 1, false);
        assertThat(me(cy).path("availability").asText()).isEqualTo("offline");
        assertThat(me(cy).path("chosen").asText()).isEqualTo("available");
        WebSocket socket = connect(cy);
        try {
            Poll.until(
                    "cy connected",
                    Duration.ofSeconds(10),
                    () -> "available".equals(me(cy).path("availability").asText()) ? true : null);

            Reply away = call("PUT", MINE, cy, "{\"status\":\"away\"}");
            assertThat(away.status()).isEqualTo(200);
            assertThat(away.json().path("availability").asText()).isEqualTo("away");
            assertThat(me(cy).path("availability").asText()).isEqualTo("away");
            assertThat(me(cy).path("chosen").asText()).isEqualTo("away");

            assertThat(call("PUT", MINE, cy, "{\"status\":\"available\"}")
                            .json()
                            .path("availability")
                            .asText())
                    .isEqualTo("available");
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        }
    }

    @Test
    void badChoicesAreRefusedWithAStableCodeAndChangeNothing() {
        for (String body : new String[] {"{\"status\":\"offline\"}", "{\"status\":\"busy\"}", "{}", "{\"status\":7}"}) {
            Reply refused = call("PUT", MINE, boss, body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.json().path("error").path("code").asText())
                    .as(body)
                    .isEqualTo("invalid_availability");
        }
        assertThat(call("PUT", MINE, null, "{\"status\":\"away\"}").status()).isEqualTo(401);
        assertThat(me(boss).path("chosen").asText()).isEqualTo("available");
    }

    @Test
    void supervisorsListEveryAgentsAvailabilityAndOthersMayNot() {
        server.addAgent("eve", 1, false);
        Reply refused = call("GET", "/api/v1/agent/agents", ann, null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("error").path("code").asText()).isEqualTo("supervisor_only");

        JsonNode agents = call("GET", "/api/v1/agent/agents", boss, null).json().path("agents");
        assertThat(StreamSupport.stream(agents.spliterator(), false)
                        .map(a -> a.path("name").asText() + ":"
                                + a.path("availability").asText()))
                .contains("boss:offline", "eve:offline");
    }

    @Test
    void withNobodyAvailableTheUserIsToldSoAndOfferedEmailAtOnceInsteadOfAWait() {
        nobodyAvailable();
        Reply nobody = handOff();

        assertThat(nobody.json().path("state").asText()).isEqualTo("queued");
        JsonNode handoff = nobody.json().path("handoff");
        assertThat(handoff.path("agentsAvailable").asBoolean()).isFalse();
        assertThat(handoff.path("estimatedWaitSeconds").isNull()).isTrue();
        assertThat(handoff.path("queuePosition").asInt()).isPositive();
        String text = nobody.json().path("reply").path("text").asText();
        assertThat(text)
                .contains("No agent is available right now", "Leave your email address")
                .doesNotContain("min");
        assertThat(nobody.json()
                        .path("reply")
                        .path("quickReplies")
                        .get(0)
                        .path("id")
                        .asText())
                .isEqualTo("skip");

        WebSocket socket = connect(ann);
        try {
            Poll.until(
                    "ann connected",
                    Duration.ofSeconds(10),
                    () -> "available".equals(me(ann).path("availability").asText()) ? true : null);
            Reply staffed = handOff();

            assertThat(staffed.json().path("handoff").path("agentsAvailable").asBoolean())
                    .isTrue();
            assertThat(staffed.json()
                            .path("handoff")
                            .path("estimatedWaitSeconds")
                            .asLong())
                    .isPositive();
            assertThat(staffed.json().path("reply").path("text").asText())
                    .contains("estimated wait about")
                    .doesNotContain("email");
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        }
    }
}
