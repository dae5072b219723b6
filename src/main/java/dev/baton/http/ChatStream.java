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
 * and typing to the user's browser. Close codes: 4401 bad token, 4404 unknown conversation.
 */
final class ChatStream {

    /** Events on the wire. */
    record MessageEvent(String type, MessageView message) {
    }

    record StateEvent(String type, String state, HandoffView handoff) {
    }

    record TypingEvent(String type, String sender, boolean typing) {
    }

    private final ChatApi api;
    private final ConversationService service;
    private final ConversationEvents events;
    private final ObjectMapper json;
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();

    ChatStream(ChatApi api, ConversationService service, ConversationEvents events, ObjectMapper json) {
        this.api = api;
        this.service = service;
        this.events = events;
        this.json = json;
    }

    void configure(WsConfig ws) {
        ws.onConnect(ctx -> {
            Conversation conversation;
            try {
                conversation = api.open(ctx.pathParam("id"), ctx.queryParam("token"));
            } catch (ApiException e) {
                ctx.closeSession(e.status() == 404 ? 4404 : 4401, e.code());
                return;
            } catch (ChatException e) {
                ctx.closeSession(HttpErrors.status(e.problem()) == 404 ? 4404 : 4401, e.problem().code());
                return;
            }
            ctx.enableAutomaticPings(25, TimeUnit.SECONDS);
            String id = conversation.id();
            subscriptions.put(ctx.sessionId(), events.subscribe(id, event -> push(ctx, event)));
            push(ctx, new ConversationEvent.StateChanged(conversation.state(),
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
                    events.publish(id, new ConversationEvent.Typing(Sender.USER, message.path("typing").asBoolean()));
                }
            } catch (JsonProcessingException e) {
                // A client speaking something else is ignored, not disconnected.
            }
        });
        ws.onClose(ctx -> unsubscribe(ctx));
        ws.onError(ctx -> unsubscribe(ctx));
    }

    private void unsubscribe(WsContext ctx) {
        Subscription s = subscriptions.remove(ctx.sessionId());
        if (s != null) {
            s.close();
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
