package dev.baton.http;

import static dev.baton.http.WhatsappWebhooks.WAIT;
import static dev.baton.http.WhatsappWebhooks.tap;
import static dev.baton.http.WhatsappWebhooks.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.channel.FakePlatform;
import dev.baton.http.WhatsappWebhooks.Stored;
import dev.baton.testing.IntegrationTest;
import dev.baton.testing.Poll;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tap on a WhatsApp reply button or list row, through a real server and a stand-in for the Graph API, makes
 * the same turn as typing the option: the same stored user text (the label Baton offered), the same decisions,
 * the same answer. One chat taps, another types, and the two conversations are compared as stored.
 */
@IntegrationTest
class WhatsappTapsTest {

    @TempDir
    static Path data;

    static FakePlatform graph;
    static BatonTestServer server;
    static ApiClient api;
    static WhatsappWebhooks webhooks;

    @BeforeAll
    static void start() {
        graph = FakePlatform.start().answerAlways(WhatsappWebhooks.OK);
        server = BatonTestServer.start(data, WhatsappWebhooks.settings(graph));
        api = new ApiClient(server.baseUrl());
        webhooks = new WhatsappWebhooks(api);
    }

    @AfterAll
    static void stop() {
        server.close();
        graph.close();
    }

    @Test
    void tappingAReplyButtonMakesTheSameTurnAsTypingItsLabel() {
        String tapper = "8613800000011";
        String typist = "8613800000012";
        webhooks.post(text("wamid.E2E.T1", tapper, "关于客服"));
        webhooks.post(text("wamid.E2E.Y1", typist, "关于客服"));
        JsonNode offered = sentTo(tapper, 1).get(0);
        assertThat(offered.at("/interactive/type").asText()).isEqualTo("button");
        assertThat(sentTo(typist, 1).get(0).path("interactive")).isEqualTo(offered.path("interactive"));
        JsonNode button = offered.at("/interactive/action/buttons/0/reply");
        String label = button.path("id").asText().substring("l:".length());

        webhooks.post(tap(
                "wamid.E2E.T2",
                tapper,
                "button_reply",
                button.path("id").asText(),
                button.path("title").asText()));
        webhooks.post(text("wamid.E2E.Y2", typist, label));

        assertSameTurns(tapper, typist, 2, label);
    }

    @Test
    void tappingARowOfTheRatingListMakesTheSameTurnAsTypingItsLabel() {
        String tapper = "8613800000021";
        String typist = "8613800000022";
        JsonNode tapperList = resolvedAndAskedToRate(tapper, "wamid.E2E.R1");
        JsonNode typistList = resolvedAndAskedToRate(typist, "wamid.E2E.S1");
        assertThat(typistList.path("interactive")).isEqualTo(tapperList.path("interactive"));
        assertThat(tapperList.at("/interactive/action/button").asText())
                .as("in the conversation's language")
                .isEqualTo("选择");
        JsonNode rows = tapperList.at("/interactive/action/sections/0/rows");
        JsonNode best = rows.get(rows.size() - 1);
        String label = best.path("id").asText().substring("l:".length());

        webhooks.post(tap(
                "wamid.E2E.R2",
                tapper,
                "list_reply",
                best.path("id").asText(),
                best.path("title").asText()));
        webhooks.post(text("wamid.E2E.S2", typist, label));

        assertSameTurns(tapper, typist, sentTo(tapper, 1).size() + 1, label);
        List<Stored> rated = WhatsappWebhooks.conversation(data, tapper);
        assertThat(rated.get(rated.size() - 1).decision()).contains("rate_");
    }

    /** An urgent handoff from {@code user}, claimed and resolved by an agent: the rating question it then gets. */
    private JsonNode resolvedAndAskedToRate(String user, String wamid) {
        webhooks.post(text(wamid, user, "我的币被盗了"));
        sentTo(user, 1);
        String conversation = WhatsappWebhooks.conversationId(data, user);
        String ticket = Poll.until("the ticket of " + user, WAIT, () -> {
            for (JsonNode t : api.request("GET", "/api/v1/agent/queue?priority=urgent", agent(), null, null)
                    .json()
                    .path("tickets")) {
                if (t.path("conversationId").asText().equals(conversation)) {
                    return t.path("id").asText();
                }
            }
            return null;
        });
        assertThat(api.request("POST", "/api/v1/agent/tickets/" + ticket + "/claim", agent(), null, null)
                        .status())
                .isEqualTo(200);
        assertThat(api.request("POST", "/api/v1/agent/tickets/" + ticket + "/resolve", agent(), null, null)
                        .status())
                .isEqualTo(200);
        return Poll.until(
                "the rating list sent to " + user,
                WAIT,
                () -> sent(user).stream()
                        .filter(m -> m.at("/interactive/type").asText().equals("list"))
                        .findFirst()
                        .orElse(null));
    }

    /** The two chats' conversations hold the same messages and decisions, the label as the user's text, and got the same answer. */
    private static void assertSameTurns(String tapper, String typist, int answers, String label) {
        JsonNode tapperAnswer = sentTo(tapper, answers).get(answers - 1);
        JsonNode typistAnswer = sentTo(typist, answers).get(answers - 1);
        List<Stored> tapped = WhatsappWebhooks.conversation(data, tapper);
        List<Stored> typed = WhatsappWebhooks.conversation(data, typist);

        assertThat(tapped.get(tapped.size() - 2)).isEqualTo(new Stored("user", label, null));
        assertThat(tapped.get(tapped.size() - 1).decision()).isNotNull();
        assertThat(tapped).as("same stored texts, senders and decisions").isEqualTo(typed);
        assertThat(tapperAnswer.path("type")).isEqualTo(typistAnswer.path("type"));
        assertThat(tapperAnswer.path("text")).isEqualTo(typistAnswer.path("text"));
        assertThat(tapperAnswer.path("interactive")).isEqualTo(typistAnswer.path("interactive"));
    }

    private static List<JsonNode> sentTo(String to, int count) {
        return WhatsappWebhooks.sentTo(graph, to, count);
    }

    private static List<JsonNode> sent(String to) {
        return WhatsappWebhooks.sent(graph, to);
    }

    private static String agent;

    private static String agent() {
        if (agent == null) {
            agent = server.addAgent("wa-agent", 2, true);
        }
        return agent;
    }
}
