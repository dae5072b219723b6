package dev.baton.http;

import static dev.baton.http.PlatformWebhooks.WECHAT_TOKEN;
import static dev.baton.http.PlatformWebhooks.wechatQuery;
import static dev.baton.http.PlatformWebhooks.wechatText;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.FakePlatform;
import dev.baton.channel.FakePlatform.Answer;
import dev.baton.channel.FakePlatform.Call;
import dev.baton.http.ApiClient.Reply;
import dev.baton.testing.IntegrationTest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A WeChat Official Account in safe mode through a real server and the loopback stand-in for WeChat's API:
 * encrypted messages in, encrypted passive replies out, and quick replies by the API as a menu message that
 * the user taps.
 */
@IntegrationTest
class WechatSafeModeEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    static FakePlatform wechat;
    static BatonTestServer server;
    static ApiClient api;
    static SafeModeWechat safe;

    @BeforeAll
    static void start() {
        wechat = FakePlatform.start().answerAlways(Answer.json(200, "{\"errcode\":0,\"errmsg\":\"ok\"}"));
        server = BatonTestServer.start(
                data,
                Map.of(
                        "BATON_WECHAT_TOKEN",
                        WECHAT_TOKEN,
                        "BATON_WECHAT_ENCODING_AES_KEY",
                        SafeModeWechat.KEY,
                        "BATON_WECHAT_APP_ID",
                        SafeModeWechat.APP_ID,
                        "BATON_WECHAT_APP_SECRET",
                        "app-secret-value",
                        "BATON_WECHAT_API_URL",
                        wechat.uri().toString()));
        api = new ApiClient(server.baseUrl());
        safe = new SafeModeWechat(api);
    }

    @AfterAll
    static void stop() {
        server.close();
        wechat.close();
    }

    @Test
    void theUrlCheckIsAnsweredPlainOrDecrypted() {
        long now = Instant.now().getEpochSecond();
        Reply plain =
                api.request("GET", "/webhooks/wechat?" + wechatQuery(now, "n1") + "&echostr=e-123", null, null, null);
        assertThat(plain.body()).isEqualTo("e-123");

        Reply encrypted = safe.check("4075181314397890557");
        assertThat(encrypted.status()).isEqualTo(200);
        assertThat(encrypted.body()).isEqualTo("4075181314397890557");
    }

    @Test
    void anEncryptedMessageGetsAnEncryptedPassiveReply() {
        Reply reply = safe.post(wechatText("oSafe001", 6400000000000000001L, "怎么联系在线客服？"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).startsWith("<xml><Encrypt>").doesNotContain("客服");
        String inner = SafeModeWechat.open(reply);
        assertThat(SafeModeWechat.field(inner, "ToUserName")).isEqualTo("oSafe001");
        assertThat(SafeModeWechat.field(inner, "FromUserName")).isEqualTo("gh_baton");
        assertThat(SafeModeWechat.field(inner, "MsgType")).isEqualTo("text");
        assertThat(SafeModeWechat.field(inner, "Content")).contains("客服");

        Reply again = safe.post(wechatText("oSafe001", 6400000000000000001L, "怎么联系在线客服？"));
        assertThat(again.body()).as("WeChat's retry of the same MsgId").isEqualTo("success");
    }

    @Test
    void forgedAndUndecryptableMessagesAreRefusedAndNothingIsTakenIn() throws Exception {
        String message = wechatText("oSafe002", 6400000000000000002L, "怎么联系在线客服？");

        Reply forged = safe.postEncrypted(safe.encrypt(message, SafeModeWechat.APP_ID), "not-the-token");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.json().path("error").path("code").asText()).isEqualTo("invalid_signature");
        Reply otherApp = safe.postEncrypted(safe.encrypt(message, "wx0000000000000000"), WECHAT_TOKEN);
        assertThat(otherApp.status()).isEqualTo(401);
        assertThat(otherApp.json().path("error").path("message").asText()).contains("AppId");
        Reply garbled = safe.postEncrypted("bm90IGEgbWVzc2FnZSBmb3IgYmF0b24gYXQgYWxsLCBubyBzaXIhIQ==", WECHAT_TOKEN);
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.json().path("error").path("code").asText()).isEqualTo("malformed_body");
        Reply plain = api.requestWithHeaders(
                "POST",
                "/webhooks/wechat?" + wechatQuery(Instant.now().getEpochSecond(), "n2") + "&msg_signature=0",
                "text/xml",
                message,
                Map.of());
        assertThat(plain.status()).isEqualTo(400);
        assertThat(plain.json().path("error").path("message").asText()).contains("安全模式");

        Reply genuine = safe.post(message);
        assertThat(answered(genuine))
                .as("the refused calls stored nothing: the same MsgId is new")
                .contains("客服");
    }

    @Test
    void theRatingQuestionGoesAsAMenuAndATapOnItRates() throws Exception {
        safe.post(wechatText("oSafe003", 6400000000000000003L, "我的币被盗了"));
        String agent = server.addAgent("boss", 2, true);
        String ticket = api.request("GET", "/api/v1/agent/queue?priority=urgent", agent, null, null)
                .json()
                .path("tickets")
                .get(0)
                .path("id")
                .asText();

        wechat.answer(Answer.json(200, "{\"access_token\":\"ACCESS_TOKEN_S\",\"expires_in\":7200}"));
        api.request("POST", "/api/v1/agent/tickets/" + ticket + "/claim", agent, null, null);
        assertThat(wechat.nextCall().path()).isEqualTo("/cgi-bin/token");
        JsonNode joined = JSON.readTree(wechat.nextCall().body());
        assertThat(joined.path("msgtype").asText())
                .as("the API's JSON is not encrypted")
                .isEqualTo("text");
        assertThat(joined.path("text").path("content").asText()).contains("boss");

        api.request("POST", "/api/v1/agent/tickets/" + ticket + "/resolve", agent, null, null);
        Call rating = wechat.nextCall();
        assertThat(rating.path()).isEqualTo("/cgi-bin/message/custom/send");
        JsonNode menu = JSON.readTree(rating.body());
        assertThat(menu.path("touser").asText()).isEqualTo("oSafe003");
        assertThat(menu.path("msgtype").asText()).isEqualTo("msgmenu");
        assertThat(menu.path("msgmenu").path("head_content").asText()).contains("1（很差）到 5（很好）");
        assertThat(menu.path("msgmenu").path("list").findValuesAsText("content"))
                .containsExactly("1 ★", "2 ★", "3 ★", "4 ★", "5 ★");
        JsonNode five = menu.path("msgmenu").path("list").get(4);

        // The user taps "5 ★": WeChat sends the item's text with the item's id.
        Reply thanks = safe.post(wechatText(
                        "oSafe003", 6400000000000000004L, five.path("content").asText())
                .replace("</xml>", "<bizmsgmenuid>" + five.path("id").asText() + "</bizmsgmenuid></xml>"));

        assertThat(answered(thanks)).contains("谢谢你的评分");
    }

    /**
     * Baton's answer to a call: in the encrypted passive reply, or, when the turn took longer than the passive
     * window (a busy machine), in the customer-service message sent after it.
     */
    private String answered(Reply reply) throws Exception {
        if (!"success".equals(reply.body())) {
            return SafeModeWechat.field(SafeModeWechat.open(reply), "Content");
        }
        JsonNode pushed = JSON.readTree(wechat.nextCall().body());
        return pushed.path("text").path("content").asText()
                + pushed.path("msgmenu").path("head_content").asText();
    }
}
