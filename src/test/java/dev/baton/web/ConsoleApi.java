package dev.baton.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Baton's HTTP APIs as a console test uses them beside the browser: the agent API to check what the console
 * shows, the chat API to play a user without a second browser.
 */
final class ConsoleApi {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;

    ConsoleApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A conversation a test opened as a web user, with the token that writes to it. */
    record Chat(String id, String token) {}

    /** {@code GET path} on the agent API as the agent with {@code token}; fails the test unless it is 200. */
    JsonNode agentGet(String path, String token) {
        return send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                200,
                "GET " + path);
    }

    /** {@code POST path} with a JSON {@code body} as {@code token}; fails the test unless it answers {@code status}. */
    JsonNode postAs(String path, String token, Map<String, String> body, int status) {
        return post(path, token, body, status);
    }

    /** The id of the open ticket of {@code conversationId}, as the agent API lists it. */
    String ticketOf(String conversationId, String token) {
        JsonNode tickets = agentGet("/api/v1/agent/queue", token).path("tickets");
        return StreamSupport.stream(tickets.spliterator(), false)
                .filter(t -> t.path("conversationId").asText().equals(conversationId))
                .map(t -> t.path("id").asText())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ticket for " + conversationId + " in " + tickets));
    }

    /** Opens a conversation as a web user. */
    Chat openChat() {
        JsonNode created = post("/api/v1/conversations", null, Map.of(), 201);
        return new Chat(
                created.path("conversationId").asText(), created.path("token").asText());
    }

    /** The user of {@code chat} writes {@code text}; returns Baton's turn. */
    JsonNode say(Chat chat, String text) {
        return post("/api/v1/conversations/" + chat.id() + "/messages", chat.token(), Map.of("text", text), 200);
    }

    /** The conversation the widget in {@code widget}'s tab holds. */
    static String conversationId(WidgetPage widget) throws Exception {
        String stored = (String) widget.script("return window.sessionStorage.getItem('baton.conversation');");
        return JSON.readTree(stored).path("conversationId").asText();
    }

    private JsonNode post(String path, String token, Map<String, String> body, int status) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return send(request.build(), status, "POST " + path);
        } catch (Exception e) {
            throw new AssertionError("POST " + path + " failed", e);
        }
    }

    private static JsonNode send(HttpRequest request, int status, String what) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(status);
            return JSON.readTree(response.body());
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(what + " failed", e);
        }
    }
}
