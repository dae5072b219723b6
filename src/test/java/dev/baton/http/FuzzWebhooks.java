package dev.baton.http;

import dev.baton.channel.generic.GenericSignature;
import dev.baton.http.FuzzProbes.Fixture;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Fuzz requests to the platforms' webhooks: Telegram updates, Slack events, WeChat messages and generic
 * ones, mostly signed as the platform signs them, sometimes with a wrong or stale signature or none.
 */
final class FuzzWebhooks {

    private final Fixture fixture;
    private final Hostile hostile;
    private final Random random;
    private final FuzzRequestParts parts;

    FuzzWebhooks(Fixture fixture, Hostile hostile, Random random, FuzzRequestParts parts) {
        this.fixture = fixture;
        this.hostile = hostile;
        this.random = random;
        this.parts = parts;
    }

    FuzzProbe telegram() {
        String body = hostile.chance(70) ? telegramUpdate() : hostile.object(List.of("update_id", "message"));
        Map<String, String> headers = parts.jsonHeaders(null);
        if (hostile.chance(80)) {
            headers.put(
                    "X-Telegram-Bot-Api-Secret-Token",
                    hostile.chance(85)
                            ? fixture.telegramSecret()
                            : hostile.pick(List.of("", "wrong", fixture.telegramSecret() + "x")));
        }
        return FuzzProbe.http(
                "webhook-telegram",
                parts.method("POST"),
                "/webhooks/telegram" + parts.query(),
                headers,
                hostile.utf8(body));
    }

    private String telegramUpdate() {
        String chatId = hostile.chance(70) ? String.valueOf(random.nextInt(20)) : hostile.jsonValue();
        return "{\"update_id\":"
                + (hostile.chance(80) ? String.valueOf(random.nextInt(1_000_000)) : hostile.jsonValue())
                + ",\"message\":{\"message_id\":" + (hostile.chance(80) ? "1" : hostile.jsonValue())
                + ",\"date\":1764115200,\"chat\":{\"id\":" + chatId + ",\"type\":" + hostile.jsonValue()
                + "},\"from\":{\"id\":" + chatId + ",\"is_bot\":" + (hostile.chance(90) ? "false" : hostile.jsonValue())
                + ",\"first_name\":" + hostile.jsonValue() + ",\"language_code\":"
                + (hostile.chance(60) ? "\"zh-hans\"" : hostile.jsonValue()) + "},\"text\":" + hostile.jsonValue()
                + "}}";
    }

    FuzzProbe slack() {
        String body = switch (random.nextInt(6)) {
            case 0 -> "{\"type\":\"url_verification\",\"challenge\":" + hostile.jsonValue() + "}";
            case 1 -> hostile.object(List.of("type", "event_id", "event", "authorizations", "challenge"));
            default ->
                "{\"type\":\"event_callback\",\"event_id\":"
                        + (hostile.chance(70) ? "\"Ev" + random.nextInt(1_000_000) + "\"" : hostile.jsonValue())
                        + ",\"event\":{\"type\":"
                        + (hostile.chance(80) ? "\"message\"" : hostile.jsonValue()) + ",\"user\":"
                        + (hostile.chance(80) ? "\"U01\"" : hostile.jsonValue()) + ",\"channel\":"
                        + (hostile.chance(70) ? "\"D0" + random.nextInt(20) + "\"" : hostile.jsonValue())
                        + ",\"ts\":\"1.0\",\"text\":" + hostile.jsonValue() + "}}";
        };
        byte[] bytes = hostile.utf8(body);
        long now = Instant.now().getEpochSecond();
        long timestamp = hostile.chance(90) ? now : now - 301;
        Map<String, String> headers = parts.jsonHeaders(null);
        if (hostile.chance(85)) {
            headers.put(
                    "X-Slack-Request-Timestamp", hostile.chance(95) ? String.valueOf(timestamp) : hostile.queryValue());
            String secret = hostile.chance(85) ? fixture.slackSecret() : "wrong-secret";
            headers.put("X-Slack-Signature", "v0=" + hmacHex(secret, "v0:" + timestamp + ":", bytes));
        }
        return FuzzProbe.http("webhook-slack", parts.method("POST"), "/webhooks/slack" + parts.query(), headers, bytes);
    }

    private static String hmacHex(String secret, String prefix, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(prefix.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    FuzzProbe wechat() {
        long now = Instant.now().getEpochSecond();
        String nonce = hostile.chance(80)
                ? "n" + random.nextInt(1_000_000)
                : hostile.pick(List.of("%e4%bd%a0", "x".repeat(2_000), "a+b", "%00"));
        String timestamp = hostile.chance(90)
                ? String.valueOf(now)
                : hostile.pick(List.of("0", "-1", "abc", "99999999999999999999", String.valueOf(now - 301)));
        String signature = hostile.chance(85)
                ? wechatSignature(timestamp, nonce)
                : hostile.pick(List.of("", "bad", "0".repeat(40)));
        String query = "?signature=" + signature + "&timestamp=" + timestamp + "&nonce=" + nonce;
        if (hostile.chance(25)) {
            String echo = hostile.pick(List.of("hello", "", "%e4%bd%a0", "x".repeat(3_000), "%3Cscript%3E"));
            return FuzzProbe.http(
                    "webhook-wechat",
                    parts.method("GET"),
                    "/webhooks/wechat" + query + "&echostr=" + echo,
                    parts.headers(null),
                    null);
        }
        Map<String, String> headers = parts.headers(null);
        headers.put(
                "Content-Type", hostile.pick(List.of("text/xml", "application/xml", "application/json", "text/plain")));
        return FuzzProbe.http(
                "webhook-wechat",
                parts.method("POST"),
                "/webhooks/wechat" + query,
                headers,
                new FuzzXml(hostile).message());
    }

    private String wechatSignature(String timestamp, String nonce) {
        String decodedNonce = java.net.URLDecoder.decode(nonce.replace("+", "%2B"), StandardCharsets.UTF_8);
        String[] parts = {fixture.wechatToken(), timestamp, decodedNonce};
        Arrays.sort(parts);
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-1")
                            .digest(String.join("", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    FuzzProbe generic() {
        String body = hostile.chance(75)
                ? "{\"messageId\":"
                        + (hostile.chance(70) ? "\"m-" + random.nextInt(1_000_000) + "\"" : hostile.jsonValue())
                        + ",\"userId\":"
                        + (hostile.chance(70) ? "\"u-" + random.nextInt(20) + "\"" : hostile.jsonValue()) + ",\"text\":"
                        + hostile.jsonValue() + ",\"locale\":"
                        + (hostile.chance(50) ? "\"zh-CN\"" : hostile.jsonValue()) + "}"
                : hostile.object(List.of("messageId", "userId", "text", "locale"));
        byte[] bytes = hostile.utf8(body);
        Map<String, String> headers = parts.jsonHeaders(null);
        if (hostile.chance(85)) {
            long now = Instant.now().getEpochSecond();
            headers.put(
                    GenericSignature.HEADER,
                    switch (random.nextInt(10)) {
                        case 0 ->
                            hostile.pick(List.of(
                                    "",
                                    "t=1,v1=00",
                                    "t=abc,v1=zz",
                                    "v1=" + "0".repeat(64),
                                    "t=,v1=",
                                    "t=" + now + ",v1=" + "0".repeat(64),
                                    "t=99999999999999999999,v1=00"));
                        case 1 -> GenericSignature.sign("wrong-secret", now, bytes);
                        default -> GenericSignature.sign(fixture.genericSecret(), now, bytes);
                    });
        }
        String integration = hostile.chance(85) ? "acme" : hostile.segment("other");
        return FuzzProbe.http(
                "webhook-generic",
                parts.method("POST"),
                "/webhooks/generic/" + integration + parts.query(),
                headers,
                bytes);
    }
}
