package dev.baton.http;

import dev.baton.http.ApiClient.Chat;
import java.util.List;
import java.util.Random;

/**
 * Draws fuzz requests for every endpoint of the server from a seeded {@link Random}; the webhooks' are drawn
 * by {@link FuzzWebhooks}, broken framing and sockets by {@link FuzzFraming}.
 */
final class FuzzProbes {

    /** What the server under test holds and how its webhooks are signed. */
    record Fixture(
            List<Chat> chats,
            String agentToken,
            List<String> ticketIds,
            String telegramSecret,
            String slackSecret,
            String wechatToken,
            String genericSecret) {}

    private final Fixture fixture;
    private final Hostile hostile;
    private final Random random;
    private final FuzzFraming framing;
    private final FuzzRequestParts parts;
    private final FuzzWebhooks webhooks;

    FuzzProbes(Fixture fixture, Random random) {
        this.fixture = fixture;
        this.random = random;
        this.hostile = new Hostile(random);
        this.framing = new FuzzFraming(hostile);
        this.parts = new FuzzRequestParts(hostile, random);
        this.webhooks = new FuzzWebhooks(fixture, hostile, random, parts);
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
            return webhooks.telegram();
        } else if (roll < 50) {
            return webhooks.slack();
        } else if (roll < 57) {
            return webhooks.wechat();
        } else if (roll < 63) {
            return webhooks.generic();
        } else if (roll < 65) {
            return FuzzProbe.http(
                    "health", parts.method("GET"), "/health" + parts.query(), parts.headers(null), new byte[0]);
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

    private byte[] json(List<String> fields) {
        return hostile.utf8(hostile.object(fields));
    }

    private FuzzProbe chatCreate() {
        byte[] body = hostile.chance(10) ? new byte[0] : json(List.of("locale", "channel"));
        return FuzzProbe.http(
                "chat-create",
                parts.method("POST"),
                "/api/v1/conversations" + parts.query(),
                parts.jsonHeaders(null),
                body);
    }

    private String messages() {
        return "/api/v1/conversations/" + conversationId() + "/messages";
    }

    private FuzzProbe chatSend() {
        return FuzzProbe.http(
                "chat-send",
                parts.method("POST"),
                messages() + parts.query(),
                parts.jsonHeaders(token()),
                json(List.of("text", "quickReply")));
    }

    private FuzzProbe chatTranscript() {
        String after = hostile.chance(70) ? "?after=" + hostile.queryValue() : parts.query();
        return FuzzProbe.http(
                "chat-transcript", parts.method("GET"), messages() + after, parts.headers(token()), new byte[0]);
    }

    private String agentToken() {
        return hostile.chance(75) ? fixture.agentToken() : token();
    }

    private FuzzProbe agent() {
        String ticket = hostile.segment(fixture.ticketIds().isEmpty() ? "t_0" : hostile.pick(fixture.ticketIds()));
        String base = "/api/v1/agent";
        return switch (random.nextInt(10)) {
            case 0 ->
                FuzzProbe.http(
                        "agent", parts.method("GET"), base + "/me" + parts.query(), parts.headers(agentToken()), null);
            case 1 ->
                FuzzProbe.http(
                        "agent",
                        parts.method("GET"),
                        base + "/queue" + agentQuery(),
                        parts.headers(agentToken()),
                        null);
            case 2 ->
                FuzzProbe.http(
                        "agent",
                        parts.method("GET"),
                        base + "/tickets/" + ticket + parts.query(),
                        parts.headers(agentToken()),
                        null);
            case 3 ->
                FuzzProbe.http(
                        "agent",
                        parts.method("POST"),
                        base + "/tickets/" + ticket + "/claim",
                        parts.headers(agentToken()),
                        null);
            case 4 ->
                FuzzProbe.http(
                        "agent",
                        parts.method("POST"),
                        base + "/tickets/" + ticket + "/messages",
                        parts.jsonHeaders(agentToken()),
                        json(List.of("text")));
            case 5 ->
                FuzzProbe.http(
                        "agent",
                        parts.method("POST"),
                        base + "/tickets/" + ticket + "/notes",
                        parts.jsonHeaders(agentToken()),
                        json(List.of("text")));
            case 6 ->
                FuzzProbe.http(
                        "agent",
                        parts.method("POST"),
                        base + "/tickets/" + ticket + "/escalate",
                        parts.jsonHeaders(agentToken()),
                        json(List.of("note")));
            case 7 ->
                FuzzProbe.http(
                        "agent",
                        parts.method("POST"),
                        base + "/tickets/" + ticket + "/resolve",
                        parts.headers(agentToken()),
                        null);
            case 8 ->
                FuzzProbe.http(
                        "agent",
                        parts.method("GET"),
                        base + "/tickets/" + ticket + "/transcript"
                                + (hostile.chance(60) ? "?after=" + hostile.queryValue() : ""),
                        parts.headers(agentToken()),
                        null);
            default ->
                FuzzProbe.http(
                        "agent",
                        parts.method("GET"),
                        base + "/tickets/" + ticket + "/canned",
                        parts.headers(agentToken()),
                        null);
        };
    }

    private String agentQuery() {
        if (hostile.chance(30)) {
            return parts.query();
        }
        return "?status=" + hostile.queryValue() + "&tier=" + hostile.queryValue() + "&priority=" + hostile.queryValue()
                + "&limit=" + hostile.queryValue();
    }

    private FuzzProbe deliveries() {
        if (hostile.chance(50)) {
            return FuzzProbe.http(
                    "deliveries",
                    parts.method("GET"),
                    "/api/v1/agent/deliveries?status=" + hostile.queryValue() + "&limit=" + hostile.queryValue(),
                    parts.headers(agentToken()),
                    null);
        }
        return FuzzProbe.http(
                "deliveries",
                parts.method("POST"),
                "/api/v1/agent/deliveries/" + hostile.segment(String.valueOf(random.nextInt(50))) + "/retry",
                parts.headers(agentToken()),
                null);
    }

    private FuzzProbe staticFile() {
        String path = hostile.pick(List.of(
                "/",
                "/index.html",
                "/widget.js",
                "/agent",
                "/console/main.js",
                "/agent.css",
                "/agent.html",
                "/web/index.html",
                "/%2e%2e/%2e%2e/etc/passwd",
                "/..%2f..%2fpom.xml",
                "/index.html;x",
                "/widget.js%00.png",
                "/" + "a".repeat(3_000),
                "/%e4%bd%a0%e5%a5%bd.html",
                "/index.html?" + "q=1&".repeat(300),
                "/db/migration/V1__conversations.sql",
                "/logback.xml",
                "/WEB-INF/web.xml"));
        return FuzzProbe.http("static", parts.method("GET"), path, parts.headers(null), null);
    }

    private FuzzProbe unknown() {
        String path = hostile.pick(List.of(
                "/api",
                "/api/",
                "/api/v1",
                "/api/v2/conversations",
                "/api/v1/agent/",
                "/api/v1/conversations/",
                "/webhooks",
                "/webhooks/",
                "/webhooks/generic",
                "/webhooks/generic/",
                "/webhooks/unknown",
                "/api/v1/conversations//messages",
                "//health",
                "/health/",
                "/HEALTH",
                "/api/v1/agent/tickets",
                "/api/v1/agent/tickets/x/unknown",
                "/api/v1/" + hostile.segment("zz")));
        return FuzzProbe.http(
                "unknown",
                hostile.pick(FuzzRequestParts.METHODS),
                path + parts.query(),
                parts.jsonHeaders(token()),
                hostile.chance(30) ? json(List.of("text")) : null);
    }

    /** A target for framing attacks: any of the body-reading endpoints. */
    private String target(Chat chat) {
        return hostile.pick(List.of(
                "/api/v1/conversations",
                "/api/v1/conversations/" + chat.id() + "/messages",
                "/api/v1/agent/tickets/t_x/notes",
                "/webhooks/telegram",
                "/webhooks/slack",
                "/webhooks/wechat",
                "/webhooks/generic/acme",
                "/health",
                "/index.html"));
    }
}
