package dev.baton.channel.telegram;

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
import java.util.Optional;

/**
 * Calls {@code sendMessage} and turns Telegram's answer into a {@link DeliveryResult}. The bot token is part
 * of the URL path, so no error text here ever includes the URL, and any text that came from elsewhere is
 * scrubbed of the token.
 */
final class TelegramApi {

    private final HttpClient http;
    private final ObjectMapper json;
    private final URI sendMessage;
    private final String botToken;
    private final Duration timeout;

    TelegramApi(HttpClient http, ObjectMapper json, URI apiUrl, String botToken, Duration timeout) {
        this.http = http;
        this.json = json;
        String base = apiUrl.toString().replaceAll("/+$", "");
        this.sendMessage = URI.create(base + "/bot" + botToken + "/sendMessage");
        this.botToken = botToken;
        this.timeout = timeout;
    }

    DeliveryResult send(TelegramSendMessage message) {
        HttpResponse<String> response;
        try {
            HttpRequest request = HttpRequest.newBuilder(sendMessage)
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(message)))
                    .build();
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            return new DeliveryResult.Retry("telegram sendMessage: no answer within " + timeout, null);
        } catch (IOException e) {
            return new DeliveryResult.Retry("telegram sendMessage: " + describe(e), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryResult.Retry("telegram sendMessage: interrupted", null);
        }
        return outcome(response.statusCode(), response.headers().firstValue("Retry-After"), response.body());
    }

    private DeliveryResult outcome(int status, Optional<String> retryAfterHeader, String body) {
        TelegramAnswer answer = read(body);
        String what = "telegram sendMessage HTTP " + status
                + (answer != null && answer.description() != null ? ": " + scrub(answer.description()) : "");
        boolean tooMany =
                status == 429 || answer != null && Integer.valueOf(429).equals(answer.errorCode());
        if (tooMany) {
            Long seconds = answer == null ? null : answer.retryAfter();
            Duration after = seconds != null && seconds >= 0
                    ? Duration.ofSeconds(seconds)
                    : retryAfterHeader.flatMap(TelegramApi::seconds).orElse(null);
            return new DeliveryResult.Retry(what, after);
        }
        if (status >= 500) {
            return new DeliveryResult.Retry(what, null);
        }
        if (status >= 200 && status < 300) {
            if (answer == null) {
                // Not Telegram's JSON: something in between answered, so the message most likely never left.
                return new DeliveryResult.Retry(what + ": unreadable answer", null);
            }
            return answer.ok() ? new DeliveryResult.Delivered() : new DeliveryResult.Failed(what);
        }
        return new DeliveryResult.Failed(what);
    }

    private TelegramAnswer read(String body) {
        try {
            return body == null || body.isBlank() ? null : json.readValue(body, TelegramAnswer.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static Optional<Duration> seconds(String header) {
        try {
            long seconds = Long.parseLong(header.trim());
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + scrub(message));
    }

    private String scrub(String text) {
        return text.replace(botToken, "<bot token>");
    }
}
