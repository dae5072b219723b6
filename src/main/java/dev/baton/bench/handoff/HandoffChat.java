package dev.baton.bench.handoff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.bench.load.LoadClient;
import dev.baton.bench.load.LoadMessages;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The chat API as the handoff benchmark's users see it: open a conversation, send a message. Failures come
 * back as {@link Failure}s named like the load test's errors ({@code create 503}, {@code send timeout},
 * {@code send state bot}).
 */
final class HandoffChat {

    /** Reports of stolen funds: each is urgent, so the first message queues a ticket at once. */
    static final List<String> URGENT = List.of("我的币被盗了", "my wallet was drained, funds gone", "钱包被盗 币全没了");

    private static final byte[] CREATE = LoadMessages.CREATE_BODY.getBytes(StandardCharsets.UTF_8);

    /** An open conversation. */
    record Conversation(String id, URI messages, String authorization) {}

    /** A request that did not do what the benchmark needs; {@code getMessage()} names how. */
    static final class Failure extends Exception {
        Failure(String what) {
            super(what, null, false, false);
        }
    }

    private final LoadClient client;
    private final URI base;
    private final URI create;
    private final ObjectMapper json;
    private final byte[][] urgent;

    HandoffChat(LoadClient client, URI base, ObjectMapper json) {
        this.client = client;
        this.base = base;
        this.create = base.resolve(base.getPath() + "/api/v1/conversations");
        this.json = json;
        this.urgent = URGENT.stream().map(this::body).toArray(byte[][]::new);
    }

    /** An urgent message body, the {@code n}-th of {@link #URGENT} round robin. */
    byte[] urgent(int n) {
        return urgent[Math.floorMod(n, urgent.length)];
    }

    Conversation open() throws Failure {
        JsonNode node = reply("create", () -> client.post(create, null, CREATE), 201);
        if (!node.hasNonNull("conversationId") || !node.hasNonNull("token")) {
            throw new Failure("create without conversationId");
        }
        String id = node.get("conversationId").asText();
        return new Conversation(
                id,
                base.resolve(base.getPath() + "/api/v1/conversations/" + id + "/messages"),
                "Bearer " + node.get("token").asText());
    }

    /** Sends a message body; returns the conversation's state after it ({@code bot}, {@code queued} ...). */
    String send(Conversation conversation, byte[] body) throws Failure {
        JsonNode node =
                reply("send", () -> client.post(conversation.messages(), conversation.authorization(), body), 200);
        return node.path("state").asText("");
    }

    private interface Request {
        LoadClient.Reply call() throws IOException;
    }

    private JsonNode reply(String what, Request request, int expected) throws Failure {
        LoadClient.Reply reply;
        try {
            reply = request.call();
        } catch (InterruptedIOException e) {
            throw new Failure(what + " timeout");
        } catch (IOException e) {
            throw new Failure(what + " io");
        }
        if (reply.status() != expected) {
            throw new Failure(what + " " + reply.status());
        }
        try {
            return json.readTree(reply.body());
        } catch (IOException e) {
            throw new Failure(what + " not json");
        }
    }

    private byte[] body(String text) {
        try {
            return json.writeValueAsBytes(new Text(text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a message", e);
        }
    }

    private record Text(String text) {}
}
