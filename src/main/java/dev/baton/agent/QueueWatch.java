package dev.baton.agent;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.baton.conversation.ConversationEvent;
import dev.baton.conversation.ConversationEvents;
import dev.baton.handoff.Actor;
import dev.baton.handoff.Ticket;
import dev.baton.handoff.TicketException;
import dev.baton.handoff.TicketQuery;
import dev.baton.handoff.TicketStatus;
import dev.baton.handoff.TicketStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the open tickets on a schedule: offers email follow-up to users who have waited long, closes the
 * tickets of users who left, warns agents when a first response is nearly or over due, and (when enabled)
 * gives queued tickets to the least-loaded connected agent. Safe on several instances at once: each action
 * is a conditional commit, so a ticket is offered, closed or assigned once.
 */
public final class QueueWatch implements AutoCloseable {

    /** Timing of the watch's actions. */
    public record Timing(Duration emailOfferAfter, Duration abandonAfter, Duration every, boolean autoAssign) {}

    /** A warning goes out when less than this share of the first-response time is left. */
    static final double WARN_AT_REMAINING = 0.2;

    private static final Logger LOG = LoggerFactory.getLogger(QueueWatch.class);

    private final TicketStore tickets;
    private final HandoffService handoff;
    private final AgentPresence presence;
    private final ConversationEvents events;
    private final Timing timing;
    private final int capacity;
    private final Clock clock;
    private final ScheduledExecutorService executor;
    private final Cache<String, Boolean> alerted = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofDays(2))
            .build();
    private final AtomicBoolean assignPending = new AtomicBoolean();
    private volatile ConversationEvents.Subscription queuedTickets;

    public QueueWatch(
            TicketStore tickets,
            HandoffService handoff,
            AgentPresence presence,
            ConversationEvents events,
            Timing timing,
            int capacity,
            Clock clock,
            ScheduledExecutorService executor) {
        this.tickets = tickets;
        this.handoff = handoff;
        this.presence = presence;
        this.events = events;
        this.timing = timing;
        this.capacity = capacity;
        this.clock = clock;
        this.executor = executor;
    }

    /** Runs the watch every {@code timing.every}, and assigns as soon as a ticket is queued. */
    public QueueWatch start() {
        long period = timing.every().toMillis();
        executor.scheduleWithFixedDelay(this::sweepSafely, period, period, TimeUnit.MILLISECONDS);
        if (timing.autoAssign()) {
            queuedTickets = events.subscribeAll((id, event) -> {
                if (event instanceof ConversationEvent.TicketChanged t
                        && t.ticket().status() == TicketStatus.QUEUED) {
                    assignSoon();
                }
            });
        }
        return this;
    }

    /** Asks for an assignment pass on the watch's thread (several requests in a row make one pass). */
    public void assignSoon() {
        if (timing.autoAssign() && assignPending.compareAndSet(false, true)) {
            executor.execute(() -> {
                assignPending.set(false);
                try {
                    assign();
                } catch (RuntimeException e) {
                    LOG.warn("auto-assignment failed: {}", e.toString());
                }
            });
        }
    }

    /** One pass over the open tickets. */
    public void sweep() {
        Instant now = clock.instant();
        for (Ticket t : tickets.list(TicketQuery.of(AgentDesk.OPEN))) {
            boolean idle = t.updatedAt().plus(timing.abandonAfter()).isBefore(now);
            if (idle
                    && t.details().email() == null
                    && (t.status() == TicketStatus.QUEUED || t.status() == TicketStatus.WAITING_ON_USER)) {
                handoff.abandon(t.id());
                continue;
            }
            if (t.status() == TicketStatus.QUEUED
                    && t.details().email() == null
                    && t.createdAt().plus(timing.emailOfferAfter()).isBefore(now)) {
                handoff.offerEmail(t.id());
            }
            if (t.firstResponseAt() == null && t.status() != TicketStatus.WAITING_ON_USER) {
                alert(t, now);
            }
        }
        if (timing.autoAssign()) {
            assign();
        }
    }

    private void alert(Ticket t, Instant now) {
        Duration left = Duration.between(now, t.firstResponseDue());
        Duration whole = Duration.between(t.createdAt(), t.firstResponseDue());
        boolean breached = left.isNegative() || left.isZero();
        boolean warn = breached || left.toMillis() <= whole.toMillis() * WARN_AT_REMAINING;
        if (warn && alerted.asMap().putIfAbsent(t.id() + (breached ? ":breached" : ":warning"), Boolean.TRUE) == null) {
            events.publish(t.conversationId(), new ConversationEvent.SlaAlert(t, breached));
        }
    }

    /** Gives each queued ticket, in queue order, to the least-loaded connected agent who may take it. */
    void assign() {
        List<Actor> online = presence.online();
        if (online.isEmpty()) {
            return;
        }
        Map<String, Integer> load = new HashMap<>();
        for (Actor a : online) {
            load.put(a.id(), tickets.load(a.id()));
        }
        for (Ticket t : tickets.list(TicketQuery.of(Set.of(TicketStatus.QUEUED)))) {
            List<Actor> able = new ArrayList<>(online.stream()
                    .filter(a -> a.mayClaim(t) && load.get(a.id()) < capacity)
                    .toList());
            if (able.isEmpty()) {
                continue;
            }
            able.sort(Comparator.comparing((Actor a) -> load.get(a.id())).thenComparing(Actor::id));
            Actor chosen = able.get(0);
            try {
                handoff.claim(t.id(), chosen, capacity);
                load.merge(chosen.id(), 1, Integer::sum);
            } catch (TicketException e) {
                LOG.debug("auto-assign of {} to {} refused: {}", t.id(), chosen.id(), e.getMessage());
            }
        }
    }

    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.warn("queue watch failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        if (queuedTickets != null) {
            queuedTickets.close();
        }
        executor.shutdownNow();
    }
}
