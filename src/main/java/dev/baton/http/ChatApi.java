package dev.baton.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationService;
import dev.baton.conversation.Started;
import dev.baton.http.Dtos.ConversationCreated;
import dev.baton.http.Dtos.CreateConversation;
import dev.baton.http.Dtos.SendMessage;
import dev.baton.http.Dtos.TranscriptView;
import dev.baton.http.Dtos.TurnView;
import io.javalin.http.Context;
import java.util.Set;
import java.util.regex.Pattern;

/** The user-facing chat endpoints: parse the request, call the service, render the result. */
final class ChatApi {

    private static final Pattern CONVERSATION_ID = Pattern.compile("c_[0-9a-f]{32}");
    /** The longest locale kept (a BCP 47 tag with extensions fits). */
    static final int MAX_LOCALE = 35;

    private static final Set<String> CHANNELS = Set.of("web");
    private static final int PAGE = 500;

    private final ConversationService service;
    private final ObjectMapper json;
    private final RateLimiter conversationLimiter;

    ChatApi(ConversationService service, ObjectMapper json, RateLimiter conversationLimiter) {
        this.service = service;
        this.json = json;
        this.conversationLimiter = conversationLimiter;
    }

    void create(Context ctx) {
        CreateConversation request = ctx.bodyAsBytes().length == 0
                ? new CreateConversation(null, null)
                : Requests.body(ctx, json, CreateConversation.class);
        String channel = request.channel() == null ? "web" : request.channel();
        if (!CHANNELS.contains(channel)) {
            throw new ApiException(400, "invalid_channel", "channel must be one of " + CHANNELS);
        }
        String locale = request.locale();
        // The length first: it is what the store keeps, and the pattern is not for strings of any length.
        if (locale != null
                && (locale.length() > MAX_LOCALE || !locale.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*"))) {
            throw new ApiException(
                    400,
                    "invalid_locale",
                    "locale must look like zh-CN, zh-TW or en (at most " + MAX_LOCALE + " characters)");
        }
        Started started = service.start(locale, channel);
        ctx.status(201).json(new ConversationCreated(started.conversationId(), started.token()));
    }

    void send(Context ctx) {
        Conversation conversation = open(ctx.pathParam("id"), Requests.bearer(ctx.header("Authorization")), true);
        SendMessage request = Requests.body(ctx, json, SendMessage.class);
        long wait = conversationLimiter.acquire(conversation.id());
        if (wait > 0) {
            throw HttpErrors.rateLimited(ctx, wait, "this conversation is sending too fast");
        }
        ctx.json(TurnView.of(service.send(conversation, request.text(), request.quickReply())));
    }

    void transcript(Context ctx) {
        Conversation conversation = authorized(ctx);
        String after = ctx.queryParam("after");
        long afterSeq;
        try {
            afterSeq = after == null || after.isBlank() ? 0 : Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw new ApiException(400, "invalid_parameter", "after must be a message number, not '" + after + "'");
        }
        if (afterSeq < 0) {
            throw new ApiException(400, "invalid_parameter", "after must not be negative");
        }
        ctx.json(TranscriptView.of(service.transcript(conversation, afterSeq, PAGE)));
    }

    /** The conversation named in the path, opened with the request's bearer token. */
    Conversation authorized(Context ctx) {
        return open(ctx.pathParam("id"), Requests.bearer(ctx.header("Authorization")), false);
    }

    /** @param forTurn whether a turn is about to be taken on it (see {@link ConversationService#authorizeTurn}) */
    Conversation open(String id, String token, boolean forTurn) {
        if (!CONVERSATION_ID.matcher(id).matches()) {
            throw new ApiException(404, "conversation_not_found", "no conversation " + id);
        }
        if (token == null) {
            throw new ApiException(
                    401, "unauthorized", "send the conversation's token as 'Authorization: Bearer <token>'");
        }
        return forTurn ? service.authorizeTurn(id, token) : service.authorize(id, token);
    }
}
