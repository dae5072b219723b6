package dev.baton.conversation;

import dev.baton.conversation.EventRelay.Announcement;
import dev.baton.conversation.EventRelay.Announcement.Kind;
import dev.baton.handoff.HandoffDesk;
import dev.baton.handoff.QueueStatus;
import dev.baton.handoff.TicketStore;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Conversation events for several instances on one database: each event goes to this instance's listeners at
 * once and, by reference, through the {@link EventRelay} to the other instances, which read it back from the
 * store and hand it to theirs.
 */
public final class RelayedConversationEvents implements ConversationEvents {

    private static final Logger LOG = LoggerFactory.getLogger(RelayedConversationEvents.class);

    private final LocalConversationEvents local;
    private final EventRelay relay;
    private final ConversationStore store;
    private final TicketStore tickets;
    private final HandoffDesk desk;

    public RelayedConversationEvents(
            LocalConversationEvents local,
            EventRelay relay,
            ConversationStore store,
            TicketStore tickets,
            HandoffDesk desk) {
        this.local = local;
        this.relay = relay;
        this.store = store;
        this.tickets = tickets;
        this.desk = desk;
        relay.listen(this::arrived);
    }

    @Override
    public void publish(String conversationId, ConversationEvent event) {
        local.publish(conversationId, event);
        Announcement a = announcement(conversationId, event);
        if (a != null) {
            relay.announce(a);
        }
    }

    @Override
    public Subscription subscribe(String conversationId, Consumer<ConversationEvent> listener) {
        return local.subscribe(conversationId, listener);
    }

    @Override
    public Subscription subscribeAll(BiConsumer<String, ConversationEvent> listener) {
        return local.subscribeAll(listener);
    }

    static Announcement announcement(String conversationId, ConversationEvent event) {
        if (event instanceof ConversationEvent.MessageAdded m) {
            return new Announcement(
                    Kind.MESSAGE, conversationId, Long.toString(m.message().seq()));
        }
        if (event instanceof ConversationEvent.MessageRedacted m) {
            return new Announcement(
                    Kind.REDACTED, conversationId, Long.toString(m.message().seq()));
        }
        if (event instanceof ConversationEvent.StateChanged) {
            return new Announcement(Kind.STATE, conversationId, "");
        }
        if (event instanceof ConversationEvent.TicketChanged t) {
            return new Announcement(Kind.TICKET, conversationId, t.ticket().id());
        }
        if (event instanceof ConversationEvent.Typing t) {
            return new Announcement(Kind.TYPING, conversationId, t.sender().wire() + ":" + t.typing());
        }
        return null;
    }

    /**
     * Another instance's event, read back and handed to this instance's listeners only; the conversation it
     * changed is no longer taken from this instance's memory for a turn.
     */
    private void arrived(Announcement a) {
        if (a.kind() != Kind.TYPING) {
            store.changedElsewhere(a.conversationId());
        }
        if (a.kind() == Kind.STATE && !local.listens(a.conversationId())) {
            // Only a conversation's own listeners (its widget's stream) take its state; reading it back, with its
            // ticket and place in the queue, for nobody cost a queued turn two reads on every other instance.
            return;
        }
        try {
            ConversationEvent event = resolve(a);
            if (event != null) {
                local.publish(a.conversationId(), event);
            }
        } catch (RuntimeException e) {
            LOG.warn("cannot relay an event of conversation {}: {}", a.conversationId(), e.toString());
        }
    }

    private ConversationEvent resolve(Announcement a) {
        return switch (a.kind()) {
            case MESSAGE ->
                store.messages(a.conversationId(), Long.parseLong(a.ref()) - 1, 1).stream()
                        .findFirst()
                        .map(ConversationEvent.MessageAdded::new)
                        .orElse(null);
            case REDACTED ->
                store.messages(a.conversationId(), Long.parseLong(a.ref()) - 1, 1).stream()
                        .findFirst()
                        .map(ConversationEvent.MessageRedacted::new)
                        .orElse(null);
            case STATE ->
                store.find(a.conversationId())
                        .map(c -> new ConversationEvent.StateChanged(c.state(), queue(c)))
                        .orElse(null);
            case TICKET ->
                tickets.find(a.ref()).map(ConversationEvent.TicketChanged::new).orElse(null);
            case TYPING -> {
                int colon = a.ref().indexOf(':');
                yield new ConversationEvent.Typing(
                        Sender.fromWire(a.ref().substring(0, colon)),
                        Boolean.parseBoolean(a.ref().substring(colon + 1)));
            }
        };
    }

    private QueueStatus queue(Conversation c) {
        String ticketId = c.memory().ticketId();
        if (ticketId == null || c.state() == ConversationState.BOT) {
            return null;
        }
        return tickets.find(ticketId).map(desk::status).orElse(null);
    }
}
