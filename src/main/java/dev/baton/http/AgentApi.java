package dev.baton.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.agent.AgentDesk;
import dev.baton.agent.AgentPresence;
import dev.baton.handoff.Actor;
import dev.baton.handoff.Priority;
import dev.baton.handoff.Ticket;
import dev.baton.handoff.TicketQuery;
import dev.baton.handoff.TicketStatus;
import dev.baton.http.AgentDtos.CannedAnswers;
import dev.baton.http.AgentDtos.EscalateBody;
import dev.baton.http.AgentDtos.Me;
import dev.baton.http.AgentDtos.NoteView;
import dev.baton.http.AgentDtos.Queue;
import dev.baton.http.AgentDtos.Sent;
import dev.baton.http.AgentDtos.TextBody;
import dev.baton.http.AgentDtos.TicketDetail;
import dev.baton.http.AgentDtos.TicketSummary;
import dev.baton.http.AgentDtos.TranscriptPage;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The agent endpoints under {@code /api/v1/agent}: authenticate, parse, call the desk, render. */
final class AgentApi {

    private final AgentDesk desk;
    private final AgentPresence presence;
    private final ObjectMapper json;

    /** @param presence the agents' availability, or null to leave it out of {@code /me} */
    AgentApi(AgentDesk desk, AgentPresence presence, ObjectMapper json) {
        this.desk = desk;
        this.presence = presence;
        this.json = json;
    }

    /** The agent the request's bearer token belongs to; 401 for anything else, conversation tokens included. */
    Actor actor(Context ctx) {
        return actor(Requests.bearer(ctx.header("Authorization")));
    }

    Actor actor(String token) {
        if (token == null) {
            throw new ApiException(401, "unauthorized", "send an agent token as 'Authorization: Bearer <token>'");
        }
        return desk.authenticate(token)
                .orElseThrow(() -> new ApiException(
                        401,
                        "unauthorized",
                        "the token is not a valid agent token (wrong, revoked, or not an agent's)"));
    }

    void me(Context ctx) {
        Actor actor = actor(ctx);
        AgentPresence.Status status =
                presence == null ? null : presence.snapshot().of(actor.id()).orElse(null);
        ctx.json(Me.of(actor, desk.capacity(), status));
    }

    void queue(Context ctx) {
        Actor actor = actor(ctx);
        List<Ticket> page = desk.queue(
                actor,
                statuses(ctx.queryParam("status")),
                tier(ctx.queryParam("tier")),
                priority(ctx.queryParam("priority")),
                limit(ctx.queryParam("limit")));
        ctx.json(new Queue(
                page.stream().map(t -> TicketSummary.of(t, desk::name)).toList()));
    }

    void ticket(Context ctx) {
        ctx.json(TicketDetail.of(desk.ticket(ctx.pathParam("id"), actor(ctx)), desk::name));
    }

    void claim(Context ctx) {
        ctx.json(TicketDetail.of(desk.claim(ctx.pathParam("id"), actor(ctx)), desk::name));
    }

    void message(Context ctx) {
        Actor actor = actor(ctx);
        TextBody body = Requests.body(ctx, json, TextBody.class);
        ctx.status(201)
                .json(new Sent(
                        desk.reply(ctx.pathParam("id"), actor, body.text()).seq()));
    }

    void note(Context ctx) {
        Actor actor = actor(ctx);
        TextBody body = Requests.body(ctx, json, TextBody.class);
        ctx.status(201).json(NoteView.of(desk.note(ctx.pathParam("id"), actor, body.text()), desk::name));
    }

    void escalate(Context ctx) {
        Actor actor = actor(ctx);
        EscalateBody body = Requests.body(ctx, json, EscalateBody.class);
        ctx.json(TicketDetail.of(desk.escalate(ctx.pathParam("id"), actor, body.note()), desk::name));
    }

    void resolve(Context ctx) {
        ctx.json(TicketDetail.of(desk.resolve(ctx.pathParam("id"), actor(ctx)), desk::name));
    }

    void transcript(Context ctx) {
        Actor actor = actor(ctx);
        long after = number(ctx.queryParam("after"), "after", 0, Long.MAX_VALUE, 0);
        ctx.json(new TranscriptPage(desk.transcript(ctx.pathParam("id"), actor, after).stream()
                .map(AgentDtos.AgentMessage::of)
                .toList()));
    }

    void canned(Context ctx) {
        AgentDesk.CannedAnswers canned = desk.canned(ctx.pathParam("id"), actor(ctx));
        ctx.json(new CannedAnswers(AgentDtos.language(canned.language()), canned.answers()));
    }

    private static Set<TicketStatus> statuses(String param) {
        if (param == null || param.isBlank()) {
            return Set.of();
        }
        Set<TicketStatus> statuses = EnumSet.noneOf(TicketStatus.class);
        for (String s : param.split(",")) {
            String wire = s.strip().toLowerCase(Locale.ROOT);
            statuses.add(Arrays.stream(TicketStatus.values())
                    .filter(t -> t.wire().equals(wire))
                    .findFirst()
                    .orElseThrow(() -> invalid("status '" + s.strip() + "' is not one of queued, assigned, "
                            + "waiting_on_user, resolved, abandoned")));
        }
        return statuses;
    }

    private static Integer tier(String param) {
        return param == null || param.isBlank() ? null : (int) number(param, "tier", 1, 2, 1);
    }

    private static Priority priority(String param) {
        if (param == null || param.isBlank()) {
            return null;
        }
        return switch (param.strip().toLowerCase(Locale.ROOT)) {
            case "urgent" -> Priority.URGENT;
            case "normal" -> Priority.NORMAL;
            default -> throw invalid("priority '" + param + "' is not urgent or normal");
        };
    }

    private static int limit(String param) {
        return (int) number(param, "limit", 1, TicketQuery.MAX_LIMIT, 100);
    }

    private static long number(String param, String name, long min, long max, long fallback) {
        if (param == null || param.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(param.strip());
            if (n < min || n > max) {
                throw invalid(name + " must be " + min + " to " + max + ": " + param);
            }
            return n;
        } catch (NumberFormatException e) {
            throw invalid(name + " must be a whole number: '" + param + "'");
        }
    }

    private static ApiException invalid(String message) {
        return new ApiException(400, "invalid_request", message);
    }
}
