package dev.baton.channel.wechat;

import static dev.baton.channel.wechat.WechatReceiveTest.assertRefused;
import static dev.baton.channel.wechat.WechatReceiveTest.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.channel.Delivery;
import dev.baton.channel.InboundMessage;
import dev.baton.channel.Received;
import dev.baton.channel.WebhookException;
import dev.baton.channel.WebhookResponse;
import dev.baton.channel.wechat.WechatVectors.Compatible;
import dev.baton.channel.wechat.WechatVectors.Official;
import dev.baton.channel.wechat.WechatVectors.Repeating;
import dev.baton.channel.wechat.WechatVectors.Work;
import dev.baton.decision.QuickReply;
import dev.baton.testing.HandClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Safe mode through the channel: WeChat's published messages in (see {@link WechatVectors}), the URL check with
 * an encrypted {@code echostr}, encrypted passive replies out, and everything a forger could try refused.
 */
class WechatSafeModeTest {

    private static final URI NOWHERE = URI.create("http://127.0.0.1:1");

    private final HandClock clock = new HandClock(Instant.ofEpochSecond(Long.parseLong(Compatible.TIMESTAMP)));
    private final WechatChannel compatible = channel(Compatible.TOKEN, Compatible.KEY, Compatible.APP_ID);

    @Test
    void thePublishedCompatibleModeMessageIsReadFromItsEncryptedCopy() {
        Received received = compatible.receive(request("POST", compatibleQuery(), Compatible.BODY));

        assertThat(received)
                .isEqualTo(new Received.Messages(List.of(new InboundMessage(
                        "wechat", "6054768590064713728", "oyORnuP8q7ou2gfYjqLzSIWZf0rs", null, "abcdteT", null))));
    }

    @Test
    void inCompatibleModeThePlainFieldsAreNotTrusted() {
        // The plain copy is not signed: a forger could change it and keep the signature.
        String forged = Compatible.BODY.replace("abcdteT", "send my coins to x").replace("oyORnu", "oATTAC");

        Received received = compatible.receive(request("POST", compatibleQuery(), forged));

        InboundMessage message = ((Received.Messages) received).messages().get(0);
        assertThat(message.text()).isEqualTo("abcdteT");
        assertThat(message.chatId()).isEqualTo("oyORnuP8q7ou2gfYjqLzSIWZf0rs");
    }

    @Test
    void aMessageWithOnlyTheEncryptedCopyIsRead() {
        String safe = "<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName><Encrypt><![CDATA[" + Compatible.ENCRYPT
                + "]]></Encrypt></xml>";

        Received received = compatible.receive(request("POST", compatibleQuery(), safe));

        assertThat(((Received.Messages) received).messages())
                .extracting(InboundMessage::text)
                .containsExactly("abcdteT");
    }

    @Test
    void aWrongOrMissingMsgSignatureIsRefused() {
        Map<String, String> wrong = compatibleQuery();
        wrong.put(
                "msg_signature",
                WechatSignature.sign("another-token", Compatible.TIMESTAMP, Compatible.NONCE, Compatible.ENCRYPT));
        assertRefused(() -> compatible.receive(request("POST", wrong, Compatible.BODY)), 401);

        Map<String, String> missing = compatibleQuery();
        missing.remove("msg_signature");
        assertRefused(() -> compatible.receive(request("POST", missing, Compatible.BODY)), 401);
    }

    @Test
    void aSignatureOverAnotherEncryptIsRefused() {
        String tampered = Compatible.BODY.replace("hyzAe4", "hyzAe5");

        assertRefused(() -> compatible.receive(request("POST", compatibleQuery(), tampered)), 401);
    }

    @Test
    void aTamperedEncryptSignedAnewStillCannotBeDecrypted() {
        // Only someone with the token could sign it; even so, the key is needed to make it decrypt.
        byte[] sealed = java.util.Base64.getDecoder().decode(Compatible.ENCRYPT);
        sealed[0] ^= (byte) 0x80; // in CBC, the first block's bit flips the same bit of the length
        String encrypt = java.util.Base64.getEncoder().encodeToString(sealed);
        Map<String, String> query = compatibleQuery();
        query.put(
                "msg_signature",
                WechatSignature.sign(Compatible.TOKEN, Compatible.TIMESTAMP, Compatible.NONCE, encrypt));

        assertThatThrownBy(() -> compatible.receive(
                        request("POST", query, Compatible.BODY.replace(Compatible.ENCRYPT, encrypt))))
                .isInstanceOfSatisfying(WebhookException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("cannot be decrypted");
                });
    }

    @Test
    void aDoctypeIsRefusedInTheEnvelopeAndInTheDecryptedMessageAlike() {
        String evil = "<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + WechatReceiveTest.text("&x;", "1").replace("<![CDATA[&x;]]>", "&x;");
        String encrypt = new WechatCrypto(Compatible.KEY, Compatible.APP_ID).encrypt(Official.RANDOM, evil);
        Map<String, String> query = compatibleQuery();
        query.put(
                "msg_signature",
                WechatSignature.sign(Compatible.TOKEN, Compatible.TIMESTAMP, Compatible.NONCE, encrypt));
        String envelope = "<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt></xml>";

        assertRefused(() -> compatible.receive(request("POST", query, envelope)), 400);
        assertRefused(
                () -> compatible.receive(
                        request("POST", compatibleQuery(), "<!DOCTYPE xml [<!ENTITY x \"y\">]>" + Compatible.BODY)),
                400);
    }

    @Test
    void aMessageForAnotherAppIdIsRefused() {
        WechatChannel other = channel(Compatible.TOKEN, Compatible.KEY, "wx0000000000000000");

        assertThatThrownBy(() -> other.receive(request("POST", compatibleQuery(), Compatible.BODY)))
                .isInstanceOfSatisfying(WebhookException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.getMessage()).contains("AppId");
                });
    }

    @Test
    void aStaleTimestampIsRefusedThoughSigned() {
        clock.advance(Duration.ofMinutes(6));

        assertRefused(() -> compatible.receive(request("POST", compatibleQuery(), Compatible.BODY)), 401);
    }

    @Test
    void aPlainMessageIsRefusedWithAHintAboutTheEncryptionMode() {
        Map<String, String> query = compatibleQuery();
        query.put("msg_signature", WechatSignature.sign(Compatible.TOKEN, Compatible.TIMESTAMP, Compatible.NONCE));

        assertThatThrownBy(() -> compatible.receive(request("POST", query, WechatReceiveTest.text("hi", "1"))))
                .isInstanceOfSatisfying(WebhookException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("安全模式").contains("兼容模式");
                });
    }

    @Test
    void anEncryptTypeOtherThanAesIsMalformed() {
        Map<String, String> query = compatibleQuery();
        query.put("encrypt_type", "rsa");

        assertRefused(() -> compatible.receive(request("POST", query, Compatible.BODY)), 400);
    }

    @Test
    void anEncryptedEchostrIsCheckedAndAnsweredDecrypted() {
        clock.advance(Duration.between(clock.instant(), Instant.ofEpochSecond(Long.parseLong(Work.ECHO_TIMESTAMP))));
        WechatChannel work = channel(Work.TOKEN, Work.KEY, Work.APP_ID);
        Map<String, String> query = new HashMap<>(Map.of(
                "msg_signature", Work.ECHO_SIGNATURE,
                "timestamp", Work.ECHO_TIMESTAMP,
                "nonce", Work.ECHO_NONCE,
                "echostr", Work.ECHOSTR));

        assertThat(work.receive(request("GET", query, "")))
                .isEqualTo(new Received.Handshake(WebhookResponse.text(Work.ECHO)));

        // a '+' sent unescaped arrives as a space
        query.put("echostr", Work.ECHOSTR.replace('+', ' '));
        assertThat(work.receive(request("GET", query, "")))
                .isEqualTo(new Received.Handshake(WebhookResponse.text(Work.ECHO)));

        query.put("echostr", Work.ECHOSTR.replace("P9nA", "P9nB"));
        assertRefused(() -> work.receive(request("GET", query, "")), 401);
        query.remove("echostr");
        assertRefused(() -> work.receive(request("GET", query, "")), 400);
    }

    @Test
    void aPlainUrlCheckIsStillEchoed() {
        Map<String, String> query = new HashMap<>(Map.of(
                "signature",
                WechatSignature.sign(Compatible.TOKEN, Compatible.TIMESTAMP, Compatible.NONCE),
                "timestamp",
                Compatible.TIMESTAMP,
                "nonce",
                Compatible.NONCE,
                "echostr",
                "5838479218127813673"));

        assertThat(compatible.receive(request("GET", query, "")))
                .isEqualTo(new Received.Handshake(WebhookResponse.text("5838479218127813673")));
    }

    @Test
    void passiveRepliesAreEncryptedAndSigned() {
        byte[] random = Official.RANDOM;
        WechatChannel channel = new WechatChannel(
                WechatVectors.config(Official.TOKEN, Official.KEY, Official.APP_ID, null, NOWHERE),
                HttpClient.newHttpClient(),
                Duration.ofSeconds(1),
                clock,
                new Repeating(random));
        InboundMessage inbound = new InboundMessage("wechat", "1", "oUser", null, "怎么提现？", null);
        Delivery reply = new Delivery(
                7,
                "wechat",
                "oUser",
                "c-1",
                2,
                "bot",
                "请选择：",
                List.of(new QuickReply("withdraw", "提现到账"), new QuickReply("human-request", "人工客服")));

        WebhookResponse response = channel.passiveReply(inbound, reply);

        assertThat(response.contentType()).startsWith("application/xml");
        Map<String, String> envelope = fields(response.body());
        assertThat(envelope).containsOnlyKeys("Encrypt", "MsgSignature", "TimeStamp", "Nonce");
        assertThat(envelope.get("TimeStamp")).isEqualTo(Compatible.TIMESTAMP);
        assertThat(envelope.get("MsgSignature"))
                .isEqualTo(WechatSignature.sign(
                        Official.TOKEN, envelope.get("TimeStamp"), envelope.get("Nonce"), envelope.get("Encrypt")));
        String inner = WechatXml.textReply("oUser", "", clock.instant().getEpochSecond(), "请选择：\n\n1. 提现到账\n2. 人工客服");
        assertThat(envelope.get("Encrypt"))
                .isEqualTo(new WechatCrypto(Official.KEY, Official.APP_ID).encrypt(random, inner));
        assertThat(new String(
                        new WechatCrypto(Official.KEY, Official.APP_ID).decrypt(envelope.get("Encrypt")),
                        StandardCharsets.UTF_8))
                .isEqualTo(inner);
    }

    @Test
    void eachEncryptedReplyHasItsOwnNonceAndFirstBlock() {
        WechatChannel channel = channel(Official.TOKEN, Official.KEY, Official.APP_ID);
        InboundMessage inbound = new InboundMessage("wechat", "1", "oUser", null, "hi", null);
        Delivery reply = new Delivery(7, "wechat", "oUser", "c-1", 2, "bot", "您好", List.of());

        Map<String, String> one = fields(channel.passiveReply(inbound, reply).body());
        Map<String, String> two = fields(channel.passiveReply(inbound, reply).body());

        assertThat(one.get("Encrypt")).isNotEqualTo(two.get("Encrypt"));
        assertThat(one.get("Nonce")).isNotEqualTo(two.get("Nonce"));
    }

    private WechatChannel channel(String token, String key, String appId) {
        return new WechatChannel(
                WechatVectors.config(token, key, appId, null, NOWHERE),
                HttpClient.newHttpClient(),
                Duration.ofSeconds(1),
                clock);
    }

    private static Map<String, String> compatibleQuery() {
        return new HashMap<>(Map.of(
                "signature",
                WechatSignature.sign(Compatible.TOKEN, Compatible.TIMESTAMP, Compatible.NONCE),
                "timestamp",
                Compatible.TIMESTAMP,
                "nonce",
                Compatible.NONCE,
                "openid",
                "oyORnuP8q7ou2gfYjqLzSIWZf0rs",
                "encrypt_type",
                "aes",
                "msg_signature",
                Compatible.MSG_SIGNATURE));
    }

    /** The envelope's fields: each one CDATA section or plain text. */
    private static Map<String, String> fields(String xml) {
        Map<String, String> out = new HashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<(\\w+)>(?:<!\\[CDATA\\[(.*?)]]>|([^<]*))</\\1>")
                .matcher(xml.substring("<xml>".length(), xml.length() - "</xml>".length()));
        while (m.find()) {
            out.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        return out;
    }
}
