package dev.baton.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.agent.AgentPresence;
import dev.baton.agent.Availability;
import dev.baton.handoff.Actor;
import dev.baton.http.AgentDtos.AgentAvailability;
import dev.baton.http.AgentDtos.AgentList;
import dev.baton.http.AgentDtos.AvailabilityBody;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Agents' availability: an agent sets their own (available or away), and supervisors list every active agent's,
 * as every instance sees it (offline: connected to no instance's agent stream).
 */
final class AvailabilityApi {

    static final String MINE = "/api/v1/agent/me/availability";
    static final String AGENTS = "/api/v1/agent/agents";

    private final AgentApi agents;
    private final AgentPresence presence;
    private final ObjectMapper json;

    /** @param presence the agents' availability; null and the endpoints answer 404 */
    AvailabilityApi(AgentApi agents, AgentPresence presence, ObjectMapper json) {
        this.agents = agents;
        this.presence = presence;
        this.json = json;
    }

    void routes(RoutesConfig routes) {
        if (presence != null) {
            routes.put(MINE, this::choose);
            routes.get(AGENTS, this::list);
        }
    }

    /** {@code {"status":"available"|"away"}}; anything else is 400 {@code invalid_availability}. */
    void choose(Context ctx) {
        Actor actor = agents.actor(ctx);
        AvailabilityBody body = Requests.body(ctx, json, AvailabilityBody.class);
        Availability chosen = Availability.chosen(body == null ? null : body.status());
        ctx.json(AgentAvailability.of(presence.choose(actor.id(), chosen)));
    }

    /** Every active agent with their availability: supervisors only (403 {@code supervisor_only}). */
    void list(Context ctx) {
        Actor actor = agents.actor(ctx);
        if (!actor.supervisor()) {
            throw new ApiException(403, "supervisor_only", "listing agents' availability needs the supervisor right");
        }
        ctx.json(new AgentList(
                presence.snapshot().agents().stream().map(AgentAvailability::of).toList()));
    }
}
