package dev.baton.agent;

import dev.baton.handoff.Actor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The agents connected to this instance's agent stream: who auto-assignment may give tickets to. Each
 * instance assigns to its own connected agents; the claim itself is atomic across instances.
 */
public final class AgentPresence {

    private record Online(Actor actor, int connections) {}

    private final Map<String, Online> online = new ConcurrentHashMap<>();

    public void connected(Actor actor) {
        online.merge(actor.id(), new Online(actor, 1), (a, b) -> new Online(b.actor(), a.connections() + 1));
    }

    public void disconnected(Actor actor) {
        online.computeIfPresent(
                actor.id(), (id, o) -> o.connections() <= 1 ? null : new Online(o.actor(), o.connections() - 1));
    }

    public List<Actor> online() {
        return online.values().stream().map(Online::actor).toList();
    }
}
