package dev.baton.channel.wechat;

import static dev.baton.channel.wechat.WechatReceiveTest.NOW;
import static dev.baton.channel.wechat.WechatReceiveTest.OPENID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.channel.Delivery;
import dev.baton.channel.InboundMessage;
import dev.baton.channel.Received;
import dev.baton.channel.WebhookResponse;
import dev.baton.decision.QuickReply;
import dev.baton.testing.HandClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WechatPassiveReplyTest {

    private final HandClock clock = new HandClock(NOW);
    private final WechatChannel channel = new WechatChannel(
            WechatReceiveTest.config(null, null, URI.create("http://127.0.0.1:1")),
            HttpClient.newHttpClient(),
            Duration.ofSeconds(1),
            clock);

    @Test
    void repliesWithinFourAndAHalfSecondsGoInTheWebhooksAnswer() {
        assertThat(channel.passiveReplyWindow()).isEqualTo(Optional.of(Duration.ofMillis(4500)));
    }

    @Test
    void thePassiveReplyIsATextMessageFromTheAccountTheUserWroteTo() {
        InboundMessage inbound = receive();
        clock.advance(Duration.ofSeconds(2));

        WebhookResponse response = channel.passiveReply(inbound, reply("请提供交易哈希。", List.of()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/xml");
        assertThat(response.body())
                .isEqualTo("<xml><ToUserName><![CDATA[" + OPENID + "]]></ToUserName>"
                        + "<FromUserName><![CDATA[gh_0a1b2c3d4e5f]]></FromUserName>"
                        + "<CreateTime>" + (NOW.getEpochSecond() + 2) + "</CreateTime>"
                        + "<MsgType><![CDATA[text]]></MsgType>"
                        + "<Content><![CDATA[请提供交易哈希。]]></Content></xml>");
    }

    @Test
    void quickRepliesAreANumberedListUnderTheText() {
        WebhookResponse response = channel.passiveReply(
                receive(),
                reply(
                        "Which one?",
                        List.of(
                                new QuickReply("deposit", "Deposit missing"),
                                new QuickReply("kyc", "Verify identity"))));

        assertThat(parse(response).content()).isEqualTo("Which one?\n\n1. Deposit missing\n2. Verify identity");
    }

    @Test
    void cdataTerminatorsInTheTextSurviveTheRoundTrip() {
        String text = "a]]>b <c> & ]]]]> d";

        WebhookResponse response = channel.passiveReply(receive(), reply(text, List.of()));

        assertThat(response.body()).contains("a]]]]><![CDATA[>b");
        assertThat(parse(response).content()).isEqualTo(text);
    }

    @Test
    void charactersXmlCannotCarryAreDropped() {
        WebhookResponse response = channel.passiveReply(receive(), reply("ok\u0000\u0008 \uD800 fine 😀", List.of()));

        assertThat(parse(response).content()).isEqualTo("ok  fine 😀");
    }

    @Test
    void aUserNotSeenRecentlyGetsAnEmptySender() {
        InboundMessage stranger = new InboundMessage("wechat", "1", "oUnknownOpenid", null, "hi", null);

        String body = channel.passiveReply(stranger, reply("hello", List.of())).body();

        assertThat(body)
                .contains("<ToUserName><![CDATA[oUnknownOpenid]]></ToUserName>")
                .contains("<FromUserName><![CDATA[]]></FromUserName>");
    }

    private InboundMessage receive() {
        Received received = channel.receive(WechatReceiveTest.request(
                "POST", WechatReceiveTest.signed(NOW.getEpochSecond(), "n"), WechatReceiveTest.text("hi", "42")));
        return ((Received.Messages) received).messages().get(0);
    }

    private static Delivery reply(String text, List<QuickReply> quickReplies) {
        return new Delivery(7, "wechat", OPENID, "c-1", 2, "bot", text, quickReplies);
    }

    private static WechatMessage parse(WebhookResponse response) {
        return new WechatXml().parse(response.body().getBytes(StandardCharsets.UTF_8));
    }
}
