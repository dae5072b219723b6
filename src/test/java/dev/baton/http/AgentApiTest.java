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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent API end to end on a real server: who may do what, and a handoff from queue to rating. */
class AgentApiTest {

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
        return HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, listener).join();
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

    @Test
    void everyAgentEndpointRefusesMissingWrongConversationAndRevokedTokens() {
        Chat chat = api.open();
        String ticket = handedOff(chat);
        String revoked = server.addAgent("gone", 1, false);
        server.revokeAgent("gone");
        List<String> refused = new ArrayList<>();
        for (String token : new String[] {null, "agt_nobody.secret", ann + "x", chat.token(), revoked}) {
            for (Reply r : List.of(get("/me", token), get("/queue", token), get("/tickets/" + ticket, token),
                    post("/tickets/" + ticket + "/claim", token, null),
                    post("/tickets/" + ticket + "/messages", token, "{\"text\":\"hi\"}"),
                    get("/tickets/" + ticket + "/transcript", token))) {
                assertThat(r.status()).as(r.raw().request().uri() + " with " + token).isEqualTo(401);
                assertThat(r.json().path("error").path("code").asText()).isEqualTo("unauthorized");
                refused.add(r.raw().request().uri().getPath());
            }
        }
        assertThat(refused).hasSize(30);
        assertThat(get("/tickets/" + ticket, ann).json().path("status").asText()).as("nothing was claimed")
                .isEqualTo("queued");
    }

    @Test
    void aRevokedAgentsOpenSocketIsClosed() throws Exception {
        String token = server.addAgent("leaver", 1, true);
        Listener listener = new Listener();
        agentStream(token, listener);
        Chat chat = api.open();
        handedOff(chat);
        assertThat(nextOfType(listener, "ticket")).isNotNull();
        long revoked = System.nanoTime();

        server.revokeAgent("leaver");

        int status = listener.closed.get(60, java.util.concurrent.TimeUnit.SECONDS);
        System.out.printf("a revoked agent's socket closed %d ms after the revocation%n",
                (System.nanoTime() - revoked) / 1_000_000);
        assertThat(status).isEqualTo(4401);
    }

    @Test
    void anotherAgentsTicketIsClosedToAllButSupervisors() {
        Chat chat = api.open();
        String ticket = handedOff(chat);
        assertThat(post("/tickets/" + ticket + "/claim", ann, null).status()).isEqualTo(200);

        for (Reply r : List.of(get("/tickets/" + ticket, bob), get("/tickets/" + ticket + "/transcript", bob),
                post("/tickets/" + ticket + "/messages", bob, "{\"text\":\"hi\"}"),
                post("/tickets/" + ticket + "/notes", bob, "{\"text\":\"hi\"}"),
                post("/tickets/" + ticket + "/resolve", bob, null),
                post("/tickets/" + ticket + "/escalate", bob, "{\"note\":\"x\"}"))) {
            assertThat(r.status()).as(r.raw().request().uri().getPath()).isEqualTo(403);
            assertThat(r.json().path("error").path("code").asText()).isEqualTo("forbidden");
        }
        assertThat(get("/queue", bob).json().path("tickets").findValuesAsText("id")).doesNotContain(ticket);
        assertThat(get("/tickets/" + ticket, boss).status()).isEqualTo(200);
        assertThat(get("/tickets/" + ticket + "/transcript", boss).status()).isEqualTo(200);
    }

    @Test
    void forbiddenTransitionsAreRefusedWithAConflict() {
        Chat chat = api.open();
        String ticket = handedOff(chat);

        Reply resolveUnclaimed = post("/tickets/" + ticket + "/resolve", ann, null);
        assertThat(resolveUnclaimed.status()).isEqualTo(409);
        assertThat(resolveUnclaimed.json().path("error").path("code").asText()).isEqualTo("invalid_transition");

        post("/tickets/" + ticket + "/claim", ann, null);
        assertThat(post("/tickets/" + ticket + "/claim", ann, null).status()).as("claim twice").isEqualTo(409);
        assertThat(post("/tickets/" + ticket + "/resolve", ann, null).status()).isEqualTo(200);
        Reply claimResolved = post("/tickets/" + ticket + "/claim", bob, null);
        assertThat(claimResolved.status()).isEqualTo(409);
        assertThat(claimResolved.json().path("error").path("code").asText()).isEqualTo("invalid_transition");
        assertThat(post("/tickets/" + ticket + "/messages", ann, "{\"text\":\"still there?\"}").status())
                .as("write on a resolved ticket").isEqualTo(409);
    }

    @Test
    void badRequestsGetClearErrorsAndChangeNothing() {
        Chat chat = api.open();
        String ticket = handedOff(chat);
        post("/tickets/" + ticket + "/claim", ann, null);

        assertThat(post("/tickets/" + ticket + "/messages", ann, "{\"text\":\"\"}").json().path("error")
                .path("code").asText()).isEqualTo("invalid_request");
        assertThat(post("/tickets/" + ticket + "/messages", ann, "{not json").status()).isEqualTo(400);
        assertThat(post("/tickets/" + ticket + "/escalate", ann, "{}").status()).as("an escalation needs a note")
                .isEqualTo(400);
        assertThat(get("/tickets/t_00000000000000000000", ann).status()).isEqualTo(404);
        assertThat(get("/queue?status=lost", ann).status()).isEqualTo(400);
        assertThat(get("/queue?tier=3", ann).status()).isEqualTo(400);
        assertThat(get("/queue?limit=abc", ann).status()).isEqualTo(400);
        assertThat(api.transcript(chat, 0).json().path("messages").size()).as("nothing was added")
                .isEqualTo(6 + 1);
    }

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
        WebSocket userWs = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:"
                + server.port() + "/api/v1/conversations/" + chat.id() + "/stream?token=" + chat.token()),
                userEvents).join();
        nextOfType(userEvents, "state");

        assertThat(post("/tickets/" + ticket + "/claim", ann, null).json().path("status").asText())
                .isEqualTo("assigned");
        assertThat(nextOfType(userEvents, "state").path("state").asText()).isEqualTo("with_agent");

        assertThat(post("/tickets/" + ticket + "/messages", ann, "{\"text\":\"您好，我是客服 Ann，请先冻结账户。\"}")
                .status()).isEqualTo(201);
        JsonNode agentMessage = nextOfType(userEvents, "message").path("message");
        if (!"agent".equals(agentMessage.path("sender").asText())) {
            agentMessage = nextOfType(userEvents, "message").path("message");
        }
        assertThat(agentMessage.path("sender").asText()).isEqualTo("agent");
        assertThat(agentMessage.path("text").asText()).contains("冻结账户");
        post("/tickets/" + ticket + "/notes", ann, "{\"text\":\"internal: check the hot wallet logs\"}");

        userWs.sendText("{\"type\":\"typing\",\"typing\":true}", true).join();
        assertThat(nextOfType(agentEvents, "typing").path("ticketId").asText()).isEqualTo(ticket);
        agentWs.sendText("{\"type\":\"typing\",\"ticketId\":\"" + ticket + "\",\"typing\":true}", true).join();
        assertThat(nextOfType(userEvents, "typing").path("sender").asText()).isEqualTo("agent");

        api.send(chat, "好的，已经冻结了");
        JsonNode userMessage = nextOfType(agentEvents, "message");
        assertThat(userMessage.path("message").path("text").asText()).contains("已经冻结");
        assertThat(get("/tickets/" + ticket, ann).json().path("status").asText()).isEqualTo("assigned");

        JsonNode transcript = get("/tickets/" + ticket + "/transcript", ann).json().path("messages");
        assertThat(transcript.get(1).path("decision").path("reason").asText()).startsWith("funds_at_risk");
        assertThat(transcript.get(1).path("decision").path("confidence").isNumber()).isTrue();
        assertThat(api.transcript(chat, 0).body()).doesNotContain("hot wallet");

        assertThat(post("/tickets/" + ticket + "/resolve", ann, null).json().path("status").asText())
                .isEqualTo("resolved");
        JsonNode rateAsk = api.transcript(chat, 0).json().path("messages");
        JsonNode last = rateAsk.get(rateAsk.size() - 1);
        assertThat(last.path("quickReplies").size()).isEqualTo(5);
        Reply rated = api.send(chat, "5 ★", "rate_5");
        assertThat(rated.json().path("state").asText()).isEqualTo("bot");
        assertThat(rated.json().path("reply").path("text").asText()).as("still in the user's language")
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
        assertThat(get("/tickets/" + ticket, boss).json().path("status").asText()).isEqualTo("abandoned");
        assertThat(post("/tickets/" + ticket + "/claim", ann, null).status()).isEqualTo(409);
    }

    @Test
    void escalatedTicketsGoToTier2AgentsFirst() {
        Chat chat = api.open();
        String ticket = handedOff(chat);
        post("/tickets/" + ticket + "/claim", ann, null);

        JsonNode escalated = post("/tickets/" + ticket + "/escalate", ann, "{\"note\":\"needs on-chain tracing\"}").json();

        assertThat(escalated.path("tier").asInt()).isEqualTo(2);
        assertThat(escalated.path("status").asText()).isEqualTo("queued");
        assertThat(escalated.path("notes").get(0).path("text").asText()).isEqualTo("needs on-chain tracing");
        assertThat(get("/queue", senior).json().path("tickets").get(0).path("id").asText()).isEqualTo(ticket);
        assertThat(get("/queue", ann).json().path("tickets").findValuesAsText("id")).doesNotContain(ticket);
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
    void theAgentStreamRefusesABadToken() throws Exception {
        Listener listener = new Listener();
        agentStream("agt_x.y", listener);
        assertThat(listener.closed.get(60, TimeUnit.SECONDS)).isEqualTo(4401);
    }

    @Test
    void theConsoleIsServedAtSlashAgent() {
        Reply page = api.request("GET", "/agent", null, null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("agent.js");
    }
}
