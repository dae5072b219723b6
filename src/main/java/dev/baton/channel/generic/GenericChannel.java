package dev.baton.channel.generic;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.baton.channel.Channel;
import dev.baton.channel.Delivery;
import dev.baton.channel.DeliveryResult;
import dev.baton.channel.InboundMessage;
import dev.baton.channel.Received;
import dev.baton.channel.RetryAfter;
import dev.baton.channel.WebhookException;
import dev.baton.channel.WebhookRequest;
import dev.baton.config.ChannelsConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A company's own app, integrated by two signed JSON webhooks: the app posts users' messages to
 * {@code /webhooks/generic/{integration}}, and Baton posts replies to the integration's callback URL. Both are
 * signed with the integration's shared secret as {@link GenericSignature} describes.
 */
public final class GenericChannel implements Channel {

    private static final int SNIPPET = 200;

    private final String name;
    private final String secret;
    private final URI callbackUrl;
    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;
    private final ObjectMapper json = strictJson();

    public GenericChannel(
            String integration, ChannelsConfig.Generic config, HttpClient http, Duration timeout, Clock clock) {
        if (integration == null
                || !ChannelsConfig.INTEGRATION.matcher(integration).matches()) {
            throw new IllegalArgumentException("invalid generic integration name: " + integration);
        }
        Objects.requireNonNull(config, "config");
        if (config.secret() == null || config.secret().isBlank()) {
            throw new IllegalArgumentException("generic integration '" + integration + "' needs a secret");
        }
        this.name = "generic:" + integration;
        this.secret = config.secret();
        this.callbackUrl = config.callbackUrl();
        this.http = Objects.requireNonNull(http, "http");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Received receive(WebhookRequest request) {
        if (!"POST".equalsIgnoreCase(request.method())) {
            throw WebhookException.malformed("post messages to this webhook with POST, not " + request.method());
        }
        GenericSignature.Verdict verdict = GenericSignature.verify(
                secret, request.header(GenericSignature.HEADER), request.body(), clock.instant());
        if (verdict != GenericSignature.Verdict.VALID) {
            throw WebhookException.unauthorized(verdict.reason());
        }
        GenericInbound message = read(request.body());
        return new Received.Messages(List.of(new InboundMessage(
                name, message.messageId(), message.userId(), message.locale(), message.text(), null)));
    }

    private GenericInbound read(byte[] body) {
        if (body.length == 0) {
            throw WebhookException.malformed("the body is empty; send a JSON object with messageId, userId and text");
        }
        try {
            GenericInbound message = json.readValue(body, GenericInbound.class);
            if (message == null) {
                throw WebhookException.malformed("the body must be a JSON object, not null");
            }
            return message;
        } catch (JsonParseException e) {
            throw WebhookException.malformed("the body is not valid JSON" + WebhookException.at(e));
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof IllegalArgumentException invalid) {
                throw WebhookException.malformed(invalid.getMessage());
            }
            if (e.getPath().isEmpty() || e.getPath().get(0).getFieldName() == null) {
                throw WebhookException.malformed(
                        "the body must be exactly one JSON object with messageId, userId " + "and text");
            }
            throw WebhookException.malformed("'" + e.getPath().get(0).getFieldName() + "' must be a string");
        } catch (IOException e) {
            throw WebhookException.malformed("the body could not be read");
        }
    }

    @Override
    public DeliveryResult send(Delivery delivery) {
        if (callbackUrl == null) {
            return new DeliveryResult.Failed(name + " has no callbackUrl configured");
        }
        byte[] body;
        try {
            body = json.writeValueAsBytes(GenericOutbound.of(delivery));
        } catch (JsonProcessingException e) {
            return new DeliveryResult.Failed("the message cannot be written as JSON");
        }
        HttpRequest request = HttpRequest.newBuilder(callbackUrl)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header(
                        GenericSignature.HEADER,
                        GenericSignature.sign(secret, clock.instant().getEpochSecond(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            return new DeliveryResult.Retry("the callback timed out after " + timeout.toMillis() + " ms", null);
        } catch (IOException e) {
            return new DeliveryResult.Retry(
                    "the callback failed: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage()),
                    null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryResult.Retry("the callback was interrupted", null);
        }
        return outcome(response);
    }

    private DeliveryResult outcome(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new DeliveryResult.Delivered();
        }
        String error = "the callback answered HTTP " + status + snippet(response.body());
        if (status == 429) {
            return new DeliveryResult.Retry(
                    error,
                    RetryAfter.parse(
                            response.headers().firstValue("Retry-After").orElse(null), clock));
        }
        if (status >= 500) {
            return new DeliveryResult.Retry(error, null);
        }
        return new DeliveryResult.Failed(error);
    }

    // Unknown fields are the app's business; ids may be JSON numbers, but true or 1.5 is a mistake.
    private static ObjectMapper strictJson() {
        ObjectMapper json = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
                .configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, true);
        json.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return json;
    }

    private static String snippet(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String flat = body.strip().replaceAll("\\s+", " ");
        return ": " + (flat.length() > SNIPPET ? flat.substring(0, SNIPPET) + "..." : flat);
    }
}
