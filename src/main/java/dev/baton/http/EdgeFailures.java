package dev.baton.http;

import io.javalin.http.Handler;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;

/**
 * Failures no handler expects, made into answers at the edge. A body the client broke off (fewer bytes than
 * its {@code Content-Length}, then the end of the stream) or framed wrongly (a broken chunk) is the client's
 * error: 400, and no stack trace in the log. Anything else, a {@link Error} such as a stack overflow included,
 * is a JSON 500 {@code internal_error} and one log line with a bounded trace.
 */
final class EdgeFailures {

    /** Stack frames logged per throwable: enough to find the place, not a thousand lines of one recursion. */
    static final int TRACE_FRAMES = 12;

    private static final int MAX_CAUSES = 5;
    private static final byte[] INTERNAL_ERROR = ("{\"error\":{\"code\":\"internal_error\",\"message\":"
                    + "\"something went wrong on our side; nothing you sent was lost\"}}")
            .getBytes(StandardCharsets.UTF_8);

    /** An {@link Error} a handler threw, carried as an exception so the one mapper answers it. */
    static final class HandlerError extends RuntimeException {
        HandlerError(Error cause) {
            super(cause.toString(), cause, false, false);
        }
    }

    private EdgeFailures() {}

    /** {@code handler} with its {@link Error}s turned into {@link HandlerError}s; Javalin maps exceptions only. */
    static Handler guarded(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (Error e) {
                throw new HandlerError(e);
            }
        };
    }

    /** The client's own fault behind {@code failure}, when reading its body is what failed. */
    static Optional<ApiException> clientFault(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            if (t instanceof EofException) {
                return Optional.of(new ApiException(
                        400, "truncated_body", "the request body ended before its Content-Length or last chunk"));
            }
            if (t instanceof HttpException http && http.getCode() == 413) {
                return Optional.of(new ApiException(413, "body_too_large", "the request body is too large"));
            }
            if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return Optional.of(new ApiException(
                        400,
                        "malformed_body",
                        "the request body is not framed as HTTP/1.1 says (a broken chunk or length)"));
            }
        }
        return Optional.empty();
    }

    /** Logs an unexpected failure as one line and a bounded trace. */
    static void log(Logger log, String where, Throwable failure) {
        Throwable shown = failure instanceof HandlerError && failure.getCause() != null ? failure.getCause() : failure;
        log.error("unexpected failure on {}: {}{}", where, shown, trace(shown));
    }

    /**
     * Answers an {@link Error} thrown outside any handler (Javalin gives only the raw response then): logged
     * like any unexpected failure, and the JSON 500 when nothing was sent yet.
     */
    static void answer(Logger log, HttpServletResponse res, Error error) {
        log(log, "a request", error);
        res.setStatus(500);
        if (res.isCommitted()) {
            return;
        }
        try {
            res.resetBuffer();
            res.setContentType("application/json");
            res.getOutputStream().write(INTERNAL_ERROR);
        } catch (IOException | IllegalStateException e) {
            log.debug("the 500 could not be written: {}", e.toString());
        }
    }

    /** The first frames of {@code failure} and of its causes, one per line. */
    static String trace(Throwable failure) {
        StringBuilder out = new StringBuilder();
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            if (depth > 0) {
                out.append("\nCaused by: ").append(t);
            }
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, TRACE_FRAMES); i++) {
                out.append("\n\tat ").append(frames[i]);
            }
            if (frames.length > TRACE_FRAMES) {
                out.append("\n\t... ").append(frames.length - TRACE_FRAMES).append(" more");
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return out.toString();
    }
}
