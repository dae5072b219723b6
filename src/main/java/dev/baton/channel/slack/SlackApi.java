package dev.baton.channel.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.DeliveryResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** Calls {@code chat.postMessage} with the bot token and turns Slack's answer into a {@link DeliveryResult}. */
final class SlackApi {

    private final HttpClient http;
    private final ObjectMapper json;
    private final URI postMessage;
    private final String authorization;
    private final Duration timeout;

    SlackApi(HttpClient http, ObjectMapper json, URI apiUrl, String botToken, Duration timeout) {
        this.http = http;
        this.json = json;
        this.postMessage = URI.create(apiUrl.toString().replaceAll("/+$", "") + "/chat.postMessage");
        this.authorization = "Bearer " + botToken;
        this.timeout = timeout;
    }

    DeliveryResult send(SlackPostMessage message) {
        HttpResponse<String> response;
        try {
            HttpRequest request = HttpRequest.newBuilder(postMessage)
                    .timeout(timeout)
                    .header("Authorization", authorization)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(message)))
                    .build();
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            return new DeliveryResult.Retry("slack chat.postMessage: no answer within " + timeout, null);
        } catch (IOException e) {
            return new DeliveryResult.Retry(
                    "slack chat.postMessage: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryResult.Retry("slack chat.postMessage: interrupted", null);
        }
        return outcome(response);
    }

    private DeliveryResult outcome(HttpResponse<String> response) {
        int status = response.statusCode();
        Duration after = response.headers()
                .firstValue("Retry-After")
                .map(SlackApi::seconds)
                .orElse(null);
        String what = "slack chat.postMessage HTTP " + status;
        if (status == 429) {
            return new DeliveryResult.Retry(what + ": rate limited", after);
        }
        if (status >= 500) {
            return new DeliveryResult.Retry(what, null);
        }
        if (status < 200 || status >= 300) {
            return new DeliveryResult.Failed(what);
        }
        SlackAnswer answer = read(response.body());
        if (answer == null) {
            // Not Slack's JSON: something in between answered, so the message most likely never left.
            return new DeliveryResult.Retry(what + ": unreadable answer", null);
        }
        if (answer.ok()) {
            return new DeliveryResult.Delivered();
        }
        String error = "slack chat.postMessage: " + (answer.error() == null ? "ok=false" : answer.error());
        return answer.isTransient() ? new DeliveryResult.Retry(error, after) : new DeliveryResult.Failed(error);
    }

    private SlackAnswer read(String body) {
        try {
            return body == null || body.isBlank() ? null : json.readValue(body, SlackAnswer.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static Duration seconds(String header) {
        try {
            long seconds = Long.parseLong(header.trim());
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
