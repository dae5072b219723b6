package dev.baton.http;

import static dev.baton.http.PlatformWebhooks.GENERIC_SECRET;
import static dev.baton.http.PlatformWebhooks.SLACK_SECRET;
import static dev.baton.http.PlatformWebhooks.WECHAT_TOKEN;
import static dev.baton.http.PlatformWebhooks.slackEvent;
import static dev.baton.http.PlatformWebhooks.wechatQuery;
import static dev.baton.http.PlatformWebhooks.wechatText;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.FakePlatform;
import dev.baton.channel.FakePlatform.Answer;
import dev.baton.channel.FakePlatform.Call;
import dev.baton.channel.generic.GenericSignature;
import dev.baton.http.ApiClient.Reply;
import dev.baton.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slack, WeChat and a generic integration through a real server, each against a loopback stand-in API. */
@IntegrationTest
class PlatformsEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    static FakePlatform slack;
    static FakePlatform wechat;
    static FakePlatform acme;
    static BatonTestServer server;
    static ApiClient api;
    static PlatformWebhooks webhooks;

    @BeforeAll
    static void start() {
        slack = FakePlatform.start().answerAlways(Answer.json(200, "{\"ok\":true}"));
        wechat = FakePlatform.start().answerAlways(Answer.json(200, "{\"errcode\":0,\"errmsg\":\"ok\"}"));
        acme = FakePlatform.start().answerAlways(Answer.json(200, "{}"));
        server = BatonTestServer.start(data, PlatformWebhooks.settings(slack, wechat, acme));
        api = new ApiClient(server.baseUrl());
        webhooks = new PlatformWebhooks(api);
    }

    @AfterAll
    static void stop() {
        server.close();
        slack.close();
        wechat.close();
        acme.close();
    }

    @Test
    void slackChallengesAreAnsweredAndSignedEventsAnsweredOnce() throws Exception {
        long now = Instant.now().getEpochSecond();
        Reply challenge = webhooks.slack(
                "{\"type\":\"url_verification\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2\"}", now, SLACK_SECRET);
        assertThat(challenge.status()).isEqualTo(200);
        assertThat(challenge.body()).isEqualTo("3eZbrw1aBm2rZgRNFdxV2");

        String event = slackEvent("Ev0001", "D0DM1", "how do I contact support?");
        assertThat(webhooks.slack(event, now, SLACK_SECRET).status()).isEqualTo(200);
        Call posted = slack.nextCall();
        assertThat(posted.path()).isEqualTo("/chat.postMessage");
        assertThat(posted.header("authorization")).isEqualTo("Bearer xoxb-test-token");
        JsonNode message = JSON.readTree(posted.body());
        assertThat(message.path("channel").asText()).isEqualTo("D0DM1");
        assertThat(message.path("text").asText()).containsIgnoringCase("support");

        assertThat(webhooks.slack(event, now, SLACK_SECRET).status())
                .as("Slack's retry")
                .isEqualTo(200);
        assertThat(webhooks.slack(slackEvent("Ev0002", "D0DM1", "thanks!"), now, SLACK_SECRET)
                        .status())
                .isEqualTo(200);
        slack.nextCall();
        assertThat(slack.calls()).as("the retried event was answered once").hasSize(2);
    }

    @Test
    void slackRefusesBadSignaturesAndReplays() throws Exception {
        long now = Instant.now().getEpochSecond();
        String event = slackEvent("Ev0100", "D0DM2", "hello");

        assertThat(webhooks.slack(event, now, "wrong-secret").status()).isEqualTo(401);
        assertThat(webhooks.slack(event, now - 301, SLACK_SECRET).status())
                .as("older than 5 minutes")
                .isEqualTo(401);
        assertThat(api.requestWithHeaders("POST", "/webhooks/slack", "application/json", event, Map.of())
                        .status())
                .isEqualTo(401);
        assertThat(webhooks.slack("{not json", now, SLACK_SECRET).status()).isEqualTo(400);
    }

    @Test
    void wechatEchoesItsCheckAndRepliesInTheWebhookResponse() throws Exception {
        long now = Instant.now().getEpochSecond();
        Reply echo = api.request(
                "GET", "/webhooks/wechat?" + wechatQuery(now, "n1") + "&echostr=hello-echo", null, null, null);
        assertThat(echo.status()).isEqualTo(200);
        assertThat(echo.body()).isEqualTo("hello-echo");
        assertThat(api.request(
                                "GET",
                                "/webhooks/wechat?signature=bad&timestamp=" + now + "&nonce=n1&echostr=x",
                                null,
                                null,
                                null)
                        .status())
                .isEqualTo(401);

        Reply passive = webhooks.wechat(wechatText("oUser001", 6200000000000000001L, "怎么联系在线客服？"), now, "n2");
        assertThat(passive.status()).isEqualTo(200);
        assertThat(passive.body()).startsWith("<xml>").contains("<![CDATA[oUser001]]>", "<![CDATA[gh_baton]]>", "客服");
        Reply again = webhooks.wechat(wechatText("oUser001", 6200000000000000001L, "怎么联系在线客服？"), now, "n3");
        assertThat(again.body()).as("a retry of the same MsgId").isEqualTo("success");
        JsonNode sent = api.request("GET", "/api/v1/agent/deliveries?status=sent", agent(), null, null)
                .json();
        assertThat(sent.path("deliveries").findValuesAsText("chatId")).contains("oUser001");
    }

    @Test
    void anAgentsWechatReplyGoesThroughTheCustomerServiceApi() throws Exception {
        long now = Instant.now().getEpochSecond();
        webhooks.wechat(wechatText("oUser002", 6200000000000000002L, "我的币被盗了"), now, "n4");
        String ticket = api.request("GET", "/api/v1/agent/queue?priority=urgent", agent(), null, null)
                .json()
                .path("tickets")
                .get(0)
                .path("id")
                .asText();

        wechat.answer(Answer.json(200, "{\"access_token\":\"ACCESS_TOKEN_1\",\"expires_in\":7200}"));
        api.request("POST", "/api/v1/agent/tickets/" + ticket + "/claim", agent(), null, null);
        Call token = wechat.nextCall();
        assertThat(token.path()).isEqualTo("/cgi-bin/token");
        assertThat(token.queryParam("appid")).isEqualTo("wx1234567890abcdef");
        Call joined = wechat.nextCall();
        assertThat(joined.path()).isEqualTo("/cgi-bin/message/custom/send");
        assertThat(joined.queryParam("access_token")).isEqualTo("ACCESS_TOKEN_1");
        JsonNode body = JSON.readTree(joined.body());
        assertThat(body.path("touser").asText()).isEqualTo("oUser002");
        assertThat(body.path("text").path("content").asText()).contains("boss");
    }

    @Test
    void aWechatReplyNotReadyInTimeIsAcknowledgedAndSentByTheCustomerServiceApi(@TempDir Path own) throws Exception {
        try (FakePlatform slowWechat = FakePlatform.start()
                        .answer(Answer.json(200, "{\"access_token\":\"ACCESS_TOKEN_2\",\"expires_in\":7200}"))
                        .answerAlways(Answer.json(200, "{\"errcode\":0,\"errmsg\":\"ok\"}"));
                BatonTestServer impatient = BatonTestServer.start(
                        own,
                        Map.of(
                                "BATON_WECHAT_TOKEN", WECHAT_TOKEN,
                                "BATON_WECHAT_APP_ID", "wx1234567890abcdef",
                                "BATON_WECHAT_APP_SECRET", "app-secret-value",
                                "BATON_WECHAT_API_URL", slowWechat.uri().toString(),
                                // No time to wait for the turn: as if it took longer than WeChat's 5 s.
                                "BATON_WECHAT_PASSIVE_REPLY_MILLIS", "0"))) {
            PlatformWebhooks impatientWebhooks = new PlatformWebhooks(new ApiClient(impatient.baseUrl()));
            long now = Instant.now().getEpochSecond();

            Reply ack = impatientWebhooks.wechat(wechatText("oUser003", 6200000000000000009L, "怎么联系在线客服？"), now, "n9");

            assertThat(ack.status()).isEqualTo(200);
            assertThat(ack.body()).isEqualTo("success");
            assertThat(slowWechat.nextCall().path()).isEqualTo("/cgi-bin/token");
            Call pushed = slowWechat.nextCall();
            assertThat(pushed.path()).isEqualTo("/cgi-bin/message/custom/send");
            JsonNode body = JSON.readTree(pushed.body());
            assertThat(body.path("touser").asText()).isEqualTo("oUser003");
            // the answer offers follow-ups: a menu message, its items the choices' labels
            assertThat(body.path("msgtype").asText()).isEqualTo("msgmenu");
            assertThat(body.path("msgmenu").path("head_content").asText()).contains("客服");
            assertThat(body.path("msgmenu").path("list").findValuesAsText("content"))
                    .isNotEmpty();
            assertThat(slowWechat.calls()).as("sent once, by the API only").hasSize(2);
        }
    }

    @Test
    void aGenericIntegrationIsSignedBothWaysAndDeduplicated() throws Exception {
        String body = "{\"messageId\":\"m-1\",\"userId\":\"u-42\",\"text\":\"客服几点上班\",\"locale\":\"zh-CN\"}";
        String signature = GenericSignature.sign(GENERIC_SECRET, Instant.now().getEpochSecond(), body);

        Reply in = webhooks.generic(body, signature);
        assertThat(in.status()).isEqualTo(200);
        Call out = acme.nextCall();
        assertThat(out.path()).isEqualTo("/baton/callback");
        assertThat(GenericSignature.verify(
                        GENERIC_SECRET,
                        out.header(GenericSignature.HEADER),
                        out.body().getBytes(StandardCharsets.UTF_8),
                        Instant.now()))
                .isEqualTo(GenericSignature.Verdict.VALID);
        JsonNode reply = JSON.readTree(out.body());
        assertThat(reply.path("userId").asText()).isEqualTo("u-42");
        assertThat(reply.path("sender").asText()).isEqualTo("bot");
        assertThat(reply.path("text").asText()).isNotEmpty();

        assertThat(webhooks.generic(body, signature).status()).isEqualTo(200);
        String bad = "{\"messageId\":\"m-2\",\"userId\":\"u-42\"}";
        Reply missing = webhooks.generic(bad);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("text");
        assertThat(webhooks.generic(body, "t=1,v1=00").status()).isEqualTo(401);
        assertThat(api.requestWithHeaders(
                                "POST",
                                "/webhooks/generic/other",
                                "application/json",
                                body,
                                Map.of(GenericSignature.HEADER, signature))
                        .status())
                .isEqualTo(404);
        assertThat(acme.calls()).as("the repeat was not answered again").hasSize(1);
    }

    @Test
    void fieldsLongerThanTheStoreKeepsAreRefusedOrDroppedNeverA500() throws Exception {
        long now = Instant.now().getEpochSecond();
        Reply longOpenid =
                webhooks.wechat(wechatText("o" + "x".repeat(250), 6200000000000000777L, "你好"), now, "n-long");
        assertThat(longOpenid.status()).as(longOpenid.body()).isEqualTo(400);
        assertThat(longOpenid.json().path("error").path("code").asText()).isEqualTo("malformed_body");

        for (String locale : new String[] {"zh-" + "x".repeat(60), "zh" + "-abcdefgh".repeat(1500)}) {
            String body = "{\"messageId\":\"m-long\",\"userId\":\"u-long\",\"text\":\"客服几点上班\",\"locale\":\"" + locale
                    + "\"}";
            Reply longLocale = webhooks.generic(body);
            assertThat(longLocale.status()).as(longLocale.body()).isEqualTo(400);
            assertThat(longLocale.json().path("error").path("code").asText()).isEqualTo("malformed_body");
        }
    }

    private static String agent;

    static String agent() {
        if (agent == null) {
            agent = server.addAgent("boss", 2, true);
        }
        return agent;
    }
}
