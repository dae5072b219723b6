package dev.baton.http;

import dev.baton.channel.Deliveries;
import dev.baton.channel.OutboxEntry;
import dev.baton.handoff.Actor;
import io.javalin.http.Context;
import java.util.List;

/** {@code /api/v1/agent/deliveries}: the outbox for agents, dead letters first of all, and sending one again. */
final class DeliveryApi {

    record DeliveryView(
            long id,
            String conversationId,
            long seq,
            String channel,
            String chatId,
            String status,
            int attempts,
            String lastError,
            String text,
            String createdAt,
            String sentAt) {
        static DeliveryView of(OutboxEntry e) {
            return new DeliveryView(
                    e.id(),
                    e.conversationId(),
                    e.seq(),
                    e.channel(),
                    e.chatId(),
                    e.status(),
                    e.attempts(),
                    e.lastError(),
                    e.text(),
                    AgentDtos.time(e.createdAt()),
                    AgentDtos.time(e.sentAt()));
        }
    }

    record DeliveryPage(List<DeliveryView> deliveries) {}

    record Retried(long id, String status) {}

    private final AgentApi agents;
    private final Deliveries deliveries;

    DeliveryApi(AgentApi agents, Deliveries deliveries) {
        this.agents = agents;
        this.deliveries = deliveries;
    }

    void list(Context ctx) {
        agents.actor(ctx);
        String status = ctx.queryParamAsClass("status", String.class).getOrDefault("dead");
        if (!Deliveries.STATUSES.contains(status)) {
            throw new ApiException(400, "invalid_request", "status is pending, sent or dead: '" + status + "'");
        }
        int limit;
        try {
            limit = Integer.parseInt(
                    ctx.queryParamAsClass("limit", String.class).getOrDefault("100"));
        } catch (NumberFormatException e) {
            throw new ApiException(400, "invalid_request", "limit must be a whole number");
        }
        if (limit < 1 || limit > 500) {
            throw new ApiException(400, "invalid_request", "limit must be 1 to 500");
        }
        ctx.json(new DeliveryPage(
                deliveries.list(status, limit).stream().map(DeliveryView::of).toList()));
    }

    void retry(Context ctx) {
        Actor actor = agents.actor(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiException(404, "not_found", "no dead letter " + ctx.pathParam("id"));
        }
        if (!deliveries.retry(id, actor)) {
            throw new ApiException(409, "invalid_transition", "delivery " + id + " is not a dead letter");
        }
        ctx.json(new Retried(id, "pending"));
    }
}
