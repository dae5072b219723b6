package dev.baton.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.conversation.ChatException;
import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationEvent;
import dev.baton.conversation.ConversationEvents;
import dev.baton.conversation.ConversationEvents.Subscription;
import dev.baton.conversation.ConversationService;
import dev.baton.conversation.Sender;
import dev.baton.http.Dtos.HandoffView;
import dev.baton.http.Dtos.MessageView;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code /api/v1/conversations/{id}/stream?token=...}: pushes the conversation's new messages, state changes
 * and typing to the user's browser. Close codes: 4401 bad token, 4404 unknown conversation, 4429 the
 * conversation already has as many sockets open as it may.
 */
final class ChatStream {

    /** The close code of a socket over its conversation's or agent's cap; the client may retry later. */
    static final int TOO_MANY = 4429;

    /** Events on the wire. */
    record MessageEvent(String type, MessageView message) {}

    record StateEvent(String type, String state, HandoffView handoff) {}

    record TypingEvent(String type, String sender, boolean typing) {}

    private final ChatApi api;
    private final ConversationService service;
    private final ConversationEvents events;
    private final ObjectMapper json;
    private final SocketLimits limits;
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();

    ChatStream(
            ChatApi api,
            ConversationService service,
            ConversationEvents events,
            ObjectMapper json,
            SocketLimits limits) {
        this.api = api;
        this.service = service;
        this.events = events;
        this.json = json;
        this.limits = limits;
    }

    void configure(WsConfig ws) {
        ws.onConnect(ctx -> {
            Conversation conversation;
            try {
                conversation = api.open(ctx.pathParam("id"), ctx.queryParam("token"), false);
            } catch (ApiException e) {
                refuse(ctx, e.status(), e.code());
                return;
            } catch (ChatException e) {
                refuse(ctx, HttpErrors.status(e.problem()), e.problem().code());
                return;
            }
            String id = conversation.id();
            if (!limits.openForConversation(id)) {
                ctx.closeSession(TOO_MANY, "too_many_sockets");
                return;
            }
            ctx.enableAutomaticPings(25, TimeUnit.SECONDS);
            subscriptions.put(ctx.sessionId(), events.subscribe(id, event -> push(ctx, event)));
            push(
                    ctx,
                    new ConversationEvent.StateChanged(
                            conversation.state(),
                            service.queueStatus(conversation).orElse(null)));
            ctx.attribute("conversationId", id);
        });
        ws.onMessage(ctx -> {
            String id = ctx.attribute("conversationId");
            if (id == null) {
                return;
            }
            try {
                JsonNode message = json.readTree(ctx.message());
                if ("typing".equals(message.path("type").asText())) {
                    events.publish(
                            id,
                            new ConversationEvent.Typing(
                                    Sender.USER, message.path("typing").asBoolean()));
                }
            } catch (JsonProcessingException e) {
                // A client speaking something else is ignored, not disconnected.
            }
        });
        ws.onClose(ctx -> unsubscribe(ctx));
        ws.onError(ctx -> unsubscribe(ctx));
    }

    private void refuse(WsContext ctx, int status, String code) {
        if (status == 401) {
            limits.tokenRefused(ctx.attribute(SocketLimits.ADDRESS));
        }
        ctx.closeSession(status == 404 ? 4404 : 4401, code);
    }

    private void unsubscribe(WsContext ctx) {
        Subscription s = subscriptions.remove(ctx.sessionId());
        if (s != null) {
            s.close();
            limits.closedForConversation(ctx.pathParam("id"));
        }
    }

    private void push(WsContext ctx, ConversationEvent event) {
        if (!ctx.session.isOpen()) {
            return;
        }
        Object wire;
        if (event instanceof ConversationEvent.MessageAdded m) {
            wire = new MessageEvent("message", MessageView.of(m.message()));
        } else if (event instanceof ConversationEvent.MessageRedacted m) {
            wire = new MessageEvent("message_redacted", MessageView.of(m.message()));
        } else if (event instanceof ConversationEvent.StateChanged s) {
            wire = new StateEvent("state", s.state().wire(), HandoffView.of(s.handoff()));
        } else if (event instanceof ConversationEvent.Typing t) {
            if (t.sender() == Sender.USER) {
                return; // the user's own typing is for agents, not echoed back
            }
            wire = new TypingEvent("typing", t.sender().wire(), t.typing());
        } else {
            return; // tickets and SLA alerts are for agents
        }
        try {
            ctx.send(json.writeValueAsString(wire));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event records always serialise", e);
        }
    }
}
