package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.http.ApiClient.Chat;
import dev.baton.http.ApiClient.Reply;
import dev.baton.testing.IntegrationTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chat API's contract, against a real server on the embedded store. */
@IntegrationTest
class ChatApiTest {

    @TempDir
    static Path data;

    static BatonTestServer server;
    static ApiClient api;

    @BeforeAll
    static void start() {
        server = BatonTestServer.start(data);
        api = new ApiClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthAnswers200WhenReady() {
        Reply health = api.request("GET", "/health", null, null, null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("ok");
    }

    @Test
    void openingAConversationReturnsItsIdAndAToken() {
        Reply created = api.request(
                "POST", "/api/v1/conversations", null, "application/json", "{\"locale\":\"en\",\"channel\":\"web\"}");
        Reply bare = api.request("POST", "/api/v1/conversations", null, null, null);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("conversationId").asText()).startsWith("c_");
        assertThat(created.json().get("token").asText()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(bare.status()).isEqualTo(201);
    }

    @Test
    void aFaqQuestionIsAnsweredWithTheDecisionAndNoHandoff() {
        Chat chat = api.open();

        Reply turn = api.send(chat, "怎么联系在线客服？");

        assertThat(turn.status()).isEqualTo(200);
        JsonNode json = turn.json();
        assertThat(json.get("messageId").asLong()).isEqualTo(1);
        assertThat(json.get("reply").get("text").asText()).contains("客服");
        assertThat(json.get("reply").get("quickReplies").isArray()).isTrue();
        assertThat(json.get("decision").get("action").asText()).isEqualTo("answer");
        assertThat(json.get("decision").get("faqId").asText()).isEqualTo("contact-channels");
        assertThat(json.get("decision").get("intent").asText()).isEqualTo("contact-channels");
        assertThat(json.get("decision").get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("handoff").isNull()).isTrue();
        assertThat(json.get("state").asText()).isEqualTo("bot");
    }

    @Test
    void theTranscriptListsEveryMessageInOrderWithSenderAndTime() {
        Chat chat = api.open();
        api.send(chat, "怎么联系在线客服？");
        api.send(chat, "谢谢");

        Reply all = api.transcript(chat, 0);
        Reply later = api.transcript(chat, 2);

        assertThat(all.status()).isEqualTo(200);
        List<String> senders = new ArrayList<>();
        all.json()
                .get("messages")
                .forEach(m -> senders.add(
                        m.get("seq").asLong() + ":" + m.get("sender").asText()));
        assertThat(senders).containsExactly("1:user", "2:bot", "3:user", "4:bot");
        assertThat(all.json().get("messages").get(0).get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(later.json().get("messages")).hasSize(2);
        assertThat(all.json().get("state").asText()).isEqualTo("bot");
    }

    @Test
    void aClickedQuickReplyAnswersThatEntry() {
        Chat chat = api.open();
        Reply unclear = api.send(chat, "关于客服");
        JsonNode option = unclear.json().get("reply").get("quickReplies").get(0);

        Reply clicked =
                api.send(chat, option.get("label").asText(), option.get("id").asText());

        assertThat(unclear.json().get("decision").get("action").asText()).isEqualTo("clarify");
        assertThat(clicked.json().get("decision").get("action").asText()).isEqualTo("answer");
        assertThat(clicked.json().get("decision").get("faqId").asText())
                .isEqualTo(option.get("id").asText());
    }

    @Test
    void aRecoveryPhraseIsRedactedBeforeItIsStoredAndHandsOffUrgently() {
        Chat chat = api.open();
        String phrase = "abandon ability able about above absent absorb abstract absurd abuse access accident";

        Reply turn = api.send(chat, "my seed is " + phrase + " please help");
        Reply transcript = api.transcript(chat, 0);

        assertThat(turn.json().get("decision").get("priority").asText()).isEqualTo("urgent");
        assertThat(turn.json().get("decision").get("reason").asText()).isEqualTo("secret_exposed");
        assertThat(turn.json().get("handoff").get("priority").asText()).isEqualTo("urgent");
        assertThat(turn.json().get("handoff").get("queuePosition").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(turn.json().get("state").asText()).isEqualTo("queued");
        assertThat(transcript.body())
                .doesNotContain("abandon ability")
                .doesNotContain("absurd abuse")
                .contains("redacted");
    }

    @Test
    void anExplicitRequestCollectsDetailsThenQueuesWithAPosition() {
        Chat chat = api.open();

        Reply asked = api.send(chat, "转人工");
        Reply account = api.send(chat, "我的邮箱 wang.fang@example.com");
        Reply queued = api.send(chat, "跳过", "skip");

        assertThat(asked.json().get("state").asText()).isEqualTo("collecting_details");
        assertThat(asked.json().get("decision").get("reason").asText()).isEqualTo("human_requested");
        assertThat(account.json().get("state").asText()).isEqualTo("collecting_details");
        assertThat(queued.json().get("state").asText()).isEqualTo("queued");
        JsonNode handoff = queued.json().get("handoff");
        assertThat(handoff.get("ticketId").asText()).startsWith("t_");
        assertThat(handoff.get("status").asText()).isEqualTo("queued");
        assertThat(handoff.get("priority").asText()).isEqualTo("normal");
        assertThat(handoff.get("queuePosition").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(handoff.get("agentsAvailable").asBoolean())
                .as("no agent is connected")
                .isFalse();
        assertThat(handoff.get("estimatedWaitSeconds").isNull())
                .as("so no made-up wait")
                .isTrue();
        assertThat(queued.json().get("reply").get("text").asText()).contains("排第", "目前没有客服在线");
    }

    @Test
    void anUrgentReportQueuesAtOnceAheadOfNormalTickets() {
        Chat normal = api.open();
        api.send(normal, "转人工");
        api.send(normal, "转人工");
        Chat urgent = api.open();

        Reply turn = api.send(urgent, "我的币被盗了");

        assertThat(turn.json().get("state").asText()).isEqualTo("queued");
        assertThat(turn.json().get("handoff").get("priority").asText()).isEqualTo("urgent");
        assertThat(turn.json().get("handoff").get("queuePosition").asInt())
                .isLessThanOrEqualTo(api.transcript(normal, 0)
                        .json()
                        .get("handoff")
                        .get("queuePosition")
                        .asInt());
    }

    @Test
    void outOfScopeIsAnsweredPolitelyWithoutQueuing() {
        Chat chat = api.open();

        Reply first = api.send(chat, "比特币明天会涨吗");
        Reply second = api.send(chat, "比特币明天会涨吗");

        assertThat(second.json().get("decision").get("reason").asText()).isEqualTo("out_of_scope");
        assertThat(second.json().get("state").asText()).isEqualTo("bot");
        assertThat(first.json().get("handoff").isNull()).isTrue();
        assertThat(second.json().get("handoff").isNull()).isTrue();
    }
}
