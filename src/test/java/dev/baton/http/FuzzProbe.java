package dev.baton.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One fuzz request. Well-formed ones go through {@code java.net.http}; {@code raw} ones are bytes for a socket,
 * and {@code brokenFraming} ones may be refused by closing the connection.
 *
 * @param kind what it aims at, for the report ("chat-send", "webhook-slack", "raw-chunked" ...)
 */
record FuzzProbe(
        String kind,
        String method,
        String target,
        Map<String, String> headers,
        byte[] body,
        byte[] raw,
        boolean halfClose,
        boolean brokenFraming) {

    FuzzProbe {
        headers = new LinkedHashMap<>(headers);
        body = body == null ? new byte[0] : body;
    }

    static FuzzProbe http(String kind, String method, String target, Map<String, String> headers, byte[] body) {
        return new FuzzProbe(kind, method, target, headers, body, null, false, false);
    }

    static FuzzProbe raw(String kind, byte[] bytes, boolean halfClose, boolean brokenFraming) {
        return new FuzzProbe(kind, null, null, Map.of(), null, bytes, halfClose, brokenFraming);
    }

    boolean isRaw() {
        return raw != null;
    }

    /** The same request as socket bytes, with an honest Content-Length (for targets no HTTP client accepts). */
    FuzzProbe asRaw() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(method)
                .append(' ')
                .append(target)
                .append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\nConnection: close\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        return new FuzzProbe(kind, method, target, headers, body, out.toByteArray(), false, false);
    }

    /** A short description for a failure report. */
    String describe() {
        if (isRaw() && method == null) {
            String text = new String(raw, 0, Math.min(raw.length, 300), StandardCharsets.ISO_8859_1);
            return kind + " raw[" + raw.length + " bytes] "
                    + text.replace("\r", "\\r").replace("\n", "\\n");
        }
        String shownTarget = target.length() > 200 ? target.substring(0, 200) + "..." : target;
        String shownBody = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
        return kind + " " + method + " " + shownTarget + " " + headers.keySet() + " body[" + body.length + "] "
                + shownBody;
    }
}
