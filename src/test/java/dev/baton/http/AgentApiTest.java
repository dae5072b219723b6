package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.http.ApiClient.Chat;
import dev.baton.http.ApiClient.Reply;
import dev.baton.http.StreamTest.Listener;
import dev.baton.testing.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import org.junit.jupiter.api.Test;

/** The agent API end to end on a real server: a handoff from queue to rating, escalation, reopening. */
@IntegrationTest
class AgentApiTest extends AgentApiFixture {

    @Test
    void aHandoffGoesFromTheQueueToTheAgentAndBackToTheUserWithARating() throws Exception {
        Listener agentEvents = new Listener();
        WebSocket agentWs = agentStream(ann, agentEvents);
        Chat chat = api.open();
        api.send(chat, "我的币被盗了！地址 0x52908400098527886E0F7030069857D2E4169EE7");

        JsonNode queued = nextOfType(agentEvents, "ticket").path("ticket");
        assertThat(queued.path("status").asText()).isEqualTo("queued");
        assertThat(queued.path("priority").asText()).isEqualTo("urgent");
        assertThat(queued.path("reason").asText()).startsWith("funds_at_risk");
        String ticket = queued.path("id").asText();

        JsonNode first = get("/queue", ann).json().path("tickets").get(0);
        assertThat(first.path("id").asText()).as("urgent tickets first").isEqualTo(ticket);
        JsonNode detail = get("/tickets/" + ticket, ann).json();
        assertThat(detail.path("details").path("addresses").get(0).asText())
                .startsWith("0x52908400098527886E0F7030069857D2E4169EE7");
        assertThat(detail.path("firstResponseDue").asText()).isNotEmpty();

        Listener userEvents = new Listener();
        WebSocket userWs = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(
                        URI.create("ws://127.0.0.1:" + server.port() + "/api/v1/conversations/" + chat.id()
                                + "/stream?token=" + chat.token()),
                        userEvents)
                .join();
        nextOfType(userEvents, "state");

        assertThat(post("/tickets/" + ticket + "/claim", ann, null)
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("assigned");
        assertThat(nextOfType(userEvents, "state").path("state").asText()).isEqualTo("with_agent");

        assertThat(post("/tickets/" + ticket + "/messages", ann, "{\"text\":\"您好，我是客服 Ann，请先冻结账户。\"}")
                        .status())
                .isEqualTo(201);
        JsonNode agentMessage = nextOfType(userEvents, "message").path("message");
        if (!"agent".equals(agentMessage.path("sender").asText())) {
            agentMessage = nextOfType(userEvents, "message").path("message");
        }
        assertThat(agentMessage.path("sender").asText()).isEqualTo("agent");
        assertThat(agentMessage.path("text").asText()).contains("冻结账户");
        post("/tickets/" + ticket + "/notes", ann, "{\"text\":\"internal: check the hot wallet logs\"}");

        userWs.sendText("{\"type\":\"typing\",\"typing\":true}", true).join();
        assertThat(nextOfType(agentEvents, "typing").path("ticketId").asText()).isEqualTo(ticket);
        agentWs.sendText("{\"type\":\"typing\",\"ticketId\":\"" + ticket + "\",\"typing\":true}", true)
                .join();
        assertThat(nextOfType(userEvents, "typing").path("sender").asText()).isEqualTo("agent");

        api.send(chat, "好的，已经冻结了");
        JsonNode userMessage = nextOfType(agentEvents, "message");
        assertThat(userMessage.path("message").path("text").asText()).contains("已经冻结");
        assertThat(get("/tickets/" + ticket, ann).json().path("status").asText())
                .isEqualTo("assigned");

        JsonNode transcript =
                get("/tickets/" + ticket + "/transcript", ann).json().path("messages");
        assertThat(transcript.get(1).path("decision").path("reason").asText()).startsWith("funds_at_risk");
        assertThat(transcript.get(1).path("decision").path("confidence").isNumber())
                .isTrue();
        assertThat(api.transcript(chat, 0).body()).doesNotContain("hot wallet");

        assertThat(post("/tickets/" + ticket + "/resolve", ann, null)
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("resolved");
        JsonNode rateAsk = api.transcript(chat, 0).json().path("messages");
        JsonNode last = rateAsk.get(rateAsk.size() - 1);
        assertThat(last.path("quickReplies").size()).isEqualTo(5);
        Reply rated = api.send(chat, "5 ★", "rate_5");
        assertThat(rated.json().path("state").asText()).isEqualTo("bot");
        assertThat(rated.json().path("reply").path("text").asText())
                .as("still in the user's language")
                .contains("谢谢");
        assertThat(rated.json().path("decision").path("intent").asText()).isEqualTo("rate_5");
        assertThat(get("/tickets/" + ticket, ann).json().path("rating").asInt()).isEqualTo(5);

        agentWs.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        userWs.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    @Test
    void writingAgainSoonAfterResolutionReopensTheTicket() {
        Chat chat = api.open();
        String ticket = handedOff(chat);
        post("/tickets/" + ticket + "/claim", bob, null);
        post("/tickets/" + ticket + "/resolve", bob, null);

        Reply again = api.send(chat, "还是没有到账，问题没解决");

        assertThat(again.json().path("state").asText()).isEqualTo("queued");
        JsonNode reopened = get("/tickets/" + ticket, boss).json();
        assertThat(reopened.path("status").asText()).isEqualTo("queued");
        assertThat(reopened.path("assignee").isNull()).isTrue();
    }

    @Test
    void aUserWhoNoLongerNeedsHelpLeavesTheQueue() {
        Chat chat = api.open();
        String ticket = handedOff(chat);

        Reply left = api.send(chat, "不用了，已经解决了");

        assertThat(left.json().path("state").asText()).isEqualTo("bot");
        assertThat(get("/tickets/" + ticket, boss).json().path("status").asText())
                .isEqualTo("abandoned");
        assertThat(post("/tickets/" + ticket + "/claim", ann, null).status()).isEqualTo(409);
    }

    @Test
    void escalatedTicketsGoToTier2AgentsFirst() {
        Chat chat = api.open();
        String ticket = handedOff(chat);
        post("/tickets/" + ticket + "/claim", ann, null);

        JsonNode escalated = post("/tickets/" + ticket + "/escalate", ann, "{\"note\":\"needs on-chain tracing\"}")
                .json();

        assertThat(escalated.path("tier").asInt()).isEqualTo(2);
        assertThat(escalated.path("status").asText()).isEqualTo("queued");
        assertThat(escalated.path("notes").get(0).path("text").asText()).isEqualTo("needs on-chain tracing");
        assertThat(get("/queue", senior)
                        .json()
                        .path("tickets")
                        .get(0)
                        .path("id")
                        .asText())
                .isEqualTo(ticket);
        assertThat(get("/queue", ann).json().path("tickets").findValuesAsText("id"))
                .doesNotContain(ticket);
        assertThat(post("/tickets/" + ticket + "/claim", ann, null).status()).isEqualTo(403);
        assertThat(post("/tickets/" + ticket + "/claim", senior, null).status()).isEqualTo(200);
        assertThat(api.transcript(chat, 0).body()).contains("二线团队").doesNotContain("on-chain tracing");
    }

    @Test
    void cannedAnswersComeInTheUsersLanguage() {
        Chat chat = api.open();
        api.send(chat, "我要轉人工客服");
        api.send(chat, "跳過");
        Reply queued = api.send(chat, "跳過");
        String ticket = queued.json().path("handoff").path("ticketId").asText();

        JsonNode canned = get("/tickets/" + ticket + "/canned", ann).json();

        assertThat(canned.path("language").asText()).isEqualTo("zh-Hant");
        assertThat(canned.path("answers").size()).isGreaterThan(5);
        assertThat(canned.path("answers").findValuesAsText("faqId")).contains("unresolved");
    }

    @Test
    void theConsoleIsServedAtSlashAgentWithItsModules() {
        Reply page = api.request("GET", "/agent", null, null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<script type=\"module\" src=\"/console/main.js\">");
        Reply main = api.request("GET", "/console/main.js", null, null, null);
        assertThat(main.status()).isEqualTo(200);
        // Browsers run a module only when it is served as JavaScript (and nosniff forbids guessing).
        assertThat(main.raw().headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        assertThat(main.body()).contains("import ");
    }
}
