package dev.baton.agent;

import dev.baton.handoff.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is on duty, across every instance on one store. Each instance knows the agents connected to its own
 * agent stream and records them in the store ({@link #heartbeat()} on a schedule, and at once when a socket opens
 * or its agent's last one closes); an agent some instance saw within {@code offlineAfter} is connected, and is
 * then what they chose (available or away). Anyone else is offline. Auto-assignment and the users' wait
 * estimates count only available agents.
 */
public final class AgentPresence {

    /** One active agent as every instance sees them. */
    public record Status(Agent agent, Availability chosen, Availability availability, Instant lastSeen) {
        public Actor actor() {
            return new Actor(agent.id(), agent.name(), agent.tier(), agent.supervisor(), agent.editor());
        }
    }

    /** Every active agent's availability at one moment. */
    public record Snapshot(Instant at, List<Status> agents) {
        public List<Actor> available() {
            return agents.stream()
                    .filter(s -> s.availability() == Availability.AVAILABLE)
                    .map(Status::actor)
                    .toList();
        }

        public boolean anyoneAvailable() {
            return agents.stream().anyMatch(s -> s.availability() == Availability.AVAILABLE);
        }

        public Optional<Status> of(String agentId) {
            return agents.stream().filter(s -> s.agent().id().equals(agentId)).findFirst();
        }
    }

    /** How old the answer to {@link #anyoneAvailable()} may be: it is asked on users' turns. */
    static final Duration CACHED_FOR = Duration.ofSeconds(1);
    /** Connections of instances not heard from for this long are forgotten. */
    static final Duration FORGET_AFTER = Duration.ofDays(1);

    private static final Logger LOG = LoggerFactory.getLogger(AgentPresence.class);

    private record Online(Actor actor, int connections) {}

    private final PresenceStore store;
    private final String instanceId;
    private final Duration offlineAfter;
    private final Clock clock;
    private final Map<String, Online> online = new ConcurrentHashMap<>();
    private volatile Snapshot cached;

    /**
     * @param instanceId   this instance's name in the store, unique among the instances sharing it
     * @param offlineAfter how long after an instance last saw an agent connected they count as offline
     */
    public AgentPresence(PresenceStore store, String instanceId, Duration offlineAfter, Clock clock) {
        this.store = store;
        this.instanceId = instanceId;
        this.offlineAfter = offlineAfter;
        this.clock = clock;
    }

    public Duration offlineAfter() {
        return offlineAfter;
    }

    /** An agent-stream socket of {@code actor} opened on this instance. */
    public void connected(Actor actor) {
        online.merge(actor.id(), new Online(actor, 1), (a, b) -> new Online(b.actor(), a.connections() + 1));
        record(Set.of(actor.id()));
    }

    /** One of {@code actor}'s sockets on this instance closed; the last one's moment is recorded. */
    public void disconnected(Actor actor) {
        Online left = online.computeIfPresent(
                actor.id(), (id, o) -> o.connections() <= 1 ? null : new Online(o.actor(), o.connections() - 1));
        if (left == null) {
            record(Set.of(actor.id()));
        }
    }

    /** Records the agents connected here as seen now, and forgets the connections of instances long gone. */
    public void heartbeat() {
        Instant now = clock.instant();
        store.seen(instanceId, Set.copyOf(online.keySet()), now);
        Duration keep =
                FORGET_AFTER.compareTo(offlineAfter.multipliedBy(2)) > 0 ? FORGET_AFTER : offlineAfter.multipliedBy(2);
        store.forget(now.minus(keep));
    }

    /**
     * Records what {@code agentId} chose: available or away.
     *
     * @throws AgentException {@code agent_not_found} when there is no such active agent
     */
    public Status choose(String agentId, Availability chosen) {
        if (!store.choose(agentId, chosen)) {
            throw new AgentException("agent_not_found", "no agent " + agentId);
        }
        return snapshot()
                .of(agentId)
                .orElseThrow(() -> new AgentException("agent_not_found", "no active agent " + agentId));
    }

    /** Every active agent's availability, read from the store now. */
    public Snapshot snapshot() {
        Instant now = clock.instant();
        List<Status> agents = store.agents().stream()
                .map(s -> new Status(s.agent(), s.chosen(), availability(s, now), s.lastSeen()))
                .toList();
        Snapshot read = new Snapshot(now, agents);
        cached = read;
        return read;
    }

    /** Whether any agent is available now, on any instance (an answer up to {@link #CACHED_FOR} old). */
    public boolean anyoneAvailable() {
        Snapshot last = cached;
        Instant now = clock.instant();
        if (last == null || !now.isBefore(last.at().plus(CACHED_FOR)) || now.isBefore(last.at())) {
            last = snapshot();
        }
        return last.anyoneAvailable();
    }

    /** The agents connected to this instance's agent stream. */
    public List<Actor> local() {
        return online.values().stream().map(Online::actor).toList();
    }

    private Availability availability(PresenceStore.Seen s, Instant now) {
        boolean connected = online.containsKey(s.agent().id())
                || s.lastSeen() != null && now.isBefore(s.lastSeen().plus(offlineAfter));
        return connected ? s.chosen() : Availability.OFFLINE;
    }

    private void record(Set<String> agentIds) {
        cached = null;
        try {
            store.seen(instanceId, agentIds, clock.instant());
        } catch (RuntimeException e) {
            // The next heartbeat records it again; a socket does not fail for it.
            LOG.warn("cannot record agents' connections: {}", e.toString());
        }
    }
}
