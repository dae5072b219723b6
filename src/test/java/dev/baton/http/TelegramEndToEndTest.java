package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.FakePlatform;
import dev.baton.channel.FakePlatform.Answer;
import dev.baton.channel.FakePlatform.Call;
import dev.baton.http.ApiClient.Reply;
import dev.baton.testing.IntegrationTest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Telegram end to end against a real server and a stand-in for the Bot API on loopback: exactly-once intake
 * (also across a restart), ordered delivery through an outage, dead letters, and an agent's reply.
 */
@IntegrationTest
class TelegramEndToEndTest {

    static final String SECRET = "s3cret-token_for-webhook";
    static final String BOT = "123456:ABC-bot-token";
    static final Answer OK = Answer.json(200, "{\"ok\":true,\"result\":{}}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong UPDATES = new AtomicLong(1000);

    @TempDir
    Path data;

    FakePlatform telegram;
    BatonTestServer server;
    ApiClient api;

    @BeforeEach
    void start() {
        telegram = FakePlatform.start().answerAlways(OK);
        server = start(Map.of());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        telegram.close();
    }

    BatonTestServer start(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of(
                "BATON_TELEGRAM_SECRET",
                SECRET,
                "BATON_TELEGRAM_BOT_TOKEN",
                BOT,
                "BATON_TELEGRAM_API_URL",
                telegram.uri().toString(),
                "BATON_DELIVERY_FIRST_BACKOFF_MILLIS",
                "20",
                "BATON_DELIVERY_MAX_ATTEMPTS",
                "4"));
        settings.putAll(extra);
        BatonTestServer s = BatonTestServer.start(data, settings);
        api = new ApiClient(s.baseUrl());
        return s;
    }

    static String update(long updateId, long chatId, String text) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + (updateId % 100000)
                + ",\"date\":1764115200,\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"},\"from\":{\"id\":"
                + chatId + ",\"is_bot\":false,\"first_name\":\"Li\",\"language_code\":\"zh-hans\"},\"text\":"
                + JSON.valueToTree(text) + "}}";
    }

    Reply deliver(String body, String secret) {
        return api.requestWithHeaders(
                "POST",
                "/webhooks/telegram",
                "application/json",
                body,
                secret == null ? Map.of() : Map.of("X-Telegram-Bot-Api-Secret-Token", secret));
    }

    static JsonNode sent(Call call) {
        try {
            return JSON.readTree(call.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aMessageIsAnsweredThroughTheBotApiAndARetryOfItIsNot() {
        long id = UPDATES.incrementAndGet();
        String body = update(id, 777001, "怎么联系在线客服？");

        assertThat(deliver(body, SECRET).status()).isEqualTo(200);
        Call reply = telegram.nextCall();
        assertThat(reply.path()).isEqualTo("/bot" + BOT + "/sendMessage");
        assertThat(sent(reply).path("chat_id").asLong()).isEqualTo(777001);
        assertThat(sent(reply).path("text").asText()).contains("客服");

        assertThat(deliver(body, SECRET).status())
                .as("Telegram retries until 200")
                .isEqualTo(200);
        assertThat(deliver(update(UPDATES.incrementAndGet(), 777001, "谢谢"), SECRET)
                        .status())
                .isEqualTo(200);
        Call thanks = telegram.nextCall();
        assertThat(sent(thanks).path("text").asText()).doesNotContain("在线客服").isNotEmpty();
        assertThat(telegram.calls()).as("the retry was answered once").hasSize(2);
    }

    @Test
    void aWrongOrMissingSecretIsRefusedAndStoresNothing() {
        Reply wrong = deliver(update(UPDATES.incrementAndGet(), 777002, "hello"), "not-the-secret");
        Reply missing = deliver(update(UPDATES.incrementAndGet(), 777002, "hello"), null);
        Reply malformed = deliver("{\"update_id\": oops", SECRET);

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().path("error").path("code").asText()).isEqualTo("invalid_signature");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(deliver(update(UPDATES.incrementAndGet(), 777002, "/start"), SECRET)
                        .status())
                .isEqualTo(200);
        Call greeting = telegram.nextCall();
        assertThat(sent(greeting).path("text").asText()).contains("你好");
        assertThat(telegram.calls()).as("nothing came of the refused calls").hasSize(1);
    }

    @Test
    void aChannelWithoutItsSecretIsNotThere() {
        Reply slack = api.requestWithHeaders("POST", "/webhooks/slack", "application/json", "{}", Map.of());
        Reply generic = api.requestWithHeaders("POST", "/webhooks/generic/acme", "application/json", "{}", Map.of());

        assertThat(slack.status()).isEqualTo(404);
        assertThat(generic.status()).isEqualTo(404);
    }

    @Test
    void aRetryAfterARestartIsStillRecognised() {
        String body = update(UPDATES.incrementAndGet(), 777003, "手续费怎么算");
        assertThat(deliver(body, SECRET).status()).isEqualTo(200);
        telegram.nextCall();
        server.close();
        server = start(Map.of());

        assertThat(deliver(body, SECRET).status()).isEqualTo(200);
        assertThat(deliver(update(UPDATES.incrementAndGet(), 777003, "谢谢"), SECRET)
                        .status())
                .isEqualTo(200);
        telegram.nextCall();
        assertThat(telegram.calls())
                .as("one reply per distinct message, across the restart")
                .hasSize(2);
    }

    @Test
    void whileTheApiIsDownRepliesWaitAndThenGoOutInOrder() {
        Answer down = Answer.json(502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}");
        telegram.answer(down, down);
        for (String text : List.of("怎么联系客服", "客服几点上班", "手续费是多少")) {
            assertThat(deliver(update(UPDATES.incrementAndGet(), 777004, text), SECRET)
                            .status())
                    .isEqualTo(200);
        }

        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            texts.add(sent(telegram.nextCall()).path("text").asText());
        }
        assertThat(texts.get(0)).isEqualTo(texts.get(1)).isEqualTo(texts.get(2));
        assertThat(texts.subList(2, 5))
                .as("each reply once, in the order of the questions")
                .doesNotHaveDuplicates();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (agentGet("/deliveries?status=sent").json().path("deliveries").size() < 3) {
            assertThat(System.nanoTime())
                    .as("all three marked sent within 60 s")
                    .isLessThan(deadline);
        }
        assertThat(agentGet("/deliveries?status=pending").json().path("deliveries"))
                .isEmpty();
    }

    @Test
    void afterTheLastTryAMessageIsADeadLetterThatAnAgentCanSendAgain() {
        Answer down = Answer.json(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal\"}");
        telegram.answer(down, down, down, down);
        deliver(update(UPDATES.incrementAndGet(), 777005, "怎么联系客服"), SECRET);
        for (int i = 0; i < 4; i++) {
            telegram.nextCall();
        }
        JsonNode dead = pollDead();
        assertThat(dead.path("attempts").asInt()).isEqualTo(4);
        assertThat(dead.path("lastError").asText()).contains("500");

        Reply retried = agentPost("/deliveries/" + dead.path("id").asLong() + "/retry");
        assertThat(retried.status()).isEqualTo(200);
        Call delivered = telegram.nextCall();
        assertThat(sent(delivered).path("chat_id").asLong()).isEqualTo(777005);
        assertThat(agentPost("/deliveries/" + dead.path("id").asLong() + "/retry")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void anAgentsReplyReachesTheTelegramUserAndTheBotStaysSilentMeanwhile() {
        long chat = 777006;
        deliver(update(UPDATES.incrementAndGet(), chat, "我的币被盗了"), SECRET);
        String urgentReply = sent(telegram.nextCall()).path("text").asText();
        assertThat(urgentReply).isNotEmpty();
        JsonNode queue = agentGet("/queue").json().path("tickets");
        String ticket = queue.get(0).path("id").asText();
        assertThat(queue.get(0).path("priority").asText()).isEqualTo("urgent");
        assertThat(agentGet("/tickets/" + ticket).json().path("channel").asText())
                .isEqualTo("telegram");

        assertThat(agentPost("/tickets/" + ticket + "/claim").status()).isEqualTo(200);
        assertThat(sent(telegram.nextCall()).path("text").asText())
                .as("the user is told who joined")
                .contains("ann");
        assertThat(api.request(
                                "POST",
                                "/api/v1/agent/tickets/" + ticket + "/messages",
                                agent,
                                "application/json",
                                "{\"text\":\"您好，我是客服 Ann，请先不要再操作这个钱包。\"}")
                        .status())
                .isEqualTo(201);
        Call agentReply = telegram.nextCall();
        assertThat(sent(agentReply).path("chat_id").asLong()).isEqualTo(chat);
        assertThat(sent(agentReply).path("text").asText()).contains("不要再操作");

        deliver(update(UPDATES.incrementAndGet(), chat, "好的，谢谢"), SECRET);
        JsonNode transcript =
                agentGet("/tickets/" + ticket + "/transcript").json().path("messages");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (transcript.size() < 5 && System.nanoTime() < deadline) {
            transcript = agentGet("/tickets/" + ticket + "/transcript").json().path("messages");
        }
        assertThat(transcript.get(transcript.size() - 1).path("text").asText()).isEqualTo("好的，谢谢");
        assertThat(telegram.calls()).as("the bot stayed silent").hasSize(3);
    }

    @Test
    void aRecoveryPhrasePastedInTelegramIsRedactedAndHandedOffUrgently() {
        String phrase = "abandon ability able about above absent absorb abstract absurd abuse access accident";
        deliver(update(UPDATES.incrementAndGet(), 777007, phrase), SECRET);
        String reply = sent(telegram.nextCall()).path("text").asText();

        JsonNode ticket =
                agentGet("/queue?priority=urgent").json().path("tickets").get(0);
        assertThat(ticket.path("reason").asText()).isEqualTo("secret_exposed");
        String transcript = agentGet("/tickets/" + ticket.path("id").asText() + "/transcript")
                .body();
        assertThat(transcript).contains("[redacted").doesNotContain("abandon ability");
        assertThat(reply).doesNotContain("abandon ability");
    }

    private String agent;

    Reply agentGet(String path) {
        return api.request("GET", "/api/v1/agent" + path, agentToken(), null, null);
    }

    Reply agentPost(String path) {
        return api.request("POST", "/api/v1/agent" + path, agentToken(), null, null);
    }

    String agentToken() {
        if (agent == null) {
            agent = server.addAgent("ann", 1, true);
        }
        return agent;
    }

    JsonNode pollDead() {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode dead = agentGet("/deliveries?status=dead").json().path("deliveries");
            if (dead.size() > 0) {
                return dead.get(0);
            }
        }
        throw new AssertionError("no dead letter within 60 s");
    }
}
