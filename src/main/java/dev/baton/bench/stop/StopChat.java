package dev.baton.bench.stop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.bench.load.LoadClient;
import dev.baton.bench.load.LoadMessages;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * The chat API as the stop test's users see it through a balancer: before each request the sender asks the gate,
 * and sends nothing once it has closed. A turn opens a conversation first when its sender has none (or has used
 * one for {@value #TURNS_PER_CONVERSATION} turns), so a failure to open counts against the turn.
 */
public final class StopChat {

    /** Turns a conversation takes before its sender opens another, as the load test's users do. */
    static final int TURNS_PER_CONVERSATION = 20;

    private static final byte[] CREATE = LoadMessages.CREATE_BODY.getBytes(StandardCharsets.UTF_8);

    /** An open conversation and how many turns it has had. */
    public static final class Conversation {
        public final String id;
        private final URI messages;
        private final String authorization;
        private int turns;

        private Conversation(String id, URI messages, String authorization) {
            this.id = id;
            this.messages = messages;
            this.authorization = authorization;
        }

        boolean spent() {
            return turns >= TURNS_PER_CONVERSATION;
        }
    }

    /** A request that did not do what the turn needs, already judged. */
    private static final class Failure extends Exception {
        final StopTurn.Outcome outcome;

        Failure(StopTurn.Outcome outcome, String what) {
            super(what, null, false, false);
            this.outcome = outcome;
        }
    }

    private interface Request {
        LoadClient.Reply call() throws IOException;
    }

    private final LoadClient client;
    private final URI base;
    private final URI create;
    private final ObjectMapper json;
    private final BooleanSupplier gateOpen;

    public StopChat(LoadClient client, URI base, ObjectMapper json, BooleanSupplier gateOpen) {
        this.client = client;
        this.base = base;
        this.create = base.resolve(base.getPath() + "/api/v1/conversations");
        this.json = json;
        this.gateOpen = gateOpen;
    }

    /**
     * One turn due at {@code due} on {@code holder[0]}, opening a conversation into it first when needed; the
     * outcome, whatever it is, is in the returned turn.
     */
    public StopTurn turn(Conversation[] holder, byte[] body, long due) {
        long sent = System.nanoTime();
        if (!gateOpen.getAsBoolean()) {
            return StopTurn.held(due, sent);
        }
        try {
            if (holder[0] == null || holder[0].spent()) {
                holder[0] = open();
                if (!gateOpen.getAsBoolean()) {
                    return StopTurn.held(due, System.nanoTime());
                }
            }
            Conversation c = holder[0];
            c.turns++;
            JsonNode node = reply("send", () -> client.post(c.messages, c.authorization, body));
            long seq = node.path("messageId").asLong(0);
            if (seq < 1) {
                throw new Failure(StopTurn.Outcome.BROKEN, "send without messageId");
            }
            return StopTurn.acknowledged(due, sent, System.nanoTime(), c.id, seq, body);
        } catch (Failure e) {
            // A conversation whose turn failed is left; the sender opens a new one, as a user would reload.
            holder[0] = null;
            return StopTurn.failed(due, sent, System.nanoTime(), e.outcome, e.getMessage());
        }
    }

    private Conversation open() throws Failure {
        JsonNode node = reply("create", () -> client.post(create, null, CREATE));
        String id = node.path("conversationId").asText(null);
        String token = node.path("token").asText(null);
        if (id == null || token == null) {
            throw new Failure(StopTurn.Outcome.BROKEN, "create without conversationId");
        }
        return new Conversation(
                id, base.resolve(base.getPath() + "/api/v1/conversations/" + id + "/messages"), "Bearer " + token);
    }

    private JsonNode reply(String what, Request request) throws Failure {
        LoadClient.Reply reply;
        try {
            reply = request.call();
        } catch (IOException e) {
            StopTurn.Outcome outcome = StopTurn.of(e);
            throw new Failure(outcome, what + " " + outcome.name().toLowerCase(Locale.ROOT));
        }
        StopTurn.Outcome outcome = StopTurn.of(reply.status());
        if (outcome != StopTurn.Outcome.ACKNOWLEDGED) {
            throw new Failure(outcome, what + " " + reply.status());
        }
        try {
            return json.readTree(reply.body());
        } catch (IOException e) {
            throw new Failure(StopTurn.Outcome.BROKEN, what + " not json");
        }
    }
}
