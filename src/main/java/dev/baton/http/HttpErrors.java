package dev.baton.http;

import dev.baton.agent.AgentException;
import dev.baton.channel.WebhookException;
import dev.baton.conversation.ChatException;
import dev.baton.handoff.TicketException;
import dev.baton.knowledge.KnowledgeException;
import dev.baton.learning.LearningException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/** The one place that turns refusals into HTTP statuses and JSON errors. */
final class HttpErrors {

    private HttpErrors() {}

    static int status(ChatException.Problem problem) {
        return switch (problem) {
            case CONVERSATION_NOT_FOUND -> 404;
            case UNAUTHORIZED -> 401;
            case INVALID_MESSAGE -> 400;
            case TEXT_TOO_LONG -> 413;
            case CONFLICT -> 409;
        };
    }

    static int status(TicketException.Problem problem) {
        return switch (problem) {
            case TICKET_NOT_FOUND -> 404;
            case INVALID_TRANSITION, AT_CAPACITY -> 409;
            case FORBIDDEN -> 403;
            case INVALID_REQUEST -> 400;
        };
    }

    static int status(LearningException.Problem problem) {
        return switch (problem) {
            case INVALID_REQUEST -> 400;
            case UNKNOWN_MESSAGE -> 404;
            case MESSAGE_HANDLED -> 409;
        };
    }

    /** The status of a refused agent-account operation, by its code. */
    static int status(AgentException e) {
        return switch (e.code()) {
            case "agent_exists" -> 409;
            case "agent_not_found" -> 404;
            default -> 400;
        };
    }

    static int status(KnowledgeException e) {
        return switch (e.code()) {
            case "unknown_entry", "unknown_version", "unknown_publish" -> 404;
            case "entry_exists", "stale_draft", "publish_running", "nothing_to_publish" -> 409;
            default -> 400;
        };
    }

    /** The code of a refusal Javalin itself raised (unknown endpoint, body too large ...). */
    static String code(int status) {
        return switch (status) {
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "body_too_large";
            default -> "http_" + status;
        };
    }

    static ApiException rateLimited(Context ctx, long retryAfterSeconds, String message) {
        ctx.header("Retry-After", Long.toString(retryAfterSeconds));
        return new ApiException(429, "rate_limited", message + "; retry in " + retryAfterSeconds + " s");
    }

    /**
     * Maps every typed refusal to its JSON error with its stable code; a refused API request also counts
     * against the caller's address ({@link RequestGuards#refused}).
     */
    static void map(RoutesConfig routes, RequestGuards guards) {
        routes.exception(ApiException.class, (e, ctx) -> {
            guards.refused(ctx, e.status());
            error(ctx, e.status(), e.code(), e.getMessage());
        });
        routes.exception(ChatException.class, (e, ctx) -> {
            guards.refused(ctx, status(e.problem()));
            error(ctx, status(e.problem()), e.problem().code(), e.getMessage());
        });
        routes.exception(WebhookException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
        routes.exception(
                TicketException.class,
                (e, ctx) -> error(ctx, status(e.problem()), e.problem().code(), e.getMessage()));
        routes.exception(AgentException.class, (e, ctx) -> error(ctx, status(e), e.code(), e.getMessage()));
        routes.exception(KnowledgeException.class, (e, ctx) -> error(ctx, status(e), e.code(), e.getMessage()));
        routes.exception(
                LearningException.class,
                (e, ctx) -> error(ctx, status(e.problem()), e.problem().code(), e.getMessage()));
        routes.exception(
                HttpResponseException.class,
                (e, ctx) -> error(ctx, e.getStatus(), code(e.getStatus()), e.getMessage()));
    }

    static void error(Context ctx, int status, String code, String message) {
        ctx.status(status).json(ErrorBody.of(code, message));
    }
}
