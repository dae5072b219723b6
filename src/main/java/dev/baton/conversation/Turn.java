package dev.baton.conversation;

import dev.baton.handoff.AuditEntry;
import dev.baton.handoff.CapacityCheck;
import dev.baton.handoff.Note;
import dev.baton.handoff.Ticket;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one turn writes, committed atomically: the conversation's new row (whose version is one more
 * than the version the turn read), the new messages, the ticket it opened or changed, and for an agent's
 * action its notes and audit lines. A turn that assigns the ticket carries the assignee's capacity check; a turn
 * of a platform's webhook delivery carries its {@link Origin}. In a messaging channel every message that is
 * not the user's also goes to the outbox, in the same transaction (see {@link #outbound()}). A turn that
 * completes a secret sent in parts redacts the earlier parts where they were stored ({@link #rewrites()}). A
 * user's turn Baton could not answer keeps its message for the learning loop ({@link #unanswered()}).
 */
public record Turn(
        Conversation conversation,
        List<Message> messages,
        Optional<Ticket> ticket,
        List<Note> notes,
        List<AuditEntry> audit,
        Optional<CapacityCheck> capacity,
        Optional<Origin> origin,
        List<Rewrite> rewrites,
        Optional<Unanswered> unanswered) {
    public Turn {
        rewrites = List.copyOf(rewrites);
        Objects.requireNonNull(conversation, "conversation");
        messages = List.copyOf(messages);
        Objects.requireNonNull(ticket, "ticket");
        notes = List.copyOf(notes);
        audit = List.copyOf(audit);
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(origin, "origin");
        long expected = conversation.lastSeq() - messages.size();
        for (Message m : messages) {
            if (m.seq() != ++expected || !m.conversationId().equals(conversation.id())) {
                throw new IllegalArgumentException("messages must continue the conversation's sequence");
            }
        }
        Objects.requireNonNull(unanswered, "unanswered");
        if (unanswered.isPresent()
                && messages.stream()
                        .noneMatch(m -> m.sender() == Sender.USER
                                && m.seq() == unanswered.get().seq())) {
            throw new IllegalArgumentException("an unanswered message must be the turn's own user message");
        }
    }

    /** A turn that keeps nothing for the learning loop. */
    public Turn(
            Conversation conversation,
            List<Message> messages,
            Optional<Ticket> ticket,
            List<Note> notes,
            List<AuditEntry> audit,
            Optional<CapacityCheck> capacity,
            Optional<Origin> origin,
            List<Rewrite> rewrites) {
        this(conversation, messages, ticket, notes, audit, capacity, origin, rewrites, Optional.empty());
    }

    /** A turn that rewrites nothing already stored. */
    public Turn(
            Conversation conversation,
            List<Message> messages,
            Optional<Ticket> ticket,
            List<Note> notes,
            List<AuditEntry> audit,
            Optional<CapacityCheck> capacity,
            Optional<Origin> origin) {
        this(conversation, messages, ticket, notes, audit, capacity, origin, List.of());
    }

    /** A user's turn: messages and the ticket, no agent bookkeeping. */
    public Turn(Conversation conversation, List<Message> messages, Optional<Ticket> ticket) {
        this(conversation, messages, ticket, List.of(), List.of(), Optional.empty(), Optional.empty());
    }

    /** An agent's action. */
    public Turn(
            Conversation conversation,
            List<Message> messages,
            Optional<Ticket> ticket,
            List<Note> notes,
            List<AuditEntry> audit,
            Optional<CapacityCheck> capacity) {
        this(conversation, messages, ticket, notes, audit, capacity, Optional.empty());
    }

    /** The messages to deliver to the user's platform: Baton's and agents' in a messaging channel, else none. */
    public List<Message> outbound() {
        if (!conversation.messaging()) {
            return List.of();
        }
        return messages.stream().filter(m -> m.sender() != Sender.USER).toList();
    }
}
