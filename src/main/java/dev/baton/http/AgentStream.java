package dev.baton.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.baton.agent.AgentDesk;
import dev.baton.agent.AgentPresence;
import dev.baton.conversation.ConversationEvent;
import dev.baton.conversation.ConversationEvents;
import dev.baton.conversation.Sender;
import dev.baton.handoff.Actor;
import dev.baton.handoff.Ticket;
import dev.baton.http.AgentDtos.AgentMessage;
import dev.baton.http.AgentDtos.TicketSummary;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code /api/v1/agent/stream?token=<agent token>}: pushes queue changes, the messages and typing of the
 * conversations an agent holds, and SLA warnings. Browsers cannot set headers on a WebSocket, so the token
 * also comes as a query parameter; a bad one closes the socket with 4401.
 */
final class AgentStream {

    record TicketEvent(String type, TicketSummary ticket) {}

    record MessageEvent(String type, String ticketId, String conversationId, AgentMessage message) {}

    record TypingEvent(String type, String ticketId, String conversationId, boolean typing) {}

    record SlaEvent(String type, String ticketId, String state, String firstResponseDue) {}

    private final AgentApi api;
    private final AgentDesk desk;
    private final AgentPresence presence;
    private final ConversationEvents events;
    private final ObjectMapper json;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AgentStream.class);
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    /** How often open sockets are checked against the accounts: a revoked agent's closes within this. */
    static final java.time.Duration REVOCATION_CHECK = java.time.Duration.ofMillis(500);

    private final java.util.concurrent.ScheduledExecutorService revocations =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "agent-revocations");
                t.setDaemon(true);
                return t;
            });
    /** The latest ticket of each conversation agents have heard of: whose its messages are. */
    private final Cache<String, Optional<Ticket>> tickets = Caffeine.newBuilder()
            .maximumSize(50_000)
            .expireAfterAccess(1, TimeUnit.HOURS)
            .recordStats()
            .build();

    private record Session(WsContext ctx, Actor actor) {}

    private final SocketLimits limits;

    AgentStream(
            AgentApi api,
            AgentDesk desk,
            AgentPresence presence,
            ConversationEvents events,
            ObjectMapper json,
            SocketLimits limits) {
        this.limits = limits;
        this.api = api;
        this.desk = desk;
        this.presence = presence;
        this.events = events;
        this.json = json;
        events.subscribeAll(this::dispatch);
        revocations.scheduleWithFixedDelay(
                this::closeRevoked, REVOCATION_CHECK.toMillis(), REVOCATION_CHECK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Closes the sockets of agents whose accounts were revoked since they connected (on any instance: the
     * accounts are read from the shared store), so a revoked agent stops receiving customers' messages.
     */
    private void closeRevoked() {
        if (sessions.isEmpty()) {
            return;
        }
        try {
            java.util.Set<String> active = desk.activeAgentIds();
            for (Session s : java.util.List.copyOf(sessions.values())) {
                if (!active.contains(s.actor().id())) {
                    forget(s.ctx());
                    s.ctx().closeSession(4401, "revoked");
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("cannot check agents' sockets for revoked accounts: {}", e.toString());
        }
    }

    /** Stops checking for revoked accounts. */
    void close() {
        revocations.shutdownNow();
    }

    void configure(WsConfig ws) {
        ws.onConnect(ctx -> {
            Actor actor;
            try {
                String token = ctx.queryParam("token");
                actor = api.actor(token != null ? token : Requests.bearer(ctx.header("Authorization")));
            } catch (ApiException e) {
                limits.tokenRefused(ctx.attribute(SocketLimits.ADDRESS));
                ctx.closeSession(4401, e.code());
                return;
            }
            if (!limits.openForAgent(actor.id())) {
                ctx.closeSession(ChatStream.TOO_MANY, "too_many_sockets");
                return;
            }
            ctx.enableAutomaticPings(25, TimeUnit.SECONDS);
            sessions.put(ctx.sessionId(), new Session(ctx, actor));
            presence.connected(actor);
        });
        ws.onMessage(ctx -> {
            Session session = sessions.get(ctx.sessionId());
            if (session == null) {
                return;
            }
            try {
                JsonNode message = json.readTree(ctx.message());
                if ("typing".equals(message.path("type").asText())) {
                    typing(
                            session.actor(),
                            message.path("ticketId").asText(""),
                            message.path("typing").asBoolean());
                }
            } catch (JsonProcessingException e) {
                // A client speaking something else is ignored, not disconnected.
            }
        });
        ws.onClose(this::forget);
        ws.onError(this::forget);
    }

    private void typing(Actor actor, String ticketId, boolean typing) {
        try {
            Ticket ticket = desk.visible(ticketId, actor);
            if (actor.mayAct(ticket)) {
                events.publish(ticket.conversationId(), new ConversationEvent.Typing(Sender.AGENT, typing));
            }
        } catch (RuntimeException e) {
            // An unknown or foreign ticket: nothing to tell anyone.
        }
    }

    private void forget(WsContext ctx) {
        Session s = sessions.remove(ctx.sessionId());
        if (s != null) {
            presence.disconnected(s.actor());
            limits.closedForAgent(s.actor().id());
        }
    }

    private void dispatch(String conversationId, ConversationEvent event) {
        if (sessions.isEmpty()) {
            return;
        }
        if (event instanceof ConversationEvent.TicketChanged changed) {
            Ticket t = changed.ticket();
            Ticket before = tickets.asMap()
                    .getOrDefault(conversationId, Optional.empty())
                    .orElse(null);
            tickets.put(conversationId, Optional.of(t));
            String previous = before == null ? null : before.assignee();
            send(
                    a -> a.maySee(t) || a.id().equals(previous),
                    new TicketEvent("ticket", TicketSummary.of(t, desk::name)));
        } else if (event instanceof ConversationEvent.MessageAdded m) {
            ticketOf(conversationId)
                    .ifPresent(t -> send(
                            a -> owns(a, t),
                            new MessageEvent("message", t.id(), conversationId, AgentMessage.of(m.message()))));
        } else if (event instanceof ConversationEvent.MessageRedacted m) {
            ticketOf(conversationId)
                    .ifPresent(t -> send(
                            a -> owns(a, t),
                            new MessageEvent(
                                    "message_redacted", t.id(), conversationId, AgentMessage.of(m.message()))));
        } else if (event instanceof ConversationEvent.Typing typing && typing.sender() == Sender.USER) {
            ticketOf(conversationId)
                    .ifPresent(t ->
                            send(a -> owns(a, t), new TypingEvent("typing", t.id(), conversationId, typing.typing())));
        } else if (event instanceof ConversationEvent.SlaAlert alert) {
            Ticket t = alert.ticket();
            send(
                    a -> a.maySee(t),
                    new SlaEvent(
                            "sla",
                            t.id(),
                            alert.breached() ? "breached" : "warning",
                            t.firstResponseDue().toString()));
        }
    }

    /**
     * Who follows a conversation's messages: its agent and every supervisor, and while nobody holds the
     * ticket, every agent who may take it.
     */
    private static boolean owns(Actor actor, Ticket ticket) {
        return actor.supervisor()
                || actor.id().equals(ticket.assignee())
                || ticket.assignee() == null && ticket.open() && actor.maySee(ticket);
    }

    private Optional<Ticket> ticketOf(String conversationId) {
        return tickets.get(conversationId, desk::currentTicket);
    }

    private void send(Predicate<Actor> audience, Object event) {
        String text = null;
        for (Session s : sessions.values()) {
            if (!audience.test(s.actor()) || !s.ctx().session.isOpen()) {
                continue;
            }
            if (text == null) {
                try {
                    text = json.writeValueAsString(event);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("event records always serialise", e);
                }
            }
            s.ctx().send(text);
        }
    }
}
