package dev.baton.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.agent.Agent;
import dev.baton.agent.AgentAccounts;
import dev.baton.agent.Right;
import dev.baton.http.AdminFile;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Agent accounts through the admin path of the server that holds an embedded store, found by the admin file in
 * its data directory.
 */
final class AdminClient implements AgentOps {

    private static final Duration CONNECT = Duration.ofSeconds(2);
    private static final Duration ANSWER = Duration.ofSeconds(30);
    private static final String AGENTS = "/api/v1/admin/agents";

    private final AdminFile file;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    private AdminClient(AdminFile file, HttpClient http) {
        this.file = file;
        this.http = http;
    }

    /**
     * The server running on the store in {@code dataDir}, when its admin file is there and the server behind it
     * answers with that file's token; empty for no file or a stale one (a killed server's).
     */
    static Optional<AdminClient> find(Path dataDir) {
        Optional<AdminFile> file = AdminFile.read(dataDir);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        AdminClient client = new AdminClient(
                file.get(), HttpClient.newBuilder().connectTimeout(CONNECT).build());
        try {
            HttpResponse<String> answer =
                    client.http.send(client.request(AGENTS).GET().build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 ? Optional.of(client) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    int port() {
        return file.port();
    }

    @Override
    public AgentAccounts.Issued add(String name, int tier, Set<Right> rights) {
        ObjectNode body = json.createObjectNode()
                .put("name", name)
                .put("tier", tier)
                .put("supervisor", rights.contains(Right.SUPERVISOR))
                .put("editor", rights.contains(Right.EDITOR));
        JsonNode added = call(request(AGENTS)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
        return new AgentAccounts.Issued(
                agent(added.path("agent")), added.path("token").asText());
    }

    @Override
    public Agent revoke(String name) {
        String path =
                AGENTS + "/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20") + "/revoke";
        return agent(
                call(request(path).POST(HttpRequest.BodyPublishers.noBody()).build()));
    }

    @Override
    public Agent setRight(String name, Right right, boolean held) {
        String path = AGENTS + "/"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20") + "/rights/" + right.wire();
        HttpRequest.Builder request = request(path);
        return agent(call((held ? request.PUT(HttpRequest.BodyPublishers.noBody()) : request.DELETE()).build()));
    }

    @Override
    public List<Agent> list() {
        List<Agent> agents = new ArrayList<>();
        call(request(AGENTS).GET().build()).path("agents").forEach(a -> agents.add(agent(a)));
        return agents;
    }

    private HttpRequest.Builder request(String path) {
        String host = file.host().contains(":") && !file.host().startsWith("[") ? "[" + file.host() + "]" : file.host();
        return HttpRequest.newBuilder(URI.create("http://" + host + ":" + file.port() + path))
                .timeout(ANSWER)
                .header("Authorization", "Bearer " + file.token());
    }

    /** The answer's JSON; a refusal becomes a {@link CliException} with the server's message. */
    private JsonNode call(HttpRequest request) {
        HttpResponse<String> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new CliException("the server on port " + file.port() + " stopped answering: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted while waiting for the server on port " + file.port(), e);
        }
        JsonNode body;
        try {
            body = json.readTree(answer.body());
        } catch (IOException e) {
            throw new CliException(
                    "the server on port " + file.port() + " answered " + answer.statusCode()
                            + " with something that is not JSON",
                    e);
        }
        if (answer.statusCode() / 100 != 2) {
            throw new CliException(
                    body.path("error").path("message").asText("the server refused: HTTP " + answer.statusCode()));
        }
        return body;
    }

    private static Agent agent(JsonNode a) {
        String revoked = a.path("revokedAt").asText(null);
        return new Agent(
                a.path("id").asText(),
                a.path("name").asText(),
                a.path("tier").asInt(),
                a.path("supervisor").asBoolean(),
                a.path("editor").asBoolean(),
                Instant.parse(a.path("createdAt").asText()),
                revoked == null ? null : Instant.parse(revoked));
    }
}
