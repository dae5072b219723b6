package dev.baton.channel;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A webhook call as the server received it, before anything is trusted.
 *
 * @param headers     header names in lower case
 * @param integration the path's integration name for the generic webhook, else null
 */
public record WebhookRequest(
        String method,
        Map<String, String> headers,
        Map<String, String> query,
        byte[] body,
        String integration,
        Instant receivedAt) {
    public WebhookRequest {
        Objects.requireNonNull(method, "method");
        headers = Map.copyOf(headers);
        query = Map.copyOf(query);
        body = body == null ? new byte[0] : body;
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** A header by name (any case), or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
