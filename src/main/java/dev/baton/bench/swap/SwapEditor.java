package dev.baton.bench.swap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.bench.BenchException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The knowledge editor's API as an editor uses it: change one answer of the draft, publish, follow the publish
 * and ask what is live. Anything but the documented answer stops the run with the server's error code.
 */
final class SwapEditor {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** A publish as last read: its state ({@code training}, {@code checking}, {@code published} ...). */
    record Publish(
            String state, Instant startedAt, Instant finishedAt, Long version, String error, List<String> reasons) {
        boolean finished() {
            return finishedAt != null;
        }

        boolean published() {
            return "published".equals(state);
        }
    }

    /** The version this server answers with, and since when. */
    record Live(long version, Instant since) {}

    private final HttpClient http = HttpClient.newBuilder()
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(TIMEOUT)
            .build();
    private final URI knowledge;
    private final String authorization;
    private final ObjectMapper json;

    SwapEditor(URI base, String token, ObjectMapper json) {
        this.knowledge = URI.create(base + "/api/v1/knowledge");
        this.authorization = "Bearer " + token;
        this.json = json;
    }

    /**
     * Adds {@code marker} to each language of the entry's answer in the draft, so a reply shows which version
     * answered it; returns the draft's new revision.
     */
    long edit(String entryId, String marker) throws InterruptedException {
        JsonNode page = call("GET", "/entries/" + entryId, null, 200);
        ObjectNode entry = (ObjectNode) page.get("entry");
        ObjectNode answer = (ObjectNode) entry.get("answer");
        answer.put("en", answer.path("en").asText() + " (Updated: " + marker + ")");
        answer.put("zh", answer.path("zh").asText() + "（更新：" + marker + "）");
        if (answer.hasNonNull("zhHant")) {
            answer.put("zhHant", answer.get("zhHant").asText() + "（更新：" + marker + "）");
        }
        ObjectNode body =
                json.createObjectNode().put("revision", page.get("revision").asLong());
        body.set("entry", entry);
        return call("PUT", "/entries/" + entryId, body, 200).get("revision").asLong();
    }

    /** Starts publishing the draft at {@code revision}; returns the publish's id. */
    long startPublish(long revision, String note) throws InterruptedException {
        ObjectNode body = json.createObjectNode().put("revision", revision).put("note", note);
        return call("POST", "/publish", body, 202).path("publish").path("id").asLong();
    }

    Publish publish(long id) throws InterruptedException {
        JsonNode p = call("GET", "/publishes/" + id, null, 200).path("publish");
        List<String> reasons = new ArrayList<>();
        p.path("gate").path("reasons").forEach(r -> reasons.add(r.asText()));
        return new Publish(
                p.path("state").asText(),
                instant(p.path("startedAt")),
                instant(p.path("finishedAt")),
                p.hasNonNull("version") ? p.get("version").asLong() : null,
                p.path("error").asText(null),
                reasons);
    }

    Live live() throws InterruptedException {
        JsonNode live = call("GET", "/live", null, 200);
        return new Live(live.path("version").asLong(), instant(live.path("since")));
    }

    private static Instant instant(JsonNode node) {
        return node.isTextual() ? Instant.parse(node.asText()) : null;
    }

    private JsonNode call(String method, String path, JsonNode body, int expected) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(knowledge + path))
                .timeout(TIMEOUT)
                .header("Authorization", authorization)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        String what = method + " " + path;
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode reply = json.readTree(response.body());
            if (response.statusCode() != expected) {
                throw new BenchException("the knowledge API answered " + what + " with " + response.statusCode()
                        + " " + reply.path("error").path("code").asText("") + ": "
                        + reply.path("error").path("message").asText(""));
            }
            return reply;
        } catch (IOException e) {
            throw new BenchException("the knowledge API did not answer " + what + ": " + e, e);
        }
    }
}
