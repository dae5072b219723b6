package dev.baton.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small client of the chat API for tests: raw requests and the common calls. */
final class ApiClient {

    /** A response with its body parsed as JSON (or a missing node when it is not JSON). */
    record Reply(int status, JsonNode json, String body, HttpResponse<String> raw) {}

    /** A conversation a test opened. */
    record Chat(String id, String token) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Duration timeout;

    ApiClient(String base) {
        this(base, Duration.ofSeconds(10));
    }

    /** A client that waits {@code timeout} for each answer (training a draft on demand takes seconds). */
    ApiClient(String base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
    }

    Chat open() {
        Reply created = request(
                "POST",
                "/api/v1/conversations",
                null,
                "application/json",
                "{\"locale\":\"zh-CN\",\"channel\":\"web\"}");
        if (created.status() != 201) {
            throw new IllegalStateException("could not open a conversation: " + created.body());
        }
        return new Chat(
                created.json().get("conversationId").asText(),
                created.json().get("token").asText());
    }

    Reply send(Chat chat, String text) {
        return send(chat, text, null);
    }

    Reply send(Chat chat, String text, String quickReply) {
        ObjectNode body = JSON.createObjectNode().put("text", text);
        if (quickReply != null) {
            body.put("quickReply", quickReply);
        }
        return request(
                "POST",
                "/api/v1/conversations/" + chat.id() + "/messages",
                chat.token(),
                "application/json",
                body.toString());
    }

    Reply transcript(Chat chat, long after) {
        return request(
                "GET", "/api/v1/conversations/" + chat.id() + "/messages?after=" + after, chat.token(), null, null);
    }

    /** A request with any headers (webhooks sign theirs). */
    Reply requestWithHeaders(String method, String path, String contentType, String body, Map<String, String> headers) {
        return request(method, path, null, contentType, body, headers);
    }

    Reply request(String method, String path, String token, String contentType, String body) {
        return request(method, path, token, contentType, body, Map.of());
    }

    private Reply request(
            String method, String path, String token, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
        headers.forEach(b::header);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json;
            try {
                json = JSON.readTree(response.body());
            } catch (IOException e) {
                json = JSON.missingNode();
            }
            return new Reply(
                    response.statusCode(), json == null ? JSON.missingNode() : json, response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
