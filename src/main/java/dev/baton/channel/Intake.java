package dev.baton.channel;

import dev.baton.conversation.AlreadyProcessedException;
import dev.baton.conversation.ChatException;
import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationService;
import dev.baton.conversation.ConversationState;
import dev.baton.conversation.Message;
import dev.baton.conversation.Origin;
import dev.baton.conversation.Started;
import dev.baton.conversation.TurnResult;
import dev.baton.logging.LogContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exactly-once intake of platform messages. {@link #accept} stores each delivery durably (redacted, unique on
 * the platform's id, so a retry, even after a restart, is recognised) before the platform is answered; a
 * worker then turns each stored delivery into one conversation turn, marking it processed in the turn's own
 * transaction. A chat's messages are taken in order; several instances share the work by leases.
 */
public final class Intake implements AutoCloseable {

    /** What became of one delivery of a webhook call. */
    public record Accepted(InboundMessage message, OptionalLong id) {
        public boolean duplicate() {
            return id.isEmpty();
        }
    }

    static final Duration POLL = Duration.ofSeconds(1);
    /** Finished deliveries and sent replies are kept this long, then pruned (hourly). */
    static final Duration RETENTION = Duration.ofDays(7);

    private static final Duration PRUNE_EVERY = Duration.ofHours(1);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);
    private static final int BATCH = 64;
    private static final Logger LOG = LoggerFactory.getLogger(Intake.class);

    private final ChannelStore store;
    private final ConversationService conversations;
    private final UnaryOperator<String> redactor;
    private final Map<String, Duration> holds;
    private final Duration newConversationAfter;
    private final Duration lease;
    private final Clock clock;
    private final ScheduledExecutorService worker;
    private final AtomicBoolean drainPending = new AtomicBoolean();
    private volatile boolean closing;
    private final Map<Long, CompletableFuture<Optional<Message>>> replies = new ConcurrentHashMap<>();

    /**
     * @param holds                how long each channel's replies wait before the outbox sends them (the
     *                             webhook's own response may carry them first)
     * @param newConversationAfter a chat whose conversation is back with Baton and quiet this long starts a new one
     * @param lease                how long a delivery taken by this instance is kept from the others (a turn
     *                             that outlasts it is still made once: the delivery is marked processed in the
     *                             turn's transaction)
     */
    public Intake(
            ChannelStore store,
            ConversationService conversations,
            UnaryOperator<String> redactor,
            Map<String, Duration> holds,
            Duration newConversationAfter,
            Duration lease,
            Clock clock,
            ScheduledExecutorService worker) {
        this.store = store;
        this.conversations = conversations;
        this.redactor = redactor;
        this.holds = Map.copyOf(holds);
        this.newConversationAfter = newConversationAfter;
        this.lease = lease;
        this.clock = clock;
        this.worker = worker;
    }

    /** Processes what is pending now (left from before a restart) and then keeps polling for stray work. */
    public Intake start() {
        long poll = POLL.toMillis();
        worker.scheduleWithFixedDelay(this::drainSafely, 0, poll, TimeUnit.MILLISECONDS);
        worker.scheduleWithFixedDelay(
                this::pruneSafely, PRUNE_EVERY.toMinutes(), PRUNE_EVERY.toMinutes(), TimeUnit.MINUTES);
        return this;
    }

    /** Stores a call's messages durably, then has them processed; duplicates are recognised and skipped. */
    public List<Accepted> accept(List<InboundMessage> messages) {
        Instant now = clock.instant();
        List<Accepted> accepted = new ArrayList<>(messages.size());
        for (InboundMessage m : messages) {
            String text = redactedArriving(m);
            InboundMessage safe = new InboundMessage(
                    m.channel(),
                    m.eventId(),
                    m.chatId(),
                    m.locale(),
                    text,
                    m.command(),
                    m.thread(),
                    m.topic() == null ? null : redactor.apply(m.topic()));
            OptionalLong id = store.accept(safe, now);
            if (id.isPresent()
                    && !holds.getOrDefault(m.channel(), Duration.ZERO).isZero()) {
                // Registered before the worker can finish the turn, so the reply cannot slip past the waiter.
                replies.put(id.getAsLong(), new CompletableFuture<>());
            }
            accepted.add(new Accepted(safe, id));
        }
        wake();
        return accepted;
    }

    /**
     * The delivery's text redacted. When something was held back, or may be part of a secret, the chat's
     * conversation is asked what it knows: a bare transaction hash sent in answer to Baton's question for one
     * is kept, and a few list words that continue a secret sent in parts are held.
     */
    private String redactedArriving(InboundMessage m) {
        String cut = cut(m.text());
        String text = redactor.apply(cut);
        if (text.equals(cut) && !conversations.mayHoldPart(cut)) {
            return text;
        }
        return store.currentConversation(m.channel(), m.chatId())
                .flatMap(conversations::find)
                .map(c -> conversations.redactArriving(c, cut))
                .orElse(text);
    }

    /**
     * Baton's reply to an accepted delivery, when it comes within {@code window} (for platforms that take the
     * reply in the webhook's response); empty when it does not, or the turn has no reply.
     */
    public Optional<Message> awaitReply(long inboundId, Duration window) {
        CompletableFuture<Optional<Message>> reply = replies.get(inboundId);
        if (reply == null) {
            return Optional.empty();
        }
        try {
            return reply.get(window.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            replies.remove(inboundId);
        }
    }

    /** Asks for a pass over the pending deliveries on the worker (requests in a row make one pass). */
    public void wake() {
        if (drainPending.compareAndSet(false, true)) {
            try {
                worker.execute(() -> {
                    drainPending.set(false);
                    drainSafely();
                });
            } catch (RejectedExecutionException e) {
                drainPending.set(false);
            }
        }
    }

    /** Processes every pending delivery this worker can lease. */
    public void drain() {
        while (!closing) {
            Instant now = clock.instant();
            List<PendingInbound> leased = store.leaseInbound(now, now.plus(lease), BATCH);
            if (leased.isEmpty()) {
                return;
            }
            for (PendingInbound p : leased) {
                if (closing) {
                    // Leased but not started: another instance (or this one after a restart) takes it later.
                    return;
                }
                process(p);
            }
        }
    }

    /** One delivery, with its conversation's and ticket's ids on every line logged meanwhile. */
    private void process(PendingInbound p) {
        try (LogContext log = LogContext.open()) {
            process(p, log);
        }
    }

    private void process(PendingInbound p, LogContext log) {
        InboundMessage m = p.message();
        Optional<Message> reply = Optional.empty();
        try {
            Conversation conversation = conversationOf(m);
            log.conversation(conversation.id()).ticket(conversation.memory().ticketId());
            Origin origin = new Origin(p.id(), holds.getOrDefault(m.channel(), Duration.ZERO));
            if ("/start".equals(m.command())) {
                conversations.greet(conversation, origin);
            } else {
                TurnResult turn = conversations.receive(conversation, m.text(), origin);
                reply = Optional.ofNullable(turn.reply());
            }
        } catch (AlreadyProcessedException e) {
            LOG.debug("inbound {} was processed elsewhere", p.id());
        } catch (ChatException e) {
            LOG.info("inbound {} from {} cannot make a turn: {}", p.id(), m.channel(), e.getMessage());
            store.failInbound(p.id(), e.getMessage(), clock.instant());
        } finally {
            CompletableFuture<Optional<Message>> waiting = replies.get(p.id());
            if (waiting != null) {
                waiting.complete(reply);
            }
        }
    }

    /**
     * The conversation the message continues when it names one of the same chat's, else the chat's current
     * conversation; a new one when there is none or it is over.
     */
    private Conversation conversationOf(InboundMessage m) {
        Instant now = clock.instant();
        Optional<String> named = Optional.ofNullable(m.thread())
                .filter(id -> store.chatOf(id)
                        .filter(chat -> chat.is(m.channel(), m.chatId()))
                        .isPresent());
        Optional<Conversation> current = named.or(() -> store.currentConversation(m.channel(), m.chatId()))
                .flatMap(conversations::find);
        if (current.isPresent() && !over(current.get(), now)) {
            return current.get();
        }
        Started started = conversations.start(m.locale(), m.channel());
        store.link(started.conversationId(), m.channel(), m.chatId(), now);
        return conversations.find(started.conversationId()).orElseThrow();
    }

    private boolean over(Conversation c, Instant now) {
        boolean withBaton = c.state() == ConversationState.BOT || c.state() == ConversationState.RESOLVED;
        return withBaton && c.updatedAt().plus(newConversationAfter).isBefore(now);
    }

    private static String cut(String text) {
        return text.length() <= ConversationService.MAX_TEXT_CHARS
                ? text
                : text.substring(0, ConversationService.MAX_TEXT_CHARS);
    }

    private void pruneSafely() {
        try {
            int pruned = store.prune(clock.instant().minus(RETENTION));
            LOG.debug("pruned {} finished channel rows", pruned);
        } catch (RuntimeException e) {
            LOG.warn("cannot prune finished channel rows: {}", e.toString());
        }
    }

    private void drainSafely() {
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.warn("inbound processing failed; pending deliveries are retried: {}", e.toString());
        }
    }

    /** Stops taking deliveries and lets the turn in progress commit (what is left stays stored and pending). */
    @Override
    public void close() {
        closing = true;
        worker.shutdown();
        try {
            if (!worker.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.shutdownNow();
        }
    }
}
