package dev.baton.bench.swap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.bench.load.LoadClient;
import dev.baton.bench.load.LoadMessages;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The chat API as the swap test's users see it: open a conversation, send a turn and tell from its reply which
 * answer of the edited entry it got (the reply's {@code decision.faqId} names the entry; the new answer carries
 * the run's marker). Failures are named like the load test's: {@code create 503}, {@code send timeout}.
 */
final class SwapChat {

    /** Turns a conversation takes before its sender opens another, as the load test's users do. */
    static final int TURNS_PER_CONVERSATION = 20;

    private static final byte[] CREATE = LoadMessages.CREATE_BODY.getBytes(StandardCharsets.UTF_8);

    /** An open conversation and how many turns it has had. */
    static final class Conversation {
        private final URI messages;
        private final String authorization;
        private int turns;

        private Conversation(URI messages, String authorization) {
            this.messages = messages;
            this.authorization = authorization;
        }

        boolean spent() {
            return turns >= TURNS_PER_CONVERSATION;
        }
    }

    /** A request that did not do what the run needs; {@code getMessage()} names how. */
    static final class Failure extends Exception {
        Failure(String what) {
            super(what, null, false, false);
        }
    }

    private final LoadClient client;
    private final URI base;
    private final URI create;
    private final ObjectMapper json;
    private final String entryId;
    private final String marker;

    /** @param entryId the entry whose answer the run edits; {@code marker} the text only its new answer holds */
    SwapChat(LoadClient client, URI base, ObjectMapper json, String entryId, String marker) {
        this.client = client;
        this.base = base;
        this.create = base.resolve(base.getPath() + "/api/v1/conversations");
        this.json = json;
        this.entryId = entryId;
        this.marker = marker;
    }

    Conversation open() throws Failure {
        JsonNode node = reply("create", () -> client.post(create, null, CREATE), 201);
        if (!node.hasNonNull("conversationId") || !node.hasNonNull("token")) {
            throw new Failure("create without conversationId");
        }
        return new Conversation(
                base.resolve(base.getPath() + "/api/v1/conversations/"
                        + node.get("conversationId").asText() + "/messages"),
                "Bearer " + node.get("token").asText());
    }

    /** Sends one turn due at {@code due}; a failure is part of the returned turn, never thrown. */
    SwapTurn send(Conversation conversation, byte[] body, long due) {
        long sent = System.nanoTime();
        conversation.turns++;
        try {
            JsonNode node =
                    reply("send", () -> client.post(conversation.messages, conversation.authorization, body), 200);
            long end = System.nanoTime();
            if (!node.hasNonNull("state")) {
                return SwapTurn.failed(due, sent, end, "send without state");
            }
            return new SwapTurn(due, sent, end, null, answer(node));
        } catch (Failure e) {
            return SwapTurn.failed(due, sent, System.nanoTime(), e.getMessage());
        }
    }

    private SwapTurn.Answer answer(JsonNode reply) {
        if (!entryId.equals(reply.path("decision").path("faqId").asText(null))) {
            return SwapTurn.Answer.OTHER;
        }
        return reply.path("reply").path("text").asText("").contains(marker) ? SwapTurn.Answer.NEW : SwapTurn.Answer.OLD;
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
}
