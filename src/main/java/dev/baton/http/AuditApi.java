package dev.baton.http;

import dev.baton.agent.AgentDesk;
import dev.baton.handoff.Actor;
import dev.baton.handoff.AuditPage;
import dev.baton.handoff.AuditQuery;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@value #PATH}: the audit log for supervisors, newest first, filtered by agent (id or name), ticket, action
 * and time, a page at a time. Refusals: 401 {@code unauthorized} without an agent token, 403
 * {@code supervisor_only} without the supervisor right, 400 {@code invalid_filter} for a filter it cannot read.
 */
final class AuditApi {

    static final String PATH = "/api/v1/agent/audit";
    /** Longer than any agent name, agent id or ticket id Baton makes. */
    private static final int MAX_ID = 100;

    /** One audit line; {@code detail} is as it was written (redacted then), and no user's message is in it. */
    record AuditLine(
            long id,
            String at,
            String agentId,
            String agentName,
            String action,
            String ticketId,
            String conversationId,
            String detail) {}

    /** A page; {@code next} is the {@code before} of the following page, null on the last. */
    record AuditLines(List<AuditLine> entries, Long next) {}

    private final AgentApi agents;
    private final AgentDesk desk;

    AuditApi(AgentApi agents, AgentDesk desk) {
        this.agents = agents;
        this.desk = desk;
    }

    void routes(RoutesConfig routes) {
        routes.get(PATH, this::list);
    }

    /** The calling agent, who must hold the supervisor right: 401 without an agent token, 403 without it. */
    static Actor supervisor(AgentApi agents, Context ctx) {
        Actor actor = agents.actor(ctx);
        if (!actor.supervisor()) {
            throw new ApiException(403, "supervisor_only", "this needs the supervisor right");
        }
        return actor;
    }

    /** {@code GET ?agent=&ticket=&action=&from=&to=&before=&limit=50}. */
    private void list(Context ctx) {
        supervisor(agents, ctx);
        AuditPage page = desk.audit(query(ctx));
        ctx.json(new AuditLines(
                page.lines().stream()
                        .map(line -> new AuditLine(
                                line.id(),
                                AgentDtos.time(line.entry().at()),
                                line.entry().agentId(),
                                desk.name(line.entry().agentId()),
                                line.entry().action(),
                                line.entry().ticketId(),
                                line.entry().conversationId(),
                                line.entry().detail()))
                        .toList(),
                page.next()));
    }

    private static AuditQuery query(Context ctx) {
        String action = text(ctx, "action");
        if (action != null && !AuditQuery.ACTIONS.contains(action)) {
            throw invalid("action is one of "
                    + String.join(", ", AuditQuery.ACTIONS.stream().sorted().toList()) + "; not '" + abbreviated(action)
                    + "'");
        }
        Instant from = instant(ctx, "from");
        Instant to = instant(ctx, "to");
        if (from != null && to != null && !from.isBefore(to)) {
            throw invalid("from must be before to");
        }
        Long before = number(ctx, "before", 1, Long.MAX_VALUE);
        Long limit = number(ctx, "limit", 1, AuditQuery.MAX_LIMIT);
        return new AuditQuery(
                text(ctx, "agent"),
                text(ctx, "ticket"),
                action,
                from,
                to,
                before,
                limit == null ? AuditQuery.DEFAULT_LIMIT : limit.intValue());
    }

    private static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_ID) {
            throw invalid(name + " is at most " + MAX_ID + " characters");
        }
        return value.strip();
    }

    private static Instant instant(Context ctx, String name) {
        String value = text(ctx, name);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(name + " must be an ISO-8601 instant such as 2025-03-01T08:00:00Z, not '" + value + "'");
        }
    }

    private static Long number(Context ctx, String name, long min, long max) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            long n = Long.parseLong(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(name + " must be a whole number from " + min + (max == Long.MAX_VALUE ? "" : " to " + max)
                + ", not '" + value + "'");
    }

    private static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }

    private static ApiException invalid(String message) {
        return new ApiException(400, "invalid_filter", message);
    }
}
