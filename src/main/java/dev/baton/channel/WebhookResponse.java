package dev.baton.channel;

import java.util.Objects;

/** What the platform gets back from a webhook call. */
public record WebhookResponse(int status, String contentType, String body) {
    public WebhookResponse {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    public static WebhookResponse ok() {
        return new WebhookResponse(200, "text/plain; charset=utf-8", "ok");
    }

    public static WebhookResponse text(String body) {
        return new WebhookResponse(200, "text/plain; charset=utf-8", body);
    }

    public static WebhookResponse json(String body) {
        return new WebhookResponse(200, "application/json", body);
    }
}
