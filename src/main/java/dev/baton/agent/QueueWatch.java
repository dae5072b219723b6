package dev.baton.agent;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.baton.conversation.ConversationEvent;
import dev.baton.conversation.ConversationEvents;
import dev.baton.handoff.Actor;
import dev.baton.handoff.Ticket;
import dev.baton.handoff.TicketException;
import dev.baton.handoff.TicketMeter;
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
 * Watches the open tickets on a schedule: offers email follow-up to users who have waited long (at once when no
 * agent is available anywhere), closes the tickets of users who left, warns agents when a first response is
 * nearly or over due, returns to the queue the claimed tickets of agents gone silent (offline, or no first
 * response by the deadline), and (when enabled) gives queued tickets to the least-loaded available agent on
 * any instance. Safe on several instances at once: each action is a conditional commit, so a ticket is
 * offered, closed, returned or assigned once. It also keeps this instance's agents' presence in the store.
 */
public final class QueueWatch implements AutoCloseable {

    /**
     * Timing of the watch's actions.
     *
     * @param answerGrace how long an agent who claims a ticket near or past its SLA deadline has to answer
     * @param heartbeat   how often the agents connected here are recorded as seen
     */
    public record Timing(
            Duration emailOfferAfter,
            Duration abandonAfter,
            Duration every,
            boolean autoAssign,
            Duration answerGrace,
            Duration heartbeat) {

        /** Timing with a two-minute answer grace and a heartbeat on every sweep. */
        public Timing(Duration emailOfferAfter, Duration abandonAfter, Duration every, boolean autoAssign) {
            this(emailOfferAfter, abandonAfter, every, autoAssign, Duration.ofMinutes(2), every);
        }
    }

    /** A warning goes out when less than this share of the first-response time is left. */
    static final double WARN_AT_REMAINING = 0.2;

    private static final Logger LOG = LoggerFactory.getLogger(QueueWatch.class);

    private final TicketMeter meter;
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
    /** Who last held each ticket, as heard in its changes. */
    private final Cache<String, String> holders = tickets();
    /** Tickets that went back to the queue from an agent: never auto-assigned to that agent again. */
    private final Cache<String, String> returnedBy = tickets();

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
        this(tickets, handoff, presence, events, timing, capacity, clock, executor, TicketMeter.NONE);
    }

    /** As the other constructor, telling {@code meter} of every SLA alert it sends. */
    public QueueWatch(
            TicketStore tickets,
            HandoffService handoff,
            AgentPresence presence,
            ConversationEvents events,
            Timing timing,
            int capacity,
            Clock clock,
            ScheduledExecutorService executor,
            TicketMeter meter) {
        this.meter = meter;
        this.tickets = tickets;
        this.handoff = handoff;
        this.presence = presence;
        this.events = events;
        this.timing = timing;
        this.capacity = capacity;
        this.clock = clock;
        this.executor = executor;
    }

    private static Cache<String, String> tickets() {
        return Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(Duration.ofDays(2))
                .build();
    }

    /**
     * Runs the watch every {@code timing.every} and the presence heartbeat every {@code timing.heartbeat}, and
     * assigns as soon as a ticket is queued.
     */
    public QueueWatch start() {
        long period = timing.every().toMillis();
        executor.scheduleWithFixedDelay(this::sweepSafely, period, period, TimeUnit.MILLISECONDS);
        long beat = timing.heartbeat().toMillis();
        executor.scheduleWithFixedDelay(
                () -> safely("presence heartbeat", presence::heartbeat), 0, beat, TimeUnit.MILLISECONDS);
        queuedTickets = events.subscribeAll((id, event) -> {
            if (event instanceof ConversationEvent.TicketChanged changed) {
                heard(changed.ticket());
            }
        });
        return this;
    }

    /** Remembers who holds a claimed, unanswered ticket; a newly queued one is assigned. */
    void heard(Ticket t) {
        if (t.status() != TicketStatus.QUEUED) {
            if (t.status() == TicketStatus.ASSIGNED && t.firstResponseAt() == null) {
                holders.put(t.id(), t.assignee());
            } else {
                holders.invalidate(t.id());
            }
            return;
        }
        String holder = holders.asMap().remove(t.id());
        if (holder != null) {
            returnedBy.put(t.id(), holder);
        }
        assignSoon();
    }

    /** Asks for an assignment pass on the watch's thread (several requests in a row make one pass). */
    public void assignSoon() {
        if (timing.autoAssign() && assignPending.compareAndSet(false, true)) {
            executor.execute(() -> {
                assignPending.set(false);
                safely("auto-assignment", this::assign);
            });
        }
    }

    /** One pass over the open tickets. */
    public void sweep() {
        Instant now = clock.instant();
        AgentPresence.Snapshot staff = presence.snapshot();
        boolean nobody = !staff.anyoneAvailable();
        for (Ticket t : tickets.list(TicketQuery.of(AgentDesk.OPEN))) {
            boolean idle = t.updatedAt().plus(timing.abandonAfter()).isBefore(now);
            if (idle
                    && t.details().email() == null
                    && (t.status() == TicketStatus.QUEUED || t.status() == TicketStatus.WAITING_ON_USER)) {
                handoff.abandon(t.id());
                continue;
            }
            if (requeuedSilent(t, staff, now)) {
                continue;
            }
            boolean waitedLong = t.createdAt().plus(timing.emailOfferAfter()).isBefore(now);
            if (t.status() == TicketStatus.QUEUED && t.details().email() == null && (waitedLong || nobody)) {
                handoff.offerEmail(t.id(), !waitedLong);
            }
            if (t.firstResponseAt() == null && t.status() != TicketStatus.WAITING_ON_USER) {
                alert(t, now);
            }
        }
        if (timing.autoAssign()) {
            assign(staff);
        }
    }

    /**
     * Returns {@code t} to the queue if it is claimed, unanswered, and its agent silent: past its answer deadline,
     * or offline (seen on no instance for the offline timeout, counted from the claim at the earliest).
     */
    private boolean requeuedSilent(Ticket t, AgentPresence.Snapshot staff, Instant now) {
        if (t.status() != TicketStatus.ASSIGNED || t.firstResponseAt() != null || t.assignedAt() == null) {
            return false;
        }
        Requeue requeue = handoff.requeue();
        Duration grace = timing.answerGrace();
        boolean returned;
        if (!now.isBefore(t.answerDue(grace))) {
            returned = requeue.ifSilent(
                    t.id(), Requeue.Why.FIRST_RESPONSE_OVERDUE, (read, at) -> !at.isBefore(read.answerDue(grace)));
        } else {
            Duration offlineAfter = presence.offlineAfter();
            boolean offline = staff.of(t.assignee())
                    .map(s -> s.availability() == Availability.OFFLINE)
                    .orElse(true);
            returned = offline
                    && !now.isBefore(t.assignedAt().plus(offlineAfter))
                    && requeue.ifSilent(
                            t.id(),
                            Requeue.Why.AGENT_OFFLINE,
                            (read, at) -> t.assignee().equals(read.assignee())
                                    && !at.isBefore(read.assignedAt().plus(offlineAfter)));
        }
        if (returned) {
            returnedBy.put(t.id(), t.assignee());
        }
        return returned;
    }

    private void alert(Ticket t, Instant now) {
        Duration left = Duration.between(now, t.firstResponseDue());
        Duration whole = Duration.between(t.createdAt(), t.firstResponseDue());
        boolean breached = left.isNegative() || left.isZero();
        boolean warn = breached || left.toMillis() <= whole.toMillis() * WARN_AT_REMAINING;
        if (warn && alerted.asMap().putIfAbsent(t.id() + (breached ? ":breached" : ":warning"), Boolean.TRUE) == null) {
            events.publish(t.conversationId(), new ConversationEvent.SlaAlert(t, breached));
            meter.alerted(t, breached);
        }
    }

    /** As {@link #assign(AgentPresence.Snapshot)}, with the agents' availability read now. */
    void assign() {
        assign(presence.snapshot());
    }

    /**
     * Gives each queued ticket, in queue order, to the least-loaded available agent (on any instance) who may
     * take it, other than one it went back to the queue from.
     */
    private void assign(AgentPresence.Snapshot staff) {
        List<Actor> online = staff.available();
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
                    .filter(a -> !a.id().equals(returnedBy.getIfPresent(t.id())))
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
        safely("queue watch", this::sweep);
    }

    private static void safely(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warn("{} failed: {}", what, e.toString());
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
