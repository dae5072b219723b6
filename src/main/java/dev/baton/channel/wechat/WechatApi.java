package dev.baton.channel.wechat;

import dev.baton.channel.DeliveryResult;
import dev.baton.channel.RetryAfter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Calls to WeChat's server API over HTTP: a 2xx answer's body, or what a transport failure means for a delivery
 * (a timeout, an I/O error, 429 or 5xx: try again; another status: give up). Error texts never carry the URI,
 * which holds the app secret or the access token.
 */
final class WechatApi {

    /** A body to read, or a delivery result already decided. */
    sealed interface Outcome {
        record Answer(String body) implements Outcome {}

        record Unavailable(DeliveryResult result) implements Outcome {}
    }

    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    WechatApi(HttpClient http, Duration timeout, Clock clock) {
        this.http = http;
        this.timeout = timeout;
        this.clock = clock;
    }

    Outcome get(URI uri, String what) {
        return call(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(), what);
    }

    Outcome postJson(URI uri, String json, String what) {
        return call(
                HttpRequest.newBuilder(uri)
                        .timeout(timeout)
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                        .build(),
                what);
    }

    private Outcome call(HttpRequest request, String what) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            return retry(what + " timed out after " + timeout.toMillis() + " ms", null);
        } catch (IOException e) {
            return retry(
                    what + " failed: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage()),
                    null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return retry(what + " was interrupted", null);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new Outcome.Answer(response.body());
        }
        if (status == 429) {
            return retry(
                    what + ": HTTP 429",
                    RetryAfter.parse(
                            response.headers().firstValue("Retry-After").orElse(null), clock));
        }
        if (status >= 500) {
            return retry(what + ": HTTP " + status, null);
        }
        return new Outcome.Unavailable(new DeliveryResult.Failed(what + ": HTTP " + status));
    }

    private static Outcome retry(String error, Duration after) {
        return new Outcome.Unavailable(new DeliveryResult.Retry(error, after));
    }
}
