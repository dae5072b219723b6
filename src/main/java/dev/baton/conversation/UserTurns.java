package dev.baton.conversation;

import dev.baton.decision.DecisionPolicy;
import dev.baton.decision.Outcome;
import dev.baton.decision.QuickReply;
import dev.baton.decision.ReplyLanguage;
import dev.baton.details.Details;
import dev.baton.handoff.HandoffDesk;
import dev.baton.handoff.Priority;
import dev.baton.handoff.QueueStatus;
import dev.baton.handoff.Ticket;
import dev.baton.handoff.TicketMeter;
import dev.baton.handoff.TicketStatus;
import dev.baton.handoff.TicketStore;
import dev.baton.logging.LogContext;
import dev.baton.nlu.IntentScore;
import dev.baton.nlu.Prediction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One user message taken through the {@link SecretGuard}, the policy and the {@link Dialogue}: the redacted
 * message, Baton's reply, the conversation's next state and any ticket commit in one transaction, and only then
 * are live subscribers told. {@link ConversationService} checks the message and retries the turn.
 */
final class UserTurns {

    private static final Logger LOG = LoggerFactory.getLogger(UserTurns.class);

    private final ConversationStore store;
    private final TicketStore tickets;
    private final HandoffDesk desk;
    private final Supplier<DecisionPolicy> policy;
    private final Dialogue dialogue;
    private final ConversationEvents events;
    private final SecretGuard guard;
    private final TurnTickets turnTickets;
    private final Clock clock;
    private final boolean learning;
    private final Meters meters;

    /** Where committed turns and ticket changes are counted. */
    record Meters(TurnMeter turns, TicketMeter tickets) {}

    UserTurns(
            ConversationStore store,
            TicketStore tickets,
            HandoffDesk desk,
            Supplier<DecisionPolicy> policy,
            Dialogue dialogue,
            ConversationEvents events,
            SecretGuard guard,
            Duration reopenWindow,
            Clock clock,
            boolean learning,
            Meters meters) {
        this.meters = meters;
        this.store = store;
        this.tickets = tickets;
        this.desk = desk;
        this.policy = policy;
        this.dialogue = dialogue;
        this.events = events;
        this.guard = guard;
        this.turnTickets = new TurnTickets(tickets, desk, reopenWindow);
        this.clock = clock;
        this.learning = learning;
    }

    /**
     * Takes {@code text} (or the quick reply {@code quickReplyId}) as the next message of {@code current}, read
     * just now; a {@link ConcurrentTurnException} from the commit means another turn came first.
     *
     * @param origin the platform delivery the message came by, if any, marked processed in the same transaction
     */
    TurnResult take(Conversation current, String text, String quickReplyId, Optional<Origin> origin) {
        Instant now = now();
        SecretGuard.Screened screened = guard.screen(current, text, now);
        List<Rewrite> rewrites = screened.rewrites();
        ReplyLanguage fallback = current.memory().language();
        Optional<String> chosen = dialogue.chosen(current.memory(), screened.text(), quickReplyId);
        String own = chosen.filter(Dialogue::ownChoice).orElse(null);
        DecisionPolicy live = policy.get(); // one model for the whole turn, however often it is swapped
        long deciding = System.nanoTime();
        Outcome decided = chosen.filter(id -> own == null)
                .map(id -> live.decideChosen(screened.text(), id, screened.context(), fallback))
                .orElseGet(() -> live.decideScreened(screened.text(), fallback));
        long decisionNanos = System.nanoTime() - deciding;
        Outcome outcome = own == null ? decided : asChosen(decided, own, current.memory());

        ConversationState state = current.state();
        DialogueMemory memoryIn = redacted(current.memory(), rewrites);
        Optional<Ticket> before = turnTickets.before(state, memoryIn);
        if (state == ConversationState.RESOLVED && !turnTickets.reopenable(before, now)) {
            // Past the reopen window the conversation starts afresh; the old ticket stays resolved.
            state = ConversationState.BOT;
            memoryIn = memoryIn.fresh();
            before = Optional.empty();
        }
        if (Conversation.EMAIL.equals(current.channel())) {
            memoryIn = memoryIn.byMail();
        }
        Step step = dialogue.step(state, memoryIn, outcome, own);
        Optional<Ticket> ticket = turnTickets
                .after(current, state, step, before, now)
                .map(t -> rewrites.isEmpty() ? t : t.withDetails(redacted(t.details(), rewrites), now));
        DialogueMemory memory = step.memory().withLanguage(outcome.replyLanguage());
        if (ticket.isPresent() && !ticket.get().id().equals(memory.ticketId())) {
            memory = memory.withTicketId(ticket.get().id());
        }
        ticket.ifPresent(t -> LogContext.ticketLearnt(t.id()));
        QueueStatus queue = ticket.map(desk::status).orElse(null);
        List<QuickReply> replies = step.quickReplies();
        String offer = null;
        if (offersEmailNow(step, queue, memory, ticket)) {
            // Nobody to wait for: email follow-up is offered at once rather than after the usual wait.
            QuickReply skip = dialogue.phrases().skip(outcome.replyLanguage());
            memory = memory.asking(DialogueMemory.PendingQuestion.EMAIL, List.of(skip));
            replies = List.of(skip);
            offer = dialogue.phrases().text(Phrases.EMAIL_OFFER_NOBODY, outcome.replyLanguage());
        }

        List<Message> messages = new ArrayList<>(2);
        Message user =
                new Message(current.id(), current.lastSeq() + 1, Sender.USER, outcome.text(), List.of(), null, now);
        messages.add(user);
        Message reply = null;
        if (step.reply() != null) {
            String replyText = compose(step, queue, outcome.replyLanguage(), offer);
            reply = new Message(current.id(), current.lastSeq() + 2, Sender.BOT, replyText, replies, step.trail(), now);
            messages.add(reply);
        }
        Conversation next = current.next(step.state(), memory, messages.size(), now);
        Ticket unchanged = before.orElse(null);
        Optional<Ticket> changed = ticket.filter(t -> !t.equals(unchanged));
        // Only what the user typed to Baton itself: a clicked option is Baton's own wording, and the turns after
        // a handoff carry its reason without being unclear themselves.
        Optional<Unanswered> unanswered = learning && state == ConversationState.BOT && chosen.isEmpty()
                ? Unanswered.of(user.seq(), outcome.replyLanguage(), step.trail())
                : Optional.empty();
        store.commit(new Turn(
                next, messages, changed, List.of(), List.of(), Optional.empty(), origin, rewrites, unanswered));
        meters.turns().taken(next.channel(), outcome.replyLanguage(), step.trail(), decisionNanos);
        changed.ifPresent(t ->
                meters.tickets().changed(unchanged != null && unchanged.id().equals(t.id()) ? unchanged : null, t));
        LOG.debug(
                "conversation {} turn {}: {} -> {} ({})",
                current.id(),
                user.seq(),
                current.state().wire(),
                next.state().wire(),
                step.trail().action());

        for (Rewrite r : rewrites) {
            events.publish(current.id(), new ConversationEvent.MessageRedacted(r.redacted()));
        }
        for (Message m : messages) {
            events.publish(current.id(), new ConversationEvent.MessageAdded(m));
        }
        changed.ifPresent(t -> events.publish(current.id(), new ConversationEvent.TicketChanged(t)));
        if (next.state() != current.state() || queue != null) {
            events.publish(current.id(), new ConversationEvent.StateChanged(next.state(), queue));
        }
        if (queue == null && next.state() != ConversationState.BOT) {
            queue = queueStatus(next).orElse(null);
        }
        return new TurnResult(user, reply, step.trail(), queue, next.state());
    }

    /** The memory with earlier messages' redactions carried into the details kept from them. */
    private static DialogueMemory redacted(DialogueMemory memory, List<Rewrite> rewrites) {
        return rewrites.isEmpty() ? memory : memory.withDetails(redacted(memory.details(), rewrites));
    }

    private static Details redacted(Details details, List<Rewrite> rewrites) {
        Details out = details;
        for (Rewrite r : rewrites) {
            out = out.replace(r.before(), r.after());
        }
        return out;
    }

    /**
     * A click on one of the dialogue's own quick replies ("5 ★", "Skip"): its label says nothing of the
     * user's language or intent, so the conversation's language stays and the choice is the intent.
     */
    private static Outcome asChosen(Outcome decided, String choice, DialogueMemory memory) {
        ReplyLanguage language = memory.language() != null ? memory.language() : decided.replyLanguage();
        return new Outcome(
                decided.text(),
                decided.language(),
                language,
                new Prediction(List.of(new IntentScore(choice, 1.0))),
                decided.decision(),
                decided.truncated());
    }

    /** Whether the reply announcing the queue also offers email follow-up: no agent is available to wait for. */
    private static boolean offersEmailNow(
            Step step, QueueStatus queue, DialogueMemory memory, Optional<Ticket> ticket) {
        return step.announceQueue()
                && step.reply() != null
                && queue != null
                && queue.status() == TicketStatus.QUEUED
                && !queue.agentsAvailable()
                && memory.pending() == DialogueMemory.PendingQuestion.NONE
                && !memory.emailOffered()
                && ticket.get().details().email() == null;
    }

    private String compose(Step step, QueueStatus queue, ReplyLanguage language, String offer) {
        String announcement = step.announceQueue() && queue != null ? dialogue.announce(queue, language) : null;
        // The turn that makes a case urgent says first that it went ahead: the advice that follows is long.
        boolean urgent = announcement != null
                && Priority.URGENT.code().equals(step.trail().priority());
        List<String> parts = new ArrayList<>(4);
        parts.add(urgent ? announcement : step.reply());
        parts.add(urgent ? step.reply() : announcement);
        parts.add(step.afterQueue());
        parts.add(offer);
        return String.join(
                "\n\n", parts.stream().filter(p -> p != null && !p.isBlank()).toList());
    }

    /** The ticket status of a conversation that has one. */
    Optional<QueueStatus> queueStatus(Conversation conversation) {
        String ticketId = conversation.memory().ticketId();
        if (ticketId == null || conversation.state() == ConversationState.BOT) {
            return Optional.empty();
        }
        return tickets.find(ticketId).map(desk::status);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
