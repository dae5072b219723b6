package dev.baton.http;

import static dev.baton.http.WhatsappWebhooks.VERIFY_TOKEN;
import static dev.baton.http.WhatsappWebhooks.WAIT;
import static dev.baton.http.WhatsappWebhooks.sent;
import static dev.baton.http.WhatsappWebhooks.sentTo;
import static dev.baton.http.WhatsappWebhooks.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.baton.App;
import dev.baton.channel.FakePlatform;
import dev.baton.channel.FakePlatform.Call;
import dev.baton.http.ApiClient.Reply;
import dev.baton.http.WhatsappWebhooks.Stored;
import dev.baton.testing.HandClock;
import dev.baton.testing.IntegrationTest;
import dev.baton.testing.Poll;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WhatsApp through a real server against a stand-in for the Graph API on loopback: the webhook check,
 * exactly-once answers, refused signatures, and the template once the 24-hour window has closed (on a clock
 * the test moves). Each test has chats of its own, so what the stand-in received is told apart by recipient.
 */
@IntegrationTest
class WhatsappEndToEndTest {

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
    void theWebhookCheckIsAnsweredWithTheChallengeOnlyForTheVerifyToken() {
        Reply ok = api.request(
                "GET",
                "/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=" + VERIFY_TOKEN + "&hub.challenge=1158201444",
                null,
                null,
                null);
        Reply wrong = api.request(
                "GET",
                "/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1",
                null,
                null,
                null);

        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("1158201444");
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.json().path("error").path("code").asText()).isEqualTo("invalid_verify_token");
    }

    @Test
    void aMessageIsAnsweredThroughTheGraphApiAndARetryOfItIsNot() {
        String user = "8613800000001";
        String body = text("wamid.E2E.1", user, "怎么联系在线客服？");

        assertThat(webhooks.post(body).status()).isEqualTo(200);
        JsonNode reply = sentTo(graph, user, 1).get(0);
        assertThat(reply.toString()).contains("客服");
        Call call = graph.calls().stream()
                .filter(c -> c.body().contains(user))
                .findFirst()
                .orElseThrow();
        assertThat(call.path()).isEqualTo("/v21.0/" + WhatsappWebhooks.PHONE_NUMBER_ID + "/messages");
        assertThat(call.header("Authorization")).isEqualTo("Bearer " + WhatsappWebhooks.ACCESS_TOKEN);

        assertThat(webhooks.post(body).status()).as("Meta's retry").isEqualTo(200);
        assertThat(webhooks.post(text("wamid.E2E.2", user, "谢谢")).status()).isEqualTo(200);
        sentTo(graph, user, 2);
        assertThat(WhatsappWebhooks.conversation(data, user))
                .extracting(Stored::sender)
                .as("the retry made no turn")
                .containsExactly("user", "bot", "user", "bot");
        assertThat(sentTo(graph, user, 2)).as("and was answered once").hasSize(2);
    }

    @Test
    void wrongSignaturesAreRefusedAndNothingIsStored() {
        String body = text("wamid.E2E.BAD.1", "8613800000002", "hello");

        assertThat(webhooks.post(body, null).status()).isEqualTo(401);
        assertThat(webhooks.post(body, "sha256=" + PlatformWebhooks.hmac("another-apps-secret", body))
                        .status())
                .isEqualTo(401);
        Reply tampered = webhooks.post(
                body.replace("hello", "pay me"), "sha256=" + PlatformWebhooks.hmac(WhatsappWebhooks.APP_SECRET, body));
        assertThat(tampered.status()).isEqualTo(401);
        assertThat(tampered.json().path("error").path("code").asText()).isEqualTo("invalid_signature");
        assertThat(webhooks.post("{not json").status()).isEqualTo(400);

        assertThat(WhatsappWebhooks.inbound(data, "wamid.E2E.BAD")).isZero();
        assertThat(WhatsappWebhooks.conversation(data, "8613800000002")).isEmpty();
    }

    @Test
    void anAgentsReplyAfterTheWindowClosedSendsTheTemplateInTheConversationsLanguage(@TempDir Path own) {
        HandClock clock = new HandClock(Instant.parse("2031-03-04T05:06:07Z"));
        Map<String, String> settings = new HashMap<>(WhatsappWebhooks.settings(graph));
        settings.put("BATON_WHATSAPP_TEMPLATE", "support_reply_waiting");
        // The ticket waits out the window without being given up on.
        settings.put(
                "BATON_ABANDON_AFTER_SECONDS", String.valueOf(Duration.ofDays(7).toSeconds()));
        String user = "8613800000031";
        try (BatonTestServer later = BatonTestServer.start(
                own, settings, new App.Environment(clock, Ticker.systemTicker(), ForkJoinPool.commonPool()))) {
            ApiClient laterApi = new ApiClient(later.baseUrl());
            new WhatsappWebhooks(laterApi).post(text("wamid.E2E.W1", user, "我的币被盗了"));
            assertThat(sentTo(graph, user, 1))
                    .as("inside the window: the reply itself")
                    .noneMatch(m -> m.path("type").asText().equals("template"));
            String agent = later.addAgent("late-agent", 2, true);
            String ticket = laterApi.request("GET", "/api/v1/agent/queue?priority=urgent", agent, null, null)
                    .json()
                    .path("tickets")
                    .get(0)
                    .path("id")
                    .asText();

            clock.advance(Duration.ofHours(24).plusSeconds(1));
            laterApi.request("POST", "/api/v1/agent/tickets/" + ticket + "/claim", agent, null, null);

            JsonNode template = Poll.until(
                    "a template to " + user,
                    WAIT,
                    () -> sent(graph, user).stream()
                            .filter(m -> m.path("type").asText().equals("template"))
                            .findFirst()
                            .orElse(null));
            assertThat(template.path("type").asText()).isEqualTo("template");
            assertThat(template.at("/template/name").asText()).isEqualTo("support_reply_waiting");
            assertThat(template.at("/template/language/code").asText()).isEqualTo("zh_CN");
        }
    }
}
