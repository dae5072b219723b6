package dev.baton.http;

import dev.baton.config.LimitsConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpException;

/**
 * What every request to the APIs passes before a handler runs, and what is left of it after: a path that
 * decodes, the per-address rate limit, the refusal of token guessers, a declared body within the limit; then
 * what no handler read of the body is drained, so that the answer reaches the client.
 */
final class RequestGuards {

    /**
     * Bodies over the limit but up to this size are read and dropped before the refusal, so it reaches the
     * client intact (closing on unread bytes resets the connection); larger ones are not read.
     */
    static final long DRAIN_LIMIT = 1 << 20;

    private final LimitsConfig limits;
    private final RateLimiter perIp;
    private final SocketLimits sockets;

    RequestGuards(LimitsConfig limits, RateLimiter perIp, SocketLimits sockets) {
        this.limits = limits;
        this.perIp = perIp;
        this.sockets = sockets;
    }

    /** A path whose escapes do not decode ("/api/v1/conversations/;%zz/messages") is the client's error. */
    static void decodablePath(Context ctx) {
        try {
            URLDecoder.decode(ctx.path(), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "malformed_path", "the path has a malformed %-escape");
        }
    }

    /** Where editors send whole entries and corpus archives: bodies up to {@link #DRAIN_LIMIT} are taken. */
    static final String KNOWLEDGE_PATHS = "/api/v1/knowledge/";

    /** Where a mail relay posts whole messages, headers and attachments included. */
    static final String MAIL_PATH = "/webhooks/email";

    /**
     * The largest body a path takes: the configured limit, or {@link #DRAIN_LIMIT} for the knowledge editor and
     * the inbound-mail webhook.
     */
    int bodyLimit(String path) {
        return path != null && (path.startsWith(KNOWLEDGE_PATHS) || path.equals(MAIL_PATH))
                ? (int) DRAIN_LIMIT
                : limits.maxBodyBytes();
    }

    /** The rate limit of the caller's address, token guessers, and the body's declared size. */
    void admit(Context ctx) {
        long wait = perIp.acquire(ctx.ip());
        if (wait > 0) {
            throw HttpErrors.rateLimited(ctx, wait, "too many requests from this address");
        }
        sockets.refuseGuessers(ctx, ctx.ip());
        String length = ctx.header("Content-Length");
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                throw new ApiException(400, "invalid_header", "Content-Length is not a number");
            }
            int limit = bodyLimit(ctx.path());
            if (declared > limit) {
                // Bodies up to DRAIN_LIMIT were read (and refused) before any route ran; this one was not read.
                ctx.header("Connection", "close");
                throw new ApiException(
                        413,
                        "body_too_large",
                        "the request body is " + declared + " bytes; at most " + limit + " are accepted");
            }
        }
    }

    /** A 401 counts against the caller's address: token guessing is limited like any other abuse. */
    void refused(Context ctx, int status) {
        if (status == 401) {
            sockets.tokenRefused(ctx.ip());
        }
    }

    /**
     * Reads and drops what is left of a body no handler read (a refusal that came before the body, an unknown
     * endpoint or method): closing on unread bytes resets the connection, and the client may then lose the
     * answer. Such a body is already in memory ({@link BodyFirst} read it before dispatch), unless it declared
     * more than {@link #DRAIN_LIMIT} bytes: that one is not read, and the connection closes, as the answer says.
     */
    static void drainUnread(Context ctx) {
        if (ctx.req().getContentLengthLong() > DRAIN_LIMIT) {
            ctx.header("Connection", "close");
            return;
        }
        byte[] buffer = new byte[8_192];
        long left = DRAIN_LIMIT;
        try {
            InputStream in = ctx.req().getInputStream();
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                left -= n;
                if (left < 0) {
                    ctx.header("Connection", "close");
                    return;
                }
            }
        } catch (IOException | HttpException.RuntimeException e) {
            ctx.header("Connection", "close");
        }
    }
}
