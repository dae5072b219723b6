package dev.baton.agent;

import dev.baton.agent.TicketTurns.Action;
import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationEvents;
import dev.baton.conversation.ConversationService;
import dev.baton.conversation.ConversationState;
import dev.baton.conversation.ConversationStore;
import dev.baton.conversation.Dialogue;
import dev.baton.conversation.DialogueMemory;
import dev.baton.conversation.Message;
import dev.baton.conversation.Phrases;
import dev.baton.conversation.Sender;
import dev.baton.decision.QuickReply;
import dev.baton.decision.ReplyLanguage;
import dev.baton.handoff.Actor;
import dev.baton.handoff.AuditEntry;
import dev.baton.handoff.CapacityCheck;
import dev.baton.handoff.HandoffDesk;
import dev.baton.handoff.Note;
import dev.baton.handoff.QueueStatus;
import dev.baton.handoff.Ticket;
import dev.baton.handoff.TicketException;
import dev.baton.handoff.TicketMeter;
import dev.baton.handoff.TicketStatus;
import dev.baton.handoff.TicketStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What happens to a handed-off conversation from the agents' side: an agent claims it, writes to the user,
 * adds notes, escalates or resolves it; Baton offers email follow-up to a user who waited long and closes
 * the tickets of users who left. Every action commits as one turn of the conversation (ticket, messages,
 * notes and audit line together) over the version it read, so two agents claiming one ticket at once
 * cannot both win, on one instance or many ({@link TicketTurns}).
 */
public final class HandoffService {

    private final TicketTurns turns;
    private final Requeue requeue;
    private final HandoffDesk desk;
    private final UnaryOperator<String> redactor;
    private final Phrases phrases;

    /** @param redactor takes recovery phrases and private keys out of what agents write */
    public HandoffService(
            ConversationStore store,
            TicketStore tickets,
            HandoffDesk desk,
            UnaryOperator<String> redactor,
            Dialogue dialogue,
            ConversationEvents events,
            Clock clock) {
        this(store, tickets, desk, redactor, dialogue, events, clock, TicketMeter.NONE);
    }

    /** As the other constructor, telling {@code meter} of every ticket change it commits. */
    public HandoffService(
            ConversationStore store,
            TicketStore tickets,
            HandoffDesk desk,
            UnaryOperator<String> redactor,
            Dialogue dialogue,
            ConversationEvents events,
            Clock clock,
            TicketMeter meter) {
        this.turns = new TicketTurns(store, tickets, desk, events, clock, meter);
        this.desk = desk;
        this.redactor = redactor;
        this.phrases = dialogue.phrases();
        this.requeue = new Requeue(turns, desk, phrases);
    }

    /** Returns the tickets of silent agents to the queue (for the {@link QueueWatch}). */
    Requeue requeue() {
        return requeue;
    }

    /** The ticket, if {@code actor} may see it. */
    public Ticket visible(String ticketId, Actor actor) {
        Ticket ticket = turns.find(ticketId);
        if (!actor.maySee(ticket)) {
            throw forbidden(ticket);
        }
        return ticket;
    }

    /** {@code actor} takes a queued ticket; the user is told an agent joined. */
    public Ticket claim(String ticketId, Actor actor, int capacity) {
        return turns.act(ticketId, (c, t, now) -> {
            if (!actor.mayClaim(t)) {
                throw new TicketException(
                        TicketException.Problem.FORBIDDEN,
                        "ticket " + t.id() + " is for the tier-" + t.tier() + " team");
            }
            Ticket claimed = t.claim(actor.id(), now);
            String joined = String.format(phrases.text(Phrases.AGENT_JOINED, c.language()), actor.name());
            DialogueMemory memory = c.memory().asking(DialogueMemory.PendingQuestion.NONE, List.of());
            return new Action<>(
                    c,
                    ConversationState.WITH_AGENT,
                    memory,
                    List.of(system(c, 1, joined, now)),
                    claimed,
                    List.of(),
                    audit(actor, "claim", t, "was " + t.status().wire(), now),
                    Optional.of(new CapacityCheck(actor.id(), capacity)),
                    claimed);
        });
    }

    /** {@code actor} writes to the user (redacted like everything else); the ticket then waits on the user. */
    public Message reply(String ticketId, Actor actor, String text) {
        String redacted = redactor.apply(checked(text));
        return turns.act(ticketId, (c, t, now) -> {
            requireActor(actor, t);
            Message message = new Message(c.id(), c.lastSeq() + 1, Sender.AGENT, redacted, List.of(), null, now);
            return new Action<>(
                    c,
                    c.state(),
                    c.memory(),
                    List.of(message),
                    t.agentReplied(now),
                    List.of(),
                    audit(actor, "reply", t, null, now),
                    Optional.empty(),
                    message);
        });
    }

    /** An internal note: agents see it, the user never does. */
    public Note note(String ticketId, Actor actor, String text) {
        String redacted = redactor.apply(checked(text));
        return turns.act(ticketId, (c, t, now) -> {
            if (!actor.maySee(t)) {
                throw forbidden(t);
            }
            Note note = new Note(t.id(), actor.id(), redacted, now);
            return new Action<>(
                    c,
                    c.state(),
                    c.memory(),
                    List.of(),
                    t,
                    List.of(note),
                    audit(actor, "note", t, null, now),
                    Optional.empty(),
                    note);
        });
    }

    /** Passes the ticket to the tier-2 team with a note saying why; the user is told and waits again. */
    public Ticket escalate(String ticketId, Actor actor, String why) {
        String redacted = redactor.apply(checked(why));
        return turns.act(ticketId, (c, t, now) -> {
            requireActor(actor, t);
            Ticket escalated = t.escalate(now);
            ReplyLanguage language = c.language();
            QueueStatus place = desk.status(escalated);
            String text = phrases.text(Phrases.ESCALATED, language) + "\n\n" + phrases.queued(language, place);
            DialogueMemory memory = c.memory().asking(DialogueMemory.PendingQuestion.NONE, List.of());
            return new Action<>(
                    c,
                    ConversationState.QUEUED,
                    memory,
                    List.of(bot(c, 1, text, List.of(), now)),
                    escalated,
                    List.of(new Note(t.id(), actor.id(), redacted, now)),
                    audit(actor, "escalate", t, redacted, now),
                    Optional.empty(),
                    escalated);
        });
    }

    /** Resolves the ticket: the conversation returns to Baton, which asks the user for a 1-5 rating. */
    public Ticket resolve(String ticketId, Actor actor) {
        return turns.act(ticketId, (c, t, now) -> {
            requireActor(actor, t);
            Ticket resolved = t.resolve(now);
            DialogueMemory memory = c.memory().asking(DialogueMemory.PendingQuestion.RATING, phrases.ratings());
            Message ask = bot(c, 1, phrases.text(Phrases.RATE, c.language()), phrases.ratings(), now);
            return new Action<>(
                    c,
                    ConversationState.RESOLVED,
                    memory,
                    List.of(ask),
                    resolved,
                    List.of(),
                    audit(actor, "resolve", t, null, now),
                    Optional.empty(),
                    resolved);
        });
    }

    /**
     * Offers email follow-up to the user of a ticket still queued (once per ticket).
     *
     * @return whether the offer was made now
     */
    public boolean offerEmail(String ticketId) {
        return offerEmail(ticketId, false);
    }

    /** As {@link #offerEmail(String)}; with {@code nobodyAvailable}, the offer says no agent is available. */
    public boolean offerEmail(String ticketId, boolean nobodyAvailable) {
        return turns.act(ticketId, (c, t, now) -> {
                    boolean due = t.status() == TicketStatus.QUEUED
                            && c.state() == ConversationState.QUEUED
                            && !c.memory().emailOffered()
                            && t.details().email() == null
                            && c.memory().pending() == DialogueMemory.PendingQuestion.NONE;
                    if (!due) {
                        return null;
                    }
                    ReplyLanguage language = c.language();
                    DialogueMemory memory =
                            c.memory().asking(DialogueMemory.PendingQuestion.EMAIL, List.of(phrases.skip(language)));
                    String text =
                            phrases.text(nobodyAvailable ? Phrases.EMAIL_OFFER_NOBODY : Phrases.EMAIL_OFFER, language);
                    Message offer = bot(c, 1, text, memory.offered(), now);
                    return new Action<>(
                            c,
                            c.state(),
                            memory,
                            List.of(offer),
                            t,
                            List.of(),
                            List.of(),
                            Optional.empty(),
                            Boolean.TRUE);
                })
                != null;
    }

    /** Closes the ticket of a user who left without an agent's help; the conversation returns to Baton. */
    public boolean abandon(String ticketId) {
        return turns.act(ticketId, (c, t, now) -> {
                    if (t.status() != TicketStatus.QUEUED && t.status() != TicketStatus.WAITING_ON_USER) {
                        return null;
                    }
                    Ticket abandoned = t.abandon(now);
                    return new Action<>(
                            c,
                            ConversationState.BOT,
                            c.memory().fresh().withTicketId(t.id()),
                            List.of(),
                            abandoned,
                            List.of(),
                            List.of(),
                            Optional.empty(),
                            Boolean.TRUE);
                })
                != null;
    }

    private static void requireActor(Actor actor, Ticket ticket) {
        if (!actor.mayAct(ticket)) {
            throw ticket.assignee() == null
                    ? new TicketException(
                            TicketException.Problem.INVALID_TRANSITION,
                            "ticket " + ticket.id() + " is " + ticket.status().wire()
                                    + " and held by nobody; claim it first")
                    : forbidden(ticket);
        }
    }

    private static TicketException forbidden(Ticket ticket) {
        return new TicketException(
                TicketException.Problem.FORBIDDEN, "ticket " + ticket.id() + " belongs to another agent");
    }

    private static String checked(String text) {
        if (text == null || text.isBlank()) {
            throw new TicketException(TicketException.Problem.INVALID_REQUEST, "text must not be empty");
        }
        if (text.length() > ConversationService.MAX_TEXT_CHARS) {
            throw new TicketException(
                    TicketException.Problem.INVALID_REQUEST,
                    "text is " + text.length() + " characters; at most " + ConversationService.MAX_TEXT_CHARS
                            + " are accepted");
        }
        return text;
    }

    private static List<AuditEntry> audit(Actor actor, String what, Ticket t, String detail, Instant now) {
        return List.of(new AuditEntry(now, actor.id(), what, t.id(), t.conversationId(), detail));
    }

    private static Message system(Conversation c, int offset, String text, Instant now) {
        return new Message(c.id(), c.lastSeq() + offset, Sender.SYSTEM, text, List.of(), null, now);
    }

    private static Message bot(Conversation c, int offset, String text, List<QuickReply> replies, Instant now) {
        return new Message(c.id(), c.lastSeq() + offset, Sender.BOT, text, replies, null, now);
    }
}
