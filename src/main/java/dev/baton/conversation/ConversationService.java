package dev.baton.conversation;

import dev.baton.conversation.ChatException.Problem;
import dev.baton.decision.DecisionPolicy;
import dev.baton.handoff.HandoffDesk;
import dev.baton.handoff.QueueStatus;
import dev.baton.handoff.TicketMeter;
import dev.baton.handoff.TicketStore;
import dev.baton.logging.LogContext;
import dev.baton.safety.SecretScanner;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs conversations: starts them, checks their tokens, and takes each user message through the policy
 * and the {@link Dialogue} ({@link UserTurns}), committing the redacted message, Baton's reply, the new state
 * and any ticket in one transaction before anyone is told. Stateless between calls: any number of instances
 * can share one store.
 */
public final class ConversationService {

    /** Longest accepted message, in chars. */
    public static final int MAX_TEXT_CHARS = DecisionPolicy.MAX_CHARS;

    private final ConversationStore store;
    private final Dialogue dialogue;
    private final ConversationEvents events;
    private final Clock clock;
    private final ConversationTokens tokens = new ConversationTokens(new SecureRandom());
    private final SecretGuard guard;
    private final UserTurns turns;

    public ConversationService(
            ConversationStore store,
            TicketStore tickets,
            HandoffDesk desk,
            DecisionPolicy policy,
            Dialogue dialogue,
            ConversationEvents events,
            Clock clock,
            Duration reopenWindow) {
        this(store, tickets, desk, () -> policy, policy.scanner(), dialogue, events, clock, reopenWindow);
    }

    /**
     * A service that decides each turn with whatever {@code policy} supplies then (the live, swappable policy);
     * the {@code scanner} that holds parts of secrets back is the same for every version. The messages Baton
     * could not answer are kept for the learning loop, as {@code BATON_LEARNING}'s default says.
     */
    public ConversationService(
            ConversationStore store,
            TicketStore tickets,
            HandoffDesk desk,
            Supplier<DecisionPolicy> policy,
            SecretScanner scanner,
            Dialogue dialogue,
            ConversationEvents events,
            Clock clock,
            Duration reopenWindow) {
        this(store, tickets, desk, policy, scanner, dialogue, events, clock, reopenWindow, true);
    }

    /**
     * As the other constructors, saying whether the messages Baton could not answer are kept for the learning
     * loop ({@link Unanswered}): {@code false} is the opt-out.
     */
    public ConversationService(
            ConversationStore store,
            TicketStore tickets,
            HandoffDesk desk,
            Supplier<DecisionPolicy> policy,
            SecretScanner scanner,
            Dialogue dialogue,
            ConversationEvents events,
            Clock clock,
            Duration reopenWindow,
            boolean learning) {
        this(
                store,
                tickets,
                desk,
                policy,
                scanner,
                dialogue,
                events,
                clock,
                reopenWindow,
                learning,
                TurnMeter.NONE,
                TicketMeter.NONE);
    }

    /** As the other constructors, telling the meters of every turn and ticket change it commits. */
    public ConversationService(
            ConversationStore store,
            TicketStore tickets,
            HandoffDesk desk,
            Supplier<DecisionPolicy> policy,
            SecretScanner scanner,
            Dialogue dialogue,
            ConversationEvents events,
            Clock clock,
            Duration reopenWindow,
            boolean learning,
            TurnMeter turnMeter,
            TicketMeter ticketMeter) {
        this.store = store;
        this.dialogue = dialogue;
        this.events = events;
        this.clock = clock;
        this.guard = new SecretGuard(scanner, store, reason -> policy.get().asksForHash(reason));
        this.turns = new UserTurns(
                store,
                tickets,
                desk,
                policy,
                dialogue,
                events,
                guard,
                reopenWindow,
                clock,
                learning,
                new UserTurns.Meters(turnMeter, ticketMeter));
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
        return opened(store.find(conversationId), conversationId, token);
    }

    /**
     * The conversation {@code token} opens, for a turn about to be taken on it ({@link #send(Conversation,
     * String, String)}): possibly as this process last knew it, which saves a read (see {@link
     * ConversationStore#findForTurn}); a turn on a stale one is taken again on a fresh read.
     *
     * @throws ChatException {@code conversation_not_found} or {@code unauthorized}
     */
    public Conversation authorizeTurn(String conversationId, String token) {
        return opened(store.findForTurn(conversationId), conversationId, token);
    }

    private Conversation opened(Optional<Conversation> found, String conversationId, String token) {
        Conversation conversation = found.orElseThrow(() -> notFound(conversationId));
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
        return send(store.findForTurn(conversationId).orElseThrow(() -> notFound(conversationId)), text, quickReplyId);
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
        try (LogContext log = LogContext.open()
                .conversation(conversation.id())
                .ticket(conversation.memory().ticketId())) {
            return TurnRetry.run(
                    conversation.id(),
                    attempt -> turns.take(
                            attempt == 1 ? conversation : reread(conversation.id()), text, quickReplyId, origin));
        }
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
        return turns.queueStatus(conversation);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static ChatException notFound(String conversationId) {
        return new ChatException(Problem.CONVERSATION_NOT_FOUND, "no conversation " + conversationId);
    }
}
