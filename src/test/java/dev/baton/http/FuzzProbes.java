package dev.baton.http;

import dev.baton.channel.generic.GenericSignature;
import dev.baton.http.ApiClient.Chat;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Draws fuzz requests for every endpoint of the server from a seeded {@link Random}. */
final class FuzzProbes {

    /** What the server under test holds and how its webhooks are signed. */
    record Fixture(List<Chat> chats, String agentToken, List<String> ticketIds, String telegramSecret,
                   String slackSecret, String wechatToken, String genericSecret) {
    }

    static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
            "application/json; charset=utf-16", "APPLICATION/JSON", "application/jsonx", "text/plain",
            "text/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/",
            ";", "application/json; " + "p=1; ".repeat(200));

    private final Fixture fixture;
    private final Hostile hostile;
    private final Random random;
    private final FuzzFraming framing;

    FuzzProbes(Fixture fixture, Random random) {
        this.fixture = fixture;
        this.random = random;
        this.hostile = new Hostile(random);
        this.framing = new FuzzFraming(hostile);
    }

    /** The next request, its kind drawn by weight. */
    FuzzProbe next() {
        int roll = random.nextInt(100);
        if (roll < 7) {
            return chatCreate();
        } else if (roll < 17) {
            return chatSend();
        } else if (roll < 22) {
            return chatTranscript();
        } else if (roll < 34) {
            return agent();
        } else if (roll < 38) {
            return deliveries();
        } else if (roll < 44) {
            return telegram();
        } else if (roll < 50) {
            return slack();
        } else if (roll < 57) {
            return wechat();
        } else if (roll < 63) {
            return generic();
        } else if (roll < 65) {
            return FuzzProbe.http("health", method("GET"), "/health" + query(), headers(null), new byte[0]);
        } else if (roll < 68) {
            return staticFile();
        } else if (roll < 71) {
            return unknown();
        } else if (roll < 76) {
            return framing.websocket(conversationId(), token(), fixture.agentToken());
        }
        Chat chat = chat();
        return framing.broken(target(chat), hostile.chance(80) ? chat.token() : token());
    }

    private String method(String usual) {
        return hostile.chance(85) ? usual : hostile.pick(METHODS);
    }

    private Chat chat() {
        return hostile.pick(fixture.chats());
    }

    private String conversationId() {
        return hostile.segment(chat().id());
    }

    /** A conversation's token, another's, the agent's, or a bad one. */
    private String token() {
        return switch (random.nextInt(8)) {
            case 0 -> null;
            case 1 -> hostile.pick(List.of("", "x", "not-a-token", "Bearer", "a".repeat(7_000), "\u00e9t\u00e9"));
            case 2 -> fixture.agentToken();
            default -> chat().token();
        };
    }

    private Map<String, String> headers(String token) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", hostile.chance(90) ? "Bearer " + token
                    : hostile.pick(List.of("bearer ", "Basic ", "Bearer  ", "")) + token);
        }
        if (hostile.chance(10)) {
            headers.put("X-Fuzz", hostile.pick(List.of("", "x".repeat(4_000), "\u00ff\u00fe", "a, b, c")));
        }
        if (hostile.chance(5)) {
            headers.put("Accept", hostile.pick(List.of("text/html", "*/*", "application/xml", "")));
        }
        if (hostile.chance(5)) {
            headers.put("Origin", hostile.pick(List.of("https://evil.example", "null", "http://127.0.0.1")));
        }
        return headers;
    }

    private Map<String, String> jsonHeaders(String token) {
        Map<String, String> headers = headers(token);
        if (hostile.chance(88)) {
            headers.put("Content-Type", "application/json");
        } else if (hostile.chance(80)) {
            headers.put("Content-Type", hostile.pick(CONTENT_TYPES));
        }
        return headers;
    }

    private String query() {
        if (!hostile.chance(15)) {
            return "";
        }
        StringBuilder q = new StringBuilder("?");
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            q.append(i > 0 ? "&" : "").append(hostile.pick(List.of("after", "limit", "status", "tier", "priority",
                    "token", "x", "", "a%00b"))).append('=').append(hostile.queryValue());
        }
        return q.toString();
    }

    private byte[] json(List<String> fields) {
        return hostile.utf8(hostile.object(fields));
    }

    private FuzzProbe chatCreate() {
        byte[] body = hostile.chance(10) ? new byte[0] : json(List.of("locale", "channel"));
        return FuzzProbe.http("chat-create", method("POST"), "/api/v1/conversations" + query(), jsonHeaders(null), body);
    }

    private String messages() {
        return "/api/v1/conversations/" + conversationId() + "/messages";
    }

    private FuzzProbe chatSend() {
        return FuzzProbe.http("chat-send", method("POST"), messages() + query(), jsonHeaders(token()),
                json(List.of("text", "quickReply")));
    }

    private FuzzProbe chatTranscript() {
        String after = hostile.chance(70) ? "?after=" + hostile.queryValue() : query();
        return FuzzProbe.http("chat-transcript", method("GET"), messages() + after, headers(token()), new byte[0]);
    }

    private String agentToken() {
        return hostile.chance(75) ? fixture.agentToken() : token();
    }

    private FuzzProbe agent() {
        String ticket = hostile.segment(fixture.ticketIds().isEmpty() ? "t_0" : hostile.pick(fixture.ticketIds()));
        String base = "/api/v1/agent";
        return switch (random.nextInt(10)) {
            case 0 -> FuzzProbe.http("agent", method("GET"), base + "/me" + query(), headers(agentToken()), null);
            case 1 -> FuzzProbe.http("agent", method("GET"), base + "/queue" + agentQuery(), headers(agentToken()),
                    null);
            case 2 -> FuzzProbe.http("agent", method("GET"), base + "/tickets/" + ticket + query(),
                    headers(agentToken()), null);
            case 3 -> FuzzProbe.http("agent", method("POST"), base + "/tickets/" + ticket + "/claim",
                    headers(agentToken()), null);
            case 4 -> FuzzProbe.http("agent", method("POST"), base + "/tickets/" + ticket + "/messages",
                    jsonHeaders(agentToken()), json(List.of("text")));
            case 5 -> FuzzProbe.http("agent", method("POST"), base + "/tickets/" + ticket + "/notes",
                    jsonHeaders(agentToken()), json(List.of("text")));
            case 6 -> FuzzProbe.http("agent", method("POST"), base + "/tickets/" + ticket + "/escalate",
                    jsonHeaders(agentToken()), json(List.of("note")));
            case 7 -> FuzzProbe.http("agent", method("POST"), base + "/tickets/" + ticket + "/resolve",
                    headers(agentToken()), null);
            case 8 -> FuzzProbe.http("agent", method("GET"), base + "/tickets/" + ticket + "/transcript"
                    + (hostile.chance(60) ? "?after=" + hostile.queryValue() : ""), headers(agentToken()), null);
            default -> FuzzProbe.http("agent", method("GET"), base + "/tickets/" + ticket + "/canned",
                    headers(agentToken()), null);
        };
    }

    private String agentQuery() {
        if (hostile.chance(30)) {
            return query();
        }
        return "?status=" + hostile.queryValue() + "&tier=" + hostile.queryValue() + "&priority="
                + hostile.queryValue() + "&limit=" + hostile.queryValue();
    }

    private FuzzProbe deliveries() {
        if (hostile.chance(50)) {
            return FuzzProbe.http("deliveries", method("GET"), "/api/v1/agent/deliveries?status=" + hostile.queryValue()
                    + "&limit=" + hostile.queryValue(), headers(agentToken()), null);
        }
        return FuzzProbe.http("deliveries", method("POST"), "/api/v1/agent/deliveries/"
                + hostile.segment(String.valueOf(random.nextInt(50))) + "/retry", headers(agentToken()), null);
    }

    private FuzzProbe telegram() {
        String body = hostile.chance(70) ? telegramUpdate() : hostile.object(List.of("update_id", "message"));
        Map<String, String> headers = jsonHeaders(null);
        if (hostile.chance(80)) {
            headers.put("X-Telegram-Bot-Api-Secret-Token", hostile.chance(85) ? fixture.telegramSecret()
                    : hostile.pick(List.of("", "wrong", fixture.telegramSecret() + "x")));
        }
        return FuzzProbe.http("webhook-telegram", method("POST"), "/webhooks/telegram" + query(), headers,
                hostile.utf8(body));
    }

    private String telegramUpdate() {
        String chatId = hostile.chance(70) ? String.valueOf(random.nextInt(20)) : hostile.jsonValue();
        return "{\"update_id\":" + (hostile.chance(80) ? String.valueOf(random.nextInt(1_000_000)) : hostile.jsonValue())
                + ",\"message\":{\"message_id\":" + (hostile.chance(80) ? "1" : hostile.jsonValue())
                + ",\"date\":1764115200,\"chat\":{\"id\":" + chatId + ",\"type\":" + hostile.jsonValue()
                + "},\"from\":{\"id\":" + chatId + ",\"is_bot\":" + (hostile.chance(90) ? "false" : hostile.jsonValue())
                + ",\"first_name\":" + hostile.jsonValue() + ",\"language_code\":"
                + (hostile.chance(60) ? "\"zh-hans\"" : hostile.jsonValue()) + "},\"text\":" + hostile.jsonValue() + "}}";
    }

    private FuzzProbe slack() {
        String body = switch (random.nextInt(6)) {
            case 0 -> "{\"type\":\"url_verification\",\"challenge\":" + hostile.jsonValue() + "}";
            case 1 -> hostile.object(List.of("type", "event_id", "event", "authorizations", "challenge"));
            default -> "{\"type\":\"event_callback\",\"event_id\":" + (hostile.chance(70)
                    ? "\"Ev" + random.nextInt(1_000_000) + "\"" : hostile.jsonValue()) + ",\"event\":{\"type\":"
                    + (hostile.chance(80) ? "\"message\"" : hostile.jsonValue()) + ",\"user\":" + (hostile.chance(80)
                    ? "\"U01\"" : hostile.jsonValue()) + ",\"channel\":" + (hostile.chance(70) ? "\"D0" + random.nextInt(20)
                    + "\"" : hostile.jsonValue()) + ",\"ts\":\"1.0\",\"text\":" + hostile.jsonValue() + "}}";
        };
        byte[] bytes = hostile.utf8(body);
        long now = Instant.now().getEpochSecond();
        long timestamp = hostile.chance(90) ? now : now - 301;
        Map<String, String> headers = jsonHeaders(null);
        if (hostile.chance(85)) {
            headers.put("X-Slack-Request-Timestamp", hostile.chance(95) ? String.valueOf(timestamp) : hostile.queryValue());
            String secret = hostile.chance(85) ? fixture.slackSecret() : "wrong-secret";
            headers.put("X-Slack-Signature", "v0=" + hmacHex(secret, "v0:" + timestamp + ":", bytes));
        }
        return FuzzProbe.http("webhook-slack", method("POST"), "/webhooks/slack" + query(), headers, bytes);
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

    private FuzzProbe wechat() {
        long now = Instant.now().getEpochSecond();
        String nonce = hostile.chance(80) ? "n" + random.nextInt(1_000_000) : hostile.pick(List.of("%e4%bd%a0",
                "x".repeat(2_000), "a+b", "%00"));
        String timestamp = hostile.chance(90) ? String.valueOf(now) : hostile.pick(List.of("0", "-1", "abc",
                "99999999999999999999", String.valueOf(now - 301)));
        String signature = hostile.chance(85) ? wechatSignature(timestamp, nonce) : hostile.pick(List.of("", "bad",
                "0".repeat(40)));
        String query = "?signature=" + signature + "&timestamp=" + timestamp + "&nonce=" + nonce;
        if (hostile.chance(25)) {
            String echo = hostile.pick(List.of("hello", "", "%e4%bd%a0", "x".repeat(3_000), "%3Cscript%3E"));
            return FuzzProbe.http("webhook-wechat", method("GET"), "/webhooks/wechat" + query + "&echostr=" + echo,
                    headers(null), null);
        }
        Map<String, String> headers = headers(null);
        headers.put("Content-Type", hostile.pick(List.of("text/xml", "application/xml", "application/json", "text/plain")));
        return FuzzProbe.http("webhook-wechat", method("POST"), "/webhooks/wechat" + query, headers,
                new FuzzXml(hostile).message());
    }

    private String wechatSignature(String timestamp, String nonce) {
        String decodedNonce = java.net.URLDecoder.decode(nonce.replace("+", "%2B"), StandardCharsets.UTF_8);
        String[] parts = {fixture.wechatToken(), timestamp, decodedNonce};
        Arrays.sort(parts);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(String.join("", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private FuzzProbe generic() {
        String body = hostile.chance(75) ? "{\"messageId\":" + (hostile.chance(70) ? "\"m-" + random.nextInt(1_000_000)
                + "\"" : hostile.jsonValue()) + ",\"userId\":" + (hostile.chance(70) ? "\"u-" + random.nextInt(20) + "\""
                : hostile.jsonValue()) + ",\"text\":" + hostile.jsonValue() + ",\"locale\":" + (hostile.chance(50)
                ? "\"zh-CN\"" : hostile.jsonValue()) + "}" : hostile.object(List.of("messageId", "userId", "text", "locale"));
        byte[] bytes = hostile.utf8(body);
        Map<String, String> headers = jsonHeaders(null);
        if (hostile.chance(85)) {
            long now = Instant.now().getEpochSecond();
            headers.put(GenericSignature.HEADER, switch (random.nextInt(10)) {
                case 0 -> hostile.pick(List.of("", "t=1,v1=00", "t=abc,v1=zz", "v1=" + "0".repeat(64), "t=,v1=",
                        "t=" + now + ",v1=" + "0".repeat(64), "t=99999999999999999999,v1=00"));
                case 1 -> GenericSignature.sign("wrong-secret", now, bytes);
                default -> GenericSignature.sign(fixture.genericSecret(), now, bytes);
            });
        }
        String integration = hostile.chance(85) ? "acme" : hostile.segment("other");
        return FuzzProbe.http("webhook-generic", method("POST"), "/webhooks/generic/" + integration + query(), headers,
                bytes);
    }

    private FuzzProbe staticFile() {
        String path = hostile.pick(List.of("/", "/index.html", "/widget.js", "/agent", "/agent.js", "/agent.css",
                "/agent.html", "/web/index.html", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fpom.xml", "/index.html;x",
                "/widget.js%00.png", "/" + "a".repeat(3_000), "/%e4%bd%a0%e5%a5%bd.html", "/index.html?" + "q=1&".repeat(300),
                "/db/migration/V1__conversations.sql", "/logback.xml", "/WEB-INF/web.xml"));
        return FuzzProbe.http("static", method("GET"), path, headers(null), null);
    }

    private FuzzProbe unknown() {
        String path = hostile.pick(List.of("/api", "/api/", "/api/v1", "/api/v2/conversations", "/api/v1/agent/",
                "/api/v1/conversations/", "/webhooks", "/webhooks/", "/webhooks/generic", "/webhooks/generic/",
                "/webhooks/unknown", "/api/v1/conversations//messages", "//health", "/health/", "/HEALTH",
                "/api/v1/agent/tickets", "/api/v1/agent/tickets/x/unknown", "/api/v1/" + hostile.segment("zz")));
        return FuzzProbe.http("unknown", hostile.pick(METHODS), path + query(), jsonHeaders(token()),
                hostile.chance(30) ? json(List.of("text")) : null);
    }

    /** A target for framing attacks: any of the body-reading endpoints. */
    private String target(Chat chat) {
        return hostile.pick(List.of("/api/v1/conversations", "/api/v1/conversations/" + chat.id() + "/messages",
                "/api/v1/agent/tickets/t_x/notes", "/webhooks/telegram", "/webhooks/slack", "/webhooks/wechat",
                "/webhooks/generic/acme", "/health", "/index.html"));
    }
}
