package dev.baton.channel.whatsapp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.DeliveryResult;
import dev.baton.channel.RetryAfter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * Calls {@code POST {apiUrl}/{phone-number-id}/messages} with the access token and turns the answer into a
 * {@link DeliveryResult}: 429, 5xx, network errors and Meta's rate-limit and temporary codes are tried again,
 * other refusals are final. Every error text is scrubbed of the access token.
 */
final class GraphApi {

    /** Sent outside the 24-hour window: only a template may go. */
    static final int RE_ENGAGEMENT = 131047;
    /** The template does not exist in that language (or is not approved). */
    static final int TEMPLATE_MISSING = 132001;

    // Rate limits (app, account, throughput, spam, pair) and Meta's temporary failures: not now, but later.
    private static final Set<Integer> TRY_LATER =
            Set.of(1, 2, 4, 80007, 130429, 131000, 131016, 131048, 131056, 131057, 133004);
    private static final String WHAT = "whatsapp messages";

    /** How a call went, with Meta's error code (0 when there is none) for the caller's own rules. */
    record Sent(DeliveryResult result, int code) {}

    private final HttpClient http;
    private final ObjectMapper json;
    private final URI messages;
    private final String accessToken;
    private final Duration timeout;
    private final Clock clock;

    GraphApi(
            HttpClient http,
            ObjectMapper json,
            URI apiUrl,
            String phoneNumberId,
            String accessToken,
            Duration timeout,
            Clock clock) {
        this.http = http;
        this.json = json;
        this.messages = URI.create(apiUrl.toString().replaceAll("/+$", "") + "/" + phoneNumberId + "/messages");
        this.accessToken = accessToken;
        this.timeout = timeout;
        this.clock = clock;
    }

    Sent send(WhatsappMessage message) {
        HttpResponse<String> response;
        try {
            HttpRequest request = HttpRequest.newBuilder(messages)
                    .timeout(timeout)
                    .header("Authorization", "Bearer " + accessToken)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(message)))
                    .build();
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            return retry(WHAT + ": no answer within " + timeout);
        } catch (IOException e) {
            return retry(WHAT + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + scrub(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return retry(WHAT + ": interrupted");
        }
        return outcome(response);
    }

    private Sent outcome(HttpResponse<String> response) {
        int status = response.statusCode();
        GraphAnswer answer = read(response.body());
        GraphAnswer.Error error = answer == null ? null : answer.error();
        int code = error == null || error.code() == null ? 0 : error.code();
        String what = WHAT + " HTTP " + status
                + (error == null ? "" : ": " + scrub(error.describe()) + " (code " + code + ")");
        Duration after = response.headers()
                .firstValue("Retry-After")
                .map(h -> RetryAfter.parse(h, clock))
                .orElse(null);
        if (status == 429 || TRY_LATER.contains(code)) {
            return new Sent(new DeliveryResult.Retry(what, after), code);
        }
        if (status >= 500) {
            return new Sent(new DeliveryResult.Retry(what, null), code);
        }
        if (status >= 200 && status < 300) {
            if (answer == null || !answer.accepted()) {
                // Not the Graph API's answer: something in between answered, so the message most likely never left.
                return new Sent(new DeliveryResult.Retry(what + ": unreadable answer", null), code);
            }
            return new Sent(new DeliveryResult.Delivered(), 0);
        }
        return new Sent(new DeliveryResult.Failed(what), code);
    }

    private GraphAnswer read(String body) {
        try {
            return body == null || body.isBlank() ? null : json.readValue(body, GraphAnswer.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static Sent retry(String error) {
        return new Sent(new DeliveryResult.Retry(error, null), 0);
    }

    private String scrub(String text) {
        return text.replace(accessToken, "[access token]");
    }
}
