package dev.baton.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.channel.InboundMessage;
import dev.baton.channel.Received;
import dev.baton.channel.WebhookException;
import dev.baton.channel.WebhookRequest;
import dev.baton.channel.WebhookResponse;
import dev.baton.config.ChannelsConfig;
import dev.baton.config.ConfigLoader;
import dev.baton.testing.HandClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WechatReceiveTest {

    static final String TOKEN = "baton-token";
    static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);
    static final String OPENID = "oWx3J5bYQ1nCkz-Xq8ZkT2a9VbcD";

    private final HandClock clock = new HandClock(NOW);
    private final WechatChannel channel = new WechatChannel(
            config(null, null, URI.create("http://127.0.0.1:1")),
            HttpClient.newHttpClient(),
            Duration.ofSeconds(1),
            clock);

    /** The WeChat settings as the server reads them from its environment: {@link #TOKEN} and the defaults. */
    static ChannelsConfig.Wechat config(String appId, String appSecret, URI apiUrl) {
        Map<String, String> env =
                new HashMap<>(Map.of("BATON_WECHAT_TOKEN", TOKEN, "BATON_WECHAT_API_URL", apiUrl.toString()));
        if (appId != null) {
            env.put("BATON_WECHAT_APP_ID", appId);
            env.put("BATON_WECHAT_APP_SECRET", appSecret);
        }
        return ConfigLoader.load(Optional.empty(), env).channels().wechat().orElseThrow();
    }

    @Test
    void theSignatureIsTheSha1OfTheSortedTokenTimestampAndNonce() {
        assertThat(WechatSignature.sign(TOKEN, "1700000000", "8273651"))
                .isEqualTo("e39875ce8560d9bc3bcbb20c5f6caadc794a4952");
    }

    @Test
    void theUrlCheckIsAnsweredWithTheEchostrAsPlainText() {
        Map<String, String> query = signed(NOW.getEpochSecond(), "8273651");
        query.put("echostr", "5838479218127813673");

        Received received = channel.receive(request("GET", query, ""));

        assertThat(received)
                .isEqualTo(new Received.Handshake(
                        new WebhookResponse(200, "text/plain; charset=utf-8", "5838479218127813673")));
    }

    @Test
    void aUrlCheckWithoutEchostrIsMalformed() {
        assertRefused(() -> channel.receive(request("GET", signed(NOW.getEpochSecond(), "1"), "")), 400);
    }

    @Test
    void aWrongSignatureIsRefused() {
        Map<String, String> query = signed(NOW.getEpochSecond(), "8273651");
        query.put("signature", WechatSignature.sign("another-token", query.get("timestamp"), "8273651"));
        query.put("echostr", "x");

        assertRefused(() -> channel.receive(request("GET", query, "")), 401);
    }

    @Test
    void aSignatureOverAnotherNonceIsRefused() {
        Map<String, String> query = signed(NOW.getEpochSecond(), "8273651");
        query.put("nonce", "8273652");

        assertRefused(() -> channel.receive(request("POST", query, text("hi", "1"))), 401);
    }

    @Test
    void aMissingSignatureTimestampOrNonceIsRefused() {
        for (String missing : List.of("signature", "timestamp", "nonce")) {
            Map<String, String> query = signed(NOW.getEpochSecond(), "8273651");
            query.remove(missing);
            query.put("echostr", "x");
            assertRefused(() -> channel.receive(request("GET", query, "")), 401);
        }
    }

    @Test
    void aTimestampMoreThanFiveMinutesOffIsRefusedEitherWay() {
        assertRefused(
                () -> channel.receive(request("POST", signed(NOW.getEpochSecond() - 301, "n"), text("hi", "1"))), 401);
        assertRefused(
                () -> channel.receive(request("POST", signed(NOW.getEpochSecond() + 301, "n"), text("hi", "1"))), 401);
    }

    @Test
    void aTimestampWithinFiveMinutesIsAccepted() {
        Received received = channel.receive(request("POST", signed(NOW.getEpochSecond() - 300, "n"), text("hi", "1")));

        assertThat(((Received.Messages) received).messages()).hasSize(1);
    }

    @Test
    void theSignatureIsCheckedBeforeTheBodyIsRead() {
        Map<String, String> query = signed(NOW.getEpochSecond(), "n");
        query.put("signature", "0".repeat(40));

        assertRefused(() -> channel.receive(request("POST", query, "<not xml")), 401);
    }

    @Test
    void aTextMessageBecomesAnInboundMessageFromTheOpenid() {
        Received received = receive(text("充值没到账 ]]> & <b>", "1234567890123456"));

        assertThat(received)
                .isEqualTo(new Received.Messages(List.of(
                        new InboundMessage("wechat", "1234567890123456", OPENID, null, "充值没到账 ]]> & <b>", null))));
    }

    @Test
    void aTappedMenuItemIsReadAsItsLabelTypedByTheUser() {
        // A menu message's item sends its text back with the item's id in <bizmsgmenuid>.
        String tapped =
                text("Deposit missing", "1234567890123458").replace("</xml>", "<bizmsgmenuid>2</bizmsgmenuid></xml>");

        assertThat(receive(tapped))
                .isEqualTo(new Received.Messages(List.of(
                        new InboundMessage("wechat", "1234567890123458", OPENID, null, "Deposit missing", null))));
        assertThat(new WechatXml()
                        .parse(tapped.getBytes(StandardCharsets.UTF_8))
                        .menuItemId())
                .isEqualTo("2");
    }

    @Test
    void aTappedMenuItemWithoutItsTextIsReadAsItsNumber() {
        String tapped = text("", "1234567890123459").replace("</xml>", "<bizmsgmenuid> 2 </bizmsgmenuid></xml>");

        assertThat(((Received.Messages) receive(tapped)).messages())
                .extracting(InboundMessage::text)
                .containsExactly("2");
    }

    @Test
    void aSubscribeEventBecomesStart() {
        Received received = receive(event("subscribe"));

        assertThat(received)
                .isEqualTo(new Received.Messages(List.of(
                        new InboundMessage("wechat", OPENID + "1348831860", OPENID, null, "/start", "/start"))));
    }

    @Test
    void otherEventsAndMessageTypesAreIgnored() {
        assertThat(receive(event("unsubscribe"))).isEqualTo(new Received.Messages(List.of()));
        assertThat(receive(event("CLICK"))).isEqualTo(new Received.Messages(List.of()));
        assertThat(receive("""
                <xml><ToUserName><![CDATA[gh_0a1b2c3d4e5f]]></ToUserName>
                <FromUserName><![CDATA[%s]]></FromUserName><CreateTime>1348831860</CreateTime>
                <MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://mmbiz.qpic.cn/x]]></PicUrl>
                <MediaId><![CDATA[media_id]]></MediaId><MsgId>1234567890123457</MsgId></xml>
                """.formatted(OPENID))).isEqualTo(new Received.Messages(List.of()));
    }

    @Test
    void everyWebhookCallIsAcknowledgedWithSuccess() {
        assertThat(channel.acknowledge(new Received.Messages(List.of())))
                .isEqualTo(new WebhookResponse(200, "text/plain; charset=utf-8", "success"));
    }

    @Test
    void unreadableBodiesAreMalformed() {
        for (String body : List.of(
                "",
                "<xml><ToUserName>",
                "{\"json\":true}",
                "<other/>",
                "<xml><FromUserName>o</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType></xml>",
                "<xml><ToUserName>gh</ToUserName><FromUserName>o</FromUserName><CreateTime>soon</CreateTime>"
                        + "<MsgType>text</MsgType><Content>hi</Content><MsgId>1</MsgId></xml>")) {
            assertRefused(() -> receive(body), 400);
        }
    }

    @Test
    void deeplyNestedElementsAreMalformedNotAStackOverflow() {
        for (int depth : new int[] {50, 30_000}) {
            String body =
                    text("hi", "1").replace(WechatXml.cdata("hi"), "<a>".repeat(depth) + "x" + "</a>".repeat(depth));
            assertRefused(() -> receive(body), 400);
        }
    }

    @Test
    void aTextMessageWithoutMsgIdOrContentIsMalformed() {
        assertRefused(() -> receive(text("hi", "1").replace("<MsgId>1</MsgId>", "")), 400);
        assertRefused(() -> receive(text("hi", "1").replaceAll("<Content>.*</Content>", "")), 400);
    }

    @Test
    void anEncryptedMessageIsRefusedWithAHintAboutPlainTextMode() {
        String body = "<xml><ToUserName><![CDATA[gh_0a1b2c3d4e5f]]></ToUserName>"
                + "<Encrypt><![CDATA[kq0yK2Zd4rAqE1m...]]></Encrypt></xml>";

        assertThatThrownBy(() -> receive(body)).isInstanceOfSatisfying(WebhookException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).contains("plain text");
        });
    }

    @Test
    void otherMethodsAreRefused() {
        assertRefused(() -> channel.receive(request("PUT", signed(NOW.getEpochSecond(), "n"), text("hi", "1"))), 400);
    }

    Received receive(String body) {
        return channel.receive(request("POST", signed(NOW.getEpochSecond(), "8273651"), body));
    }

    static Map<String, String> signed(long timestamp, String nonce) {
        Map<String, String> query = new HashMap<>();
        query.put("timestamp", Long.toString(timestamp));
        query.put("nonce", nonce);
        query.put("signature", WechatSignature.sign(TOKEN, Long.toString(timestamp), nonce));
        return query;
    }

    static WebhookRequest request(String method, Map<String, String> query, String body) {
        return new WebhookRequest(
                method, Map.of("content-type", "text/xml"), query, body.getBytes(StandardCharsets.UTF_8), null, NOW);
    }

    static String text(String content, String msgId) {
        return """
                <xml><ToUserName><![CDATA[gh_0a1b2c3d4e5f]]></ToUserName>
                <FromUserName><![CDATA[%s]]></FromUserName>
                <CreateTime>1348831860</CreateTime>
                <MsgType><![CDATA[text]]></MsgType>
                <Content>%s</Content>
                <MsgId>%s</MsgId>
                </xml>""".formatted(OPENID, WechatXml.cdata(content), msgId);
    }

    static String event(String event) {
        return """
                <xml><ToUserName><![CDATA[gh_0a1b2c3d4e5f]]></ToUserName>
                <FromUserName><![CDATA[%s]]></FromUserName>
                <CreateTime>1348831860</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[%s]]></Event>
                </xml>""".formatted(OPENID, event);
    }

    static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, int status) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        WebhookException.class, e -> assertThat(e.status()).isEqualTo(status));
    }
}
