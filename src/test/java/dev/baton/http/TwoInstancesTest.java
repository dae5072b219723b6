package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.http.ApiClient.Chat;
import dev.baton.http.StreamTest.Listener;
import dev.baton.testing.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Baton instances on one PostgreSQL: a user's socket on one hears, live, the agent who works through the
 * other, and the agent's socket hears the ticket the user's instance opened.
 */
@IntegrationTest
class TwoInstancesTest {

    @TempDir
    Path dataA;

    @TempDir
    Path dataB;

    static JsonNode nextOfType(Listener listener, String type) throws InterruptedException {
        return AgentApiFixture.nextOfType(listener, type);
    }

    @Test
    void eventsCrossInstancesThroughPostgres() throws Exception {
        String schema =
                "baton_two_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(DurabilityTest.POSTGRES, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        Map<String, String> shared = Map.of(
                "BATON_DB_URL", DurabilityTest.POSTGRES + "?currentSchema=" + schema, "BATON_DB_USER", "postgres");
        try (BatonTestServer a = BatonTestServer.start(dataA, shared);
                BatonTestServer b = BatonTestServer.start(dataB, shared)) {
            String agent = b.addAgent("bea", 1, false);
            Listener agentEvents = new Listener();
            HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .buildAsync(
                            URI.create("ws://127.0.0.1:" + b.port() + "/api/v1/agent/stream?token=" + agent),
                            agentEvents)
                    .join();

            ApiClient userSide = new ApiClient(a.baseUrl());
            ApiClient agentSide = new ApiClient(b.baseUrl());
            Chat chat = userSide.open();
            Listener userEvents = new Listener();
            HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .buildAsync(
                            URI.create("ws://127.0.0.1:" + a.port() + "/api/v1/conversations/" + chat.id()
                                    + "/stream?token=" + chat.token()),
                            userEvents)
                    .join();
            nextOfType(userEvents, "state");

            userSide.send(chat, "我的币被盗了");
            JsonNode ticket = nextOfType(agentEvents, "ticket").path("ticket");
            assertThat(ticket.path("conversationId").asText()).isEqualTo(chat.id());
            assertThat(ticket.path("priority").asText()).isEqualTo("urgent");

            String id = ticket.path("id").asText();
            assertThat(agentSide
                            .request("POST", "/api/v1/agent/tickets/" + id + "/claim", agent, null, null)
                            .status())
                    .isEqualTo(200);
            assertThat(agentSide
                            .request(
                                    "POST",
                                    "/api/v1/agent/tickets/" + id + "/messages",
                                    agent,
                                    "application/json",
                                    "{\"text\":\"我是客服 Bea，马上帮你处理\"}")
                            .status())
                    .isEqualTo(201);

            JsonNode state;
            do {
                state = nextOfType(userEvents, "state");
            } while (!"with_agent".equals(state.path("state").asText()));
            JsonNode message;
            do {
                message = nextOfType(userEvents, "message").path("message");
            } while (!"agent".equals(message.path("sender").asText()));
            assertThat(message.path("text").asText()).isEqualTo("我是客服 Bea，马上帮你处理");

            userSide.send(chat, "好的，谢谢");
            JsonNode relayed;
            do {
                relayed = nextOfType(agentEvents, "message").path("message");
            } while (!"user".equals(relayed.path("sender").asText())
                    || relayed.path("seq").asLong() < 4);
            assertThat(relayed.path("text").asText()).isEqualTo("好的，谢谢");
        } finally {
            try (Connection c = DriverManager.getConnection(DurabilityTest.POSTGRES, "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
