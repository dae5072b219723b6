package dev.baton.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.FakePlatform;
import dev.baton.channel.generic.GenericSignature;
import dev.baton.http.ApiClient.Reply;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack, WeChat and a generic integration ("acme") calling a running Baton: the settings that point Baton at
 * stand-ins for their APIs, and webhook requests signed the way each platform signs them.
 */
final class PlatformWebhooks {

    static final String SLACK_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String WECHAT_TOKEN = "batonwechattoken";
    static final String GENERIC_SECRET = "whsec-acme-0123456789abcdef0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiClient api;

    PlatformWebhooks(ApiClient api) {
        this.api = api;
    }

    /** Baton's settings for the three platforms, each answered by its stand-in. */
    static Map<String, String> settings(FakePlatform slack, FakePlatform wechat, FakePlatform acme) {
        return Map.ofEntries(
                Map.entry("BATON_SLACK_SIGNING_SECRET", SLACK_SECRET),
                Map.entry("BATON_SLACK_BOT_TOKEN", "xoxb-test-token"),
                Map.entry("BATON_SLACK_API_URL", slack.uri().toString()),
                Map.entry("BATON_WECHAT_TOKEN", WECHAT_TOKEN),
                Map.entry("BATON_WECHAT_APP_ID", "wx1234567890abcdef"),
                Map.entry("BATON_WECHAT_APP_SECRET", "app-secret-value"),
                Map.entry("BATON_WECHAT_API_URL", wechat.uri().toString()),
                Map.entry("BATON_GENERIC_ACME_SECRET", GENERIC_SECRET),
                Map.entry("BATON_GENERIC_ACME_CALLBACK_URL", acme.uri() + "/baton/callback"));
    }

    /** {@code body} posted to the Slack webhook, signed now with the signing secret. */
    Reply slack(String body) {
        return slack(body, Instant.now().getEpochSecond(), SLACK_SECRET);
    }

    /** {@code body} posted to the Slack webhook, signed with {@code secret} as if at {@code timestamp}. */
    Reply slack(String body, long timestamp, String secret) {
        return api.requestWithHeaders(
                "POST",
                "/webhooks/slack",
                "application/json",
                body,
                Map.of(
                        "X-Slack-Request-Timestamp",
                        String.valueOf(timestamp),
                        "X-Slack-Signature",
                        "v0=" + hmac(secret, "v0:" + timestamp + ":" + body)));
    }

    /** {@code xml} posted to the WeChat webhook, signed with the token at {@code timestamp} with {@code nonce}. */
    Reply wechat(String xml, long timestamp, String nonce) {
        return api.requestWithHeaders(
                "POST", "/webhooks/wechat?" + wechatQuery(timestamp, nonce), "text/xml", xml, Map.of());
    }

    /** {@code body} posted to acme's webhook, signed now with acme's secret. */
    Reply generic(String body) {
        return generic(body, GenericSignature.sign(GENERIC_SECRET, Instant.now().getEpochSecond(), body));
    }

    /** {@code body} posted to acme's webhook with {@code signature} as its signature header. */
    Reply generic(String body, String signature) {
        return api.requestWithHeaders(
                "POST", "/webhooks/generic/acme", "application/json", body, Map.of(GenericSignature.HEADER, signature));
    }

    static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** A direct message to the bot as Slack's Events API sends it. */
    static String slackEvent(String eventId, String channel, String text) {
        return "{\"type\":\"event_callback\",\"event_id\":\"" + eventId + "\",\"event\":{\"type\":\"message\","
                + "\"user\":\"U0123\",\"channel\":\"" + channel + "\",\"ts\":\"1764115200.000100\",\"text\":"
                + JSON.valueToTree(text) + "}}";
    }

    /** The query string WeChat signs its calls with: the token, timestamp and nonce, sorted and hashed. */
    static String wechatQuery(long timestamp, String nonce) {
        String[] parts = {WECHAT_TOKEN, String.valueOf(timestamp), nonce};
        Arrays.sort(parts);
        try {
            String signature = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-1")
                            .digest(String.join("", parts).getBytes(StandardCharsets.UTF_8)));
            return "signature=" + signature + "&timestamp=" + timestamp + "&nonce=" + nonce;
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** A text message from {@code openid} as WeChat posts it. */
    static String wechatText(String openid, long msgId, String text) {
        return "<xml><ToUserName><![CDATA[gh_baton]]></ToUserName><FromUserName><![CDATA[" + openid
                + "]]></FromUserName><CreateTime>" + Instant.now().getEpochSecond() + "</CreateTime><MsgType>"
                + "<![CDATA[text]]></MsgType><Content><![CDATA[" + text + "]]></Content><MsgId>" + msgId
                + "</MsgId></xml>";
    }
}
