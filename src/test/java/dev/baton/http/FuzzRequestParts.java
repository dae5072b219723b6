package dev.baton.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The methods, headers and query strings of fuzz requests, drawn from {@link FuzzProbes}' random source. */
final class FuzzRequestParts {

    static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");
    private static final List<String> CONTENT_TYPES = List.of(
            "application/json",
            "application/json; charset=utf-8",
            "application/json; charset=utf-16",
            "APPLICATION/JSON",
            "application/jsonx",
            "text/plain",
            "text/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/",
            ";",
            "application/json; " + "p=1; ".repeat(200));

    private final Hostile hostile;
    private final Random random;

    FuzzRequestParts(Hostile hostile, Random random) {
        this.hostile = hostile;
        this.random = random;
    }

    /** Mostly {@code usual}, now and then another method. */
    String method(String usual) {
        return hostile.chance(85) ? usual : hostile.pick(METHODS);
    }

    /** Headers with the token (usually as a bearer), now and then an odd one besides. */
    Map<String, String> headers(String token) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put(
                    "Authorization",
                    hostile.chance(90)
                            ? "Bearer " + token
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

    /** {@link #headers} and, mostly, a JSON content type. */
    Map<String, String> jsonHeaders(String token) {
        Map<String, String> headers = headers(token);
        if (hostile.chance(88)) {
            headers.put("Content-Type", "application/json");
        } else if (hostile.chance(80)) {
            headers.put("Content-Type", hostile.pick(CONTENT_TYPES));
        }
        return headers;
    }

    /** Now and then a query string of known and unknown parameters. */
    String query() {
        if (!hostile.chance(15)) {
            return "";
        }
        StringBuilder q = new StringBuilder("?");
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            q.append(i > 0 ? "&" : "")
                    .append(hostile.pick(
                            List.of("after", "limit", "status", "tier", "priority", "token", "x", "", "a%00b")))
                    .append('=')
                    .append(hostile.queryValue());
        }
        return q.toString();
    }
}
