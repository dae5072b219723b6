package dev.baton.conversation;

import dev.baton.conversation.ChatException.Problem;
import dev.baton.decision.DecisionPolicy;
import dev.baton.decision.Outcome;
import dev.baton.decision.ReplyLanguage;
import dev.baton.details.Details;
import dev.baton.handoff.HandoffDesk;
import dev.baton.handoff.Priority;
import dev.baton.handoff.QueueStatus;
import dev.baton.handoff.Ticket;
import dev.baton.handoff.TicketStore;
import dev.baton.nlu.IntentScore;
import dev.baton.nlu.Prediction;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs conversations: starts them, checks their tokens, and takes each user message through the policy
 * and the {@link Dialogue}, committing the redacted message, Baton's reply, the new state and any ticket
 * in one transaction before anyone is told. Stateless between calls: any number of instances can share
 * one store.
 */
public final class ConversationService {

    /** Longest accepted message, in chars. */
    public static final int MAX_TEXT_CHARS = DecisionPolicy.MAX_CHARS;

    private static final Logger LOG = LoggerFactory.getLogger(ConversationService.class);

    private final ConversationStore store;
    private final TicketStore tickets;
    private final HandoffDesk desk;
    private final DecisionPolicy policy;
    private final Dialogue dialogue;
    private final ConversationEvents events;
    private final Clock clock;
    private final ConversationTokens tokens = new ConversationTokens(new SecureRandom());
    private final TurnTickets turnTickets;
    private final SecretGuard guard;

    public ConversationService(
            ConversationStore store,
            TicketStore tickets,
            HandoffDesk desk,
            DecisionPolicy policy,
            Dialogue dialogue,
            ConversationEvents events,
            Clock clock,
            Duration reopenWindow) {
        this.store = store;
        this.tickets = tickets;
        this.desk = desk;
        this.policy = policy;
        this.dialogue = dialogue;
        this.events = events;
        this.clock = clock;
        this.turnTickets = new TurnTickets(tickets, desk, reopenWindow);
        this.guard = new SecretGuard(policy.scanner(), store, policy::asksForHash);
    }

    /** Opens a conversation; the token in the result is the only way to reach it again. */
    public Started start(String locale, String channel) {
        Started started = tokens.issue();
        Instant now = now();
        store.create(new Conversation(
                started.conversationId(),
                tokens.hash(started.token()),
                locale,
                channel,
                ConversationState.BOT,
                DialogueMemory.EMPTY,
                0,
                0,
                now,
                now));
        return started;
    }

    /** A conversation by id, for the server's own use (channels): no token is checked. */
    public Optional<Conversation> find(String conversationId) {
        return store.find(conversationId);
    }

    /**
     * The conversation {@code token} opens.
     *
     * @throws ChatException {@code conversation_not_found} or {@code unauthorized}
     */
    public Conversation authorize(String conversationId, String token) {
        Conversation conversation = store.find(conversationId).orElseThrow(() -> notFound(conversationId));
        if (!tokens.opens(conversation.tokenHash(), token)) {
            throw new ChatException(Problem.UNAUTHORIZED, "the token does not open this conversation");
        }
        return conversation;
    }

    /**
     * Takes one user message: commits it with Baton's reply and the conversation's next state, then tells
     * live subscribers.
     *
     * @param quickReplyId the quick reply the user clicked, or null when typed
     * @throws ChatException for an empty or too long text, or an unknown conversation
     */
    public TurnResult send(String conversationId, String text, String quickReplyId) {
        return send(store.find(conversationId).orElseThrow(() -> notFound(conversationId)), text, quickReplyId);
    }

    /**
     * Takes one user message of a conversation just read (by {@link #authorize}), saving a second read; if
     * it has moved on since, the turn is retried on a fresh read.
     */
    public TurnResult send(Conversation conversation, String text, String quickReplyId) {
        return send(conversation, text, quickReplyId, Optional.empty());
    }

    /**
     * Takes a message that arrived by a platform's webhook: as {@link #send}, and the stored delivery is marked
     * processed in the same transaction.
     *
     * @throws AlreadyProcessedException when the delivery made a turn already; nothing was written
     */
    public TurnResult receive(Conversation conversation, String text, Origin origin) {
        return send(conversation, text, null, Optional.of(origin));
    }

    /** Greets a user who just opened a platform chat (Telegram's /start, a WeChat follow), in their language. */
    public void greet(Conversation conversation, Origin origin) {
        TurnRetry.run(conversation.id(), attempt -> {
            Conversation current = attempt == 1 ? conversation : reread(conversation.id());
            Instant now = now();
            Message hello = new Message(
                    current.id(),
                    current.lastSeq() + 1,
                    Sender.BOT,
                    dialogue.greeting(current.language()),
                    List.of(),
                    null,
                    now);
            Conversation next = current.next(current.state(), current.memory(), 1, now);
            store.commit(new Turn(
                    next,
                    List.of(hello),
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    Optional.empty(),
                    Optional.of(origin)));
            events.publish(current.id(), new ConversationEvent.MessageAdded(hello));
            return hello;
        });
    }

    private TurnResult send(Conversation conversation, String text, String quickReplyId, Optional<Origin> origin) {
        if (text == null || text.isBlank()) {
            throw new ChatException(Problem.INVALID_MESSAGE, "text must not be empty");
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw new ChatException(
                    Problem.TEXT_TOO_LONG,
                    "text is " + text.length() + " characters; at most " + MAX_TEXT_CHARS + " are accepted");
        }
        // The first attempt takes the conversation as the caller read it; a retry reads it again.
        return TurnRetry.run(
                conversation.id(),
                attempt -> take(attempt == 1 ? conversation : reread(conversation.id()), text, quickReplyId, origin));
    }

    private Conversation reread(String conversationId) {
        return store.find(conversationId).orElseThrow(() -> notFound(conversationId));
    }

    /**
     * A platform message redacted as a message of {@code conversation} (its chat's current one) would be,
     * before it is stored as a delivery: a bare transaction hash Baton just asked for is kept, and a part of a
     * secret is held as the turn would hold it.
     */
    public String redactArriving(Conversation conversation, String text) {
        return guard.held(conversation, text, now());
    }

    /** Whether {@code text} would hold part of a secret in a conversation where other parts are open. */
    public boolean mayHoldPart(String text) {
        return guard.mayHoldPart(text);
    }

    /** Up to {@code limit} messages after seq {@code after}, with the conversation's state. */
    public Transcript transcript(Conversation conversation, long after, int limit) {
        List<Message> messages = store.messages(conversation.id(), Math.max(0, after), limit);
        return new Transcript(
                messages, conversation.state(), queueStatus(conversation).orElse(null));
    }

    /** The ticket status of a conversation that has one. */
    public Optional<QueueStatus> queueStatus(Conversation conversation) {
        String ticketId = conversation.memory().ticketId();
        if (ticketId == null || conversation.state() == ConversationState.BOT) {
            return Optional.empty();
        }
        return tickets.find(ticketId).map(desk::status);
    }

    private TurnResult take(Conversation current, String text, String quickReplyId, Optional<Origin> origin) {
        Instant now = now();
        SecretGuard.Screened screened = guard.screen(current, text, now);
        List<Rewrite> rewrites = screened.rewrites();
        ReplyLanguage fallback = current.memory().language();
        Optional<String> chosen = dialogue.chosen(current.memory(), screened.text(), quickReplyId);
        String own = chosen.filter(Dialogue::ownChoice).orElse(null);
        Outcome decided = chosen.filter(id -> own == null)
                .map(id -> policy.decideChosen(screened.text(), id, screened.context(), fallback))
                .orElseGet(() -> policy.decideScreened(screened.text(), fallback));
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
        Step step = dialogue.step(state, memoryIn, outcome, own);
        Optional<Ticket> ticket = turnTickets
                .after(current.id(), state, step, before, now)
                .map(t -> rewrites.isEmpty() ? t : t.withDetails(redacted(t.details(), rewrites), now));
        DialogueMemory memory = step.memory().withLanguage(outcome.replyLanguage());
        if (ticket.isPresent() && !ticket.get().id().equals(memory.ticketId())) {
            memory = memory.withTicketId(ticket.get().id());
        }
        QueueStatus queue = ticket.map(desk::status).orElse(null);

        List<Message> messages = new ArrayList<>(2);
        Message user =
                new Message(current.id(), current.lastSeq() + 1, Sender.USER, outcome.text(), List.of(), null, now);
        messages.add(user);
        Message reply = null;
        if (step.reply() != null) {
            String replyText = compose(step, queue, outcome.replyLanguage());
            reply = new Message(
                    current.id(), current.lastSeq() + 2, Sender.BOT, replyText, step.quickReplies(), step.trail(), now);
            messages.add(reply);
        }
        Conversation next = current.next(step.state(), memory, messages.size(), now);
        Ticket unchanged = before.orElse(null);
        Optional<Ticket> changed = ticket.filter(t -> !t.equals(unchanged));
        store.commit(new Turn(next, messages, changed, List.of(), List.of(), Optional.empty(), origin, rewrites));
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

    private String compose(Step step, QueueStatus queue, ReplyLanguage language) {
        String announcement = step.announceQueue() && queue != null ? dialogue.announce(queue, language) : null;
        // The turn that makes a case urgent says first that it went ahead: the advice that follows is long.
        boolean urgent = announcement != null
                && Priority.URGENT.code().equals(step.trail().priority());
        List<String> parts = new ArrayList<>(3);
        parts.add(urgent ? announcement : step.reply());
        parts.add(urgent ? step.reply() : announcement);
        parts.add(step.afterQueue());
        return String.join(
                "\n\n", parts.stream().filter(p -> p != null && !p.isBlank()).toList());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static ChatException notFound(String conversationId) {
        return new ChatException(Problem.CONVERSATION_NOT_FOUND, "no conversation " + conversationId);
    }
}
