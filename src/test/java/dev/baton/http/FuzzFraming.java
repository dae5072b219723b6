package dev.baton.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Raw requests no HTTP client sends: bodies shorter or longer than their Content-Length, broken chunks, lying or
 * doubled framing headers, huge headers, malformed request lines, and WebSocket upgrades with bad handshakes.
 */
final class FuzzFraming {

    private final Hostile hostile;

    FuzzFraming(Hostile hostile) {
        this.hostile = hostile;
    }

    private static String auth(String token) {
        return token == null ? "" : "Authorization: Bearer " + token + "\r\n";
    }

    private String body() {
        return hostile.pick(List.of(
                "{\"text\":\"hello\"}",
                "{\"text\":\"怎么联系在线客服？\"}",
                "{}",
                "{\"locale\":\"en\"}",
                "<xml><MsgType>text</MsgType></xml>",
                "{\"text\":\"" + "x".repeat(5_000) + "\"}"));
    }

    /** A body-carrying request whose framing is broken or lies; the server may answer 400 or just close. */
    FuzzProbe broken(String path, String token) {
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth(token)
                + "Content-Type: application/json\r\n";
        String body = body();
        int length = body.getBytes(StandardCharsets.UTF_8).length;
        return switch (hostile.random().nextInt(9)) {
            case 0, 1 ->
                raw(
                        "raw-truncated",
                        head + "Content-Length: "
                                + (length + 1 + hostile.random().nextInt(5_000)) + "\r\n\r\n",
                        cut(body),
                        true,
                        false);
            case 2 ->
                raw(
                        "raw-length-lie",
                        head + "Content-Length: "
                                + hostile.pick(List.of(
                                        "-1",
                                        "abc",
                                        "1.5",
                                        "+5",
                                        "0x10",
                                        "99999999999999999999",
                                        " ",
                                        "5, 6",
                                        String.valueOf(length / 2)))
                                + "\r\nConnection: close\r\n\r\n",
                        body,
                        true,
                        true);
            case 3 ->
                raw(
                        "raw-length-lie",
                        head + "Content-Length: " + length + "\r\nContent-Length: " + (length + 3) + "\r\n\r\n",
                        body,
                        true,
                        true);
            case 4, 5 ->
                raw(
                        "raw-chunked",
                        head + "Transfer-Encoding: "
                                + hostile.pick(List.of(
                                        "chunked",
                                        "chunked",
                                        "Chunked",
                                        "gzip, chunked",
                                        "chunked, identity",
                                        "xchunked",
                                        "chunked\r\nTransfer-Encoding: chunked"))
                                + "\r\n\r\n",
                        chunks(body),
                        true,
                        true);
            case 6 ->
                raw(
                        "raw-smuggle",
                        head + "Content-Length: " + length + "\r\nTransfer-Encoding: chunked\r\n\r\n",
                        chunks(body),
                        true,
                        true);
            case 7 -> headers(path, token, body);
            default -> requestLine(token);
        };
    }

    private FuzzProbe raw(String kind, String head, String body, boolean halfClose, boolean brokenFraming) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body.getBytes(StandardCharsets.UTF_8));
        return FuzzProbe.raw(kind, out.toByteArray(), halfClose, brokenFraming);
    }

    private String cut(String body) {
        return body.substring(0, hostile.random().nextInt(body.length() + 1));
    }

    private String chunks(String body) {
        String hex = Integer.toHexString(body.getBytes(StandardCharsets.UTF_8).length);
        return switch (hostile.random().nextInt(9)) {
            case 0 -> "zz\r\n" + body + "\r\n0\r\n\r\n";
            case 1 -> "1\r\n" + body + "\r\n0\r\n\r\n";
            case 2 -> "ffffffffffffffffffff\r\n" + body;
            case 3 -> hex + "\r\n" + cut(body);
            case 4 -> hex + ";" + "ext=1;".repeat(hostile.pick(List.of(1, 2_000))) + "\r\n" + body + "\r\n0\r\n\r\n";
            case 5 -> hex + "\r\n" + body + "\r\n0\r\nX-Trailer: " + "t".repeat(9_000) + "\r\n\r\n";
            case 6 -> hex + "\r\n" + body + "\r\n";
            case 7 -> "-" + hex + "\r\n" + body + "\r\n0\r\n\r\n";
            default -> hex + "\r\n" + body + "\r\n0\r\n\r\n";
        };
    }

    /** Huge, many, or malformed headers on an otherwise fine request. */
    private FuzzProbe headers(String path, String token, String body) {
        String extra = switch (hostile.random().nextInt(6)) {
            case 0 -> "X-Huge: " + "h".repeat(hostile.pick(List.of(6_000, 9_000, 20_000, 70_000))) + "\r\n";
            case 1 -> "X-Many: 1\r\n".repeat(hostile.pick(List.of(100, 1_000)));
            case 2 -> "No-Colon-Here\r\n";
            case 3 -> " folded: continuation\r\n";
            case 4 -> "X-Bytes: \u00ff\u00fe\u0001\r\n";
            default -> "Content-Type: text/plain\r\nContent-Type: application/json\r\n";
        };
        int length = body.getBytes(StandardCharsets.UTF_8).length;
        return raw(
                "raw-headers",
                "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth(token)
                        + "Content-Type: application/json\r\nConnection: close\r\n" + extra + "Content-Length: "
                        + length
                        + "\r\n\r\n",
                body,
                false,
                true);
    }

    /** Malformed or unusual request lines and targets. */
    private FuzzProbe requestLine(String token) {
        String target = hostile.pick(List.of(
                "/api/v1/conversations/;%zz/messages",
                "/api/v1/conversations/%/messages",
                "/../../etc/passwd",
                "/web/../../pom.xml",
                "/%2e%2e/%2e%2e/",
                "/api/v1/conversations/c_x/messages/..",
                "/health;",
                "/health;a=b/..;/",
                "/ü/é",
                "/\u4f60\u597d",
                "/api/v1/conversations/" + "x".repeat(20_000),
                "http://evil.example/health",
                "*",
                "health",
                "/health#frag",
                "/health?%",
                "/api/v1/agent/me?token=%zz",
                "/webhooks/wechat?signature=%zz&timestamp=1&nonce=1",
                "//../api/v1/agent/me",
                "/%00",
                "/a b",
                "/api/v1/conversations/c_" + "0".repeat(32) + "/messages?after=%ff%fe"));
        String method = hostile.pick(List.of("GET", "GET", "POST", "get", "G\u0001T", "BREW", "CONNECT", "TRACE", ""));
        String version =
                hostile.pick(List.of("HTTP/1.1", "HTTP/1.1", "HTTP/1.0", "HTTP/2.0", "HTTP/9.9", "", "http/1.1"));
        String host = hostile.chance(85) ? "Host: 127.0.0.1\r\n" : "";
        return raw(
                "raw-request-line",
                method + " " + target + " " + version + "\r\n" + host + auth(token) + "Connection: close\r\n\r\n",
                "",
                true,
                true);
    }

    /** A WebSocket upgrade on a stream path with a good or bad handshake and token. */
    FuzzProbe websocket(String conversationId, String token, String agentToken) {
        boolean agent = hostile.chance(40);
        String path = agent ? "/api/v1/agent/stream" : "/api/v1/conversations/" + conversationId + "/stream";
        String query = switch (hostile.random().nextInt(4)) {
            case 0 -> "";
            case 1 -> "?token=" + hostile.queryValue();
            default -> "?token=" + (agent ? agentToken : token);
        };
        StringBuilder head = new StringBuilder("GET " + path + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        if (hostile.chance(85)) {
            head.append("Upgrade: ")
                    .append(hostile.pick(List.of("websocket", "websocket", "WebSocket", "h2c", "")))
                    .append("\r\n");
        }
        if (hostile.chance(85)) {
            head.append("Connection: ")
                    .append(hostile.pick(List.of("Upgrade", "upgrade", "keep-alive, Upgrade", "close")))
                    .append("\r\n");
        }
        if (hostile.chance(75)) {
            head.append("Sec-WebSocket-Key: ")
                    .append(hostile.pick(List.of(
                            "dGhlIHNhbXBsZSBub25jZQ==",
                            "dGhlIHNhbXBsZSBub25jZQ==",
                            "",
                            "not base64!",
                            "x".repeat(5_000))))
                    .append("\r\n");
        }
        if (hostile.chance(75)) {
            head.append("Sec-WebSocket-Version: ")
                    .append(hostile.pick(List.of("13", "13", "8", "99", "abc", "")))
                    .append("\r\n");
        }
        if (hostile.chance(20)) {
            head.append("Sec-WebSocket-Extensions: ")
                    .append(hostile.pick(List.of(
                            "permessage-deflate; " + "client_max_window_bits=99",
                            "x".repeat(3_000),
                            "permessage-deflate; server_no_context_takeover" + "; server_no_context_takeover")))
                    .append("\r\n");
        }
        if (hostile.chance(15)) {
            head.append("Sec-WebSocket-Protocol: ")
                    .append(hostile.pick(List.of("chat", ",,,", "x".repeat(3_000))))
                    .append("\r\n");
        }
        return raw("websocket", head.append("\r\n").toString(), "", false, false);
    }
}
