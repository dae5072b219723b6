package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.http.ApiClient.Chat;
import dev.baton.http.ApiClient.Reply;
import dev.baton.testing.IntegrationTest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing of a handoff is lost to a restart: tickets in every status come back in the same status and
 * order, and an agent's reply accepted before the restart reaches the user after it.
 */
@IntegrationTest
class HandoffRestartTest {

    private static final String ALL = "/api/v1/agent/queue?status=queued,assigned,waiting_on_user,resolved,abandoned";

    @TempDir
    Path data;

    private static Reply agent(ApiClient api, String method, String path, String token, String json) {
        return api.request(method, "/api/v1/agent" + path, token, json == null ? null : "application/json", json);
    }

    private static String handedOff(ApiClient api, Chat chat, String text) {
        Reply r = api.send(chat, text);
        while (!"queued".equals(r.json().path("state").asText())) {
            r = api.send(chat, "跳过");
        }
        return r.json().path("handoff").path("ticketId").asText();
    }

    /** id -> status, in the queue's order, as a supervisor sees every ticket. */
    private static List<String> everyTicket(ApiClient api, String supervisor) {
        List<String> lines = new ArrayList<>();
        for (JsonNode t : api.request("GET", ALL, supervisor, null, null).json().path("tickets")) {
            lines.add(t.path("id").asText() + " " + t.path("status").asText() + " "
                    + t.path("priority").asText()
                    + " tier " + t.path("tier").asInt() + " "
                    + t.path("assignee").path("name").asText("-")
                    + " rating " + t.path("rating").asText("-"));
        }
        return lines;
    }

    private void survivesRestarts(Map<String, String> settings) {
        Map<String, String> abandoning = new HashMap<>(settings);
        abandoning.put("BATON_ABANDON_AFTER_SECONDS", "1");
        abandoning.put("BATON_HANDOFF_SWEEP_SECONDS", "1");
        String boss;
        String ann;
        String abandoned;
        try (BatonTestServer first = BatonTestServer.start(data, abandoning)) {
            ApiClient api = new ApiClient(first.baseUrl());
            boss = first.addAgent("boss", 2, true);
            ann = first.addAgent("ann", 1, false);
            abandoned = handedOff(api, api.open(), "转人工");
            // The watch closes it after a second of silence; bounded polling, no sleeping.
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!"abandoned"
                    .equals(agent(api, "GET", "/tickets/" + abandoned, boss, null)
                            .json()
                            .path("status")
                            .asText())) {
                assertThat(System.nanoTime()).as("abandoned within 60 s").isLessThan(deadline);
                Thread.onSpinWait();
            }
        }

        Chat waitingUser;
        long seenByUser;
        List<String> before;
        try (BatonTestServer second = BatonTestServer.start(data, settings)) {
            ApiClient api = new ApiClient(second.baseUrl());
            String normal = handedOff(api, api.open(), "转人工");
            handedOff(api, api.open(), "我要人工客服");
            handedOff(api, api.open(), "我的币被盗了");
            String assigned = handedOff(api, api.open(), "找真人");
            assertThat(agent(api, "POST", "/tickets/" + assigned + "/claim", ann, null)
                            .status())
                    .isEqualTo(200);

            waitingUser = api.open();
            String waiting = handedOff(api, waitingUser, "人工服务");
            agent(api, "POST", "/tickets/" + waiting + "/claim", ann, null);
            seenByUser = api.transcript(waitingUser, 0).json().path("messages").size();
            assertThat(agent(api, "POST", "/tickets/" + waiting + "/messages", ann, "{\"text\":\"请把交易哈希发给我\"}")
                            .status())
                    .isEqualTo(201);

            Chat resolvedUser = api.open();
            String resolved = handedOff(api, resolvedUser, "转人工客服");
            agent(api, "POST", "/tickets/" + resolved + "/claim", boss, null);
            agent(api, "POST", "/tickets/" + resolved + "/resolve", boss, null);
            api.send(resolvedUser, "4");

            String escalated = handedOff(api, api.open(), "人工");
            agent(api, "POST", "/tickets/" + escalated + "/claim", ann, null);
            agent(api, "POST", "/tickets/" + escalated + "/escalate", ann, "{\"note\":\"tier 2 please\"}");
            assertThat(normal).isNotEqualTo(escalated);

            before = everyTicket(api, boss);
            assertThat(before).hasSize(8);
            assertThat(String.join("\n", before))
                    .contains(
                            " queued ",
                            " assigned ",
                            " waiting_on_user ",
                            " resolved ",
                            " abandoned ",
                            "tier 2",
                            "rating 4");
        }

        try (BatonTestServer third = BatonTestServer.start(data, settings)) {
            ApiClient api = new ApiClient(third.baseUrl());
            assertThat(everyTicket(api, boss)).isEqualTo(before);

            JsonNode missed = api.transcript(waitingUser, seenByUser).json().path("messages");
            assertThat(missed.size()).isEqualTo(1);
            assertThat(missed.get(0).path("sender").asText()).isEqualTo("agent");
            assertThat(missed.get(0).path("text").asText()).isEqualTo("请把交易哈希发给我");
            assertThat(api.transcript(waitingUser, 0).json().path("state").asText())
                    .isEqualTo("with_agent");
        }
    }

    @Test
    void ticketsInEveryStatusSurviveRestartsOnTheEmbeddedStore() {
        survivesRestarts(Map.of());
    }

    @Test
    void ticketsInEveryStatusSurviveRestartsOnPostgres() throws SQLException {
        String schema =
                "baton_hr_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(DurabilityTest.POSTGRES, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        try {
            survivesRestarts(Map.of(
                    "BATON_DB_URL", DurabilityTest.POSTGRES + "?currentSchema=" + schema, "BATON_DB_USER", "postgres"));
        } finally {
            try (Connection c = DriverManager.getConnection(DurabilityTest.POSTGRES, "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
