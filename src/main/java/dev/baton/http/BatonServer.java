package dev.baton.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.baton.agent.AgentAccounts;
import dev.baton.agent.AgentDesk;
import dev.baton.agent.AgentException;
import dev.baton.agent.AgentPresence;
import dev.baton.channel.Channel;
import dev.baton.channel.ChannelStore;
import dev.baton.channel.Deliveries;
import dev.baton.channel.Intake;
import dev.baton.channel.WebhookException;
import dev.baton.config.HttpConfig;
import dev.baton.config.LimitsConfig;
import dev.baton.conversation.ChatException;
import dev.baton.conversation.ConversationEvents;
import dev.baton.conversation.ConversationService;
import dev.baton.handoff.TicketException;
import dev.baton.http.Dtos.Health;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Baton's HTTP server: the chat API and its WebSocket, the agent API, console and WebSocket, delivery retries,
 * the platforms' webhooks, the widget's static files, health and the loopback admin path. Every route, socket
 * and error mapper is declared here, in one {@code Javalin.create} call; bodies are read before dispatch
 * ({@link BodyFirst}).
 */
public final class BatonServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BatonServer.class);
    private static final String CONVERSATION = "/api/v1/conversations/{id}";
    private static final String AGENT = "/api/v1/agent";
    private static final String TICKET = AGENT + "/tickets/{id}";
    // A turn is CPU-bound apart from its commit; on a small machine a few dozen threads keep every core busy
    // without the scheduling churn of Jetty's default 200 (measured: p99 at 1,000 turns/s 162-197 ms
    // against 220-247 ms, interleaved runs). Requests beyond them wait in Jetty's queue.
    private static final int MAX_THREADS = 32;
    private static final int MIN_THREADS = 8;
    /**
     * Bodies over the limit but up to this size are read and dropped before the refusal, so it reaches the
     * client intact (closing on unread bytes resets the connection); larger ones are not read.
     */
    private static final long DRAIN_LIMIT = 1 << 20;
    private static final int MAX_LOGGED_PATH = 200;

    private final Javalin app;
    private final AgentStream agentStream;

    private BatonServer(Javalin app, AgentStream agentStream) {
        this.app = app;
        this.agentStream = agentStream;
    }

    /** What the server serves: the services behind its routes. */
    public record Parts(ConversationService service, ConversationEvents events, AgentDesk desk,
                        AgentPresence presence, Map<String, Channel> channels, Intake intake, ChannelStore channelStore,
                        Deliveries deliveries, Clock clock, Admin admin) {
    }

    /** The admin path's accounts and the token its callers must send (see {@link AdminFile}). */
    public record Admin(AgentAccounts accounts, String token) {
    }

    /** Builds and starts the server; {@code ready} tells whether Baton can chat (the store answers). */
    public static BatonServer start(HttpConfig http, LimitsConfig limits, Parts parts, BooleanSupplier ready,
                                    Ticker ticker) {
        ConversationService service = parts.service();
        ConversationEvents events = parts.events();
        AgentDesk desk = parts.desk();
        AgentPresence presence = parts.presence();
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        RateLimiter perIp = new RateLimiter(limits.ipRequestsPerMinute(), Math.max(10, limits.ipRequestsPerMinute() / 4),
                ticker);
        RateLimiter perConversation = new RateLimiter(limits.conversationTurnsPerMinute(),
                Math.max(5, limits.conversationTurnsPerMinute() / 3), ticker);
        SocketLimits sockets = new SocketLimits(limits, ticker);
        ChatApi api = new ChatApi(service, json, perConversation);
        ChatStream stream = new ChatStream(api, service, events, json, sockets);
        AgentApi agents = new AgentApi(desk, json);
        AgentStream agentStream = new AgentStream(agents, desk, presence, events, json, sockets);
        String console = consolePage();
        WebhookApi webhooks = new WebhookApi(parts.channels(), parts.intake(), parts.channelStore(), parts.clock());
        DeliveryApi deliveryApi = new DeliveryApi(agents, parts.deliveries());
        AdminApi admin = new AdminApi(parts.admin().accounts(), parts.admin().token(), json);
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new io.javalin.json.JavalinJackson(json, false));
            config.http.maxRequestSize = limits.maxBodyBytes();
            config.jetty.host = http.host();
            config.jetty.port = http.port();
            config.jetty.threadPool = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
            config.jetty.modifyServer(server -> server.insertHandler(
                    BodyFirst.handler(limits.bodyRead(), limits.maxBodyBytes(), DRAIN_LIMIT, json)));
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors(json)));
            config.startup.showJavalinBanner = false;
            config.staticFiles.add("/web", Location.CLASSPATH);
            cors(config, http);
            config.routes.before(ctx -> SecurityHeaders.apply(ctx, http.corsOrigins()));
            config.routes.before(BatonServer::decodablePath);
            config.routes.before("/api/*", ctx -> guard(ctx, limits, perIp, sockets));
            config.routes.wsBeforeUpgrade("/api/*", sockets::beforeUpgrade);
            config.routes.after(BatonServer::drainUnread);
            config.routes.get("/health", ctx -> health(ctx, ready));
            config.routes.post("/api/v1/conversations", api::create);
            config.routes.post(CONVERSATION + "/messages", api::send);
            config.routes.get(CONVERSATION + "/messages", api::transcript);
            config.routes.ws(CONVERSATION + "/stream", stream::configure);
            config.routes.get("/agent", ctx -> ctx.html(console));
            config.routes.get(AGENT + "/me", agents::me);
            config.routes.get(AGENT + "/queue", agents::queue);
            config.routes.get(TICKET, agents::ticket);
            config.routes.post(TICKET + "/claim", agents::claim);
            config.routes.post(TICKET + "/messages", agents::message);
            config.routes.post(TICKET + "/notes", agents::note);
            config.routes.post(TICKET + "/escalate", agents::escalate);
            config.routes.post(TICKET + "/resolve", agents::resolve);
            config.routes.get(TICKET + "/transcript", agents::transcript);
            config.routes.get(TICKET + "/canned", agents::canned);
            config.routes.ws(AGENT + "/stream", agentStream::configure);
            config.routes.get(AGENT + "/deliveries", deliveryApi::list);
            config.routes.post(AGENT + "/deliveries/{id}/retry", deliveryApi::retry);
            config.routes.before(AdminApi.PATH + "/*", admin::guard);
            config.routes.get(AdminApi.AGENTS, admin::list);
            config.routes.post(AdminApi.AGENTS, admin::add);
            config.routes.post(AdminApi.AGENTS + "/{name}/revoke", admin::revoke);
            config.routes.post("/webhooks/generic/{integration}", webhooks::generic);
            config.routes.post("/webhooks/{channel}", webhooks::platform);
            config.routes.get("/webhooks/{channel}", webhooks::platform);
            config.routes.exception(ApiException.class, (e, ctx) -> {
                refused(ctx, e.status(), sockets);
                error(ctx, e.status(), e.code(), e.getMessage());
            });
            config.routes.exception(ChatException.class, (e, ctx) -> {
                refused(ctx, HttpErrors.status(e.problem()), sockets);
                error(ctx, HttpErrors.status(e.problem()), e.problem().code(), e.getMessage());
            });
            config.routes.exception(WebhookException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
            config.routes.exception(TicketException.class, (e, ctx) ->
                    error(ctx, HttpErrors.status(e.problem()), e.problem().code(), e.getMessage()));
            config.routes.exception(AgentException.class, (e, ctx) ->
                    error(ctx, HttpErrors.status(e), e.code(), e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                    HttpErrors.code(e.getStatus()), e.getMessage()));
            config.routes.exception(Exception.class, BatonServer::unexpected);
            config.router.handlerWrapper(endpoint -> EdgeFailures.guarded(endpoint.handler));
            config.router.javaLangErrorHandler((res, error) -> EdgeFailures.answer(LOG, res, error));
            config.routes.error(404, ctx -> {
                String body = ctx.result();
                boolean ours = ctx.path().startsWith("/api/") || ctx.path().startsWith("/webhooks/");
                if (ours && (body == null || !body.startsWith("{\"error\""))) {
                    error(ctx, 404, "not_found", "no such endpoint: " + ctx.method() + " " + ctx.path());
                }
            });
            config.routes.error(405, ctx -> error(ctx, 405, "method_not_allowed",
                    ctx.method() + " is not supported on " + ctx.path()));
        });
        app.start();
        return new BatonServer(app, agentStream);
    }

    /** The agent console's page, read once from the classpath. */
    private static String consolePage() {
        try (var in = BatonServer.class.getResourceAsStream("/web/agent.html")) {
            if (in == null) {
                throw new IllegalStateException("the agent console page is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the agent console page", e);
        }
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        agentStream.close();
    }

    /** A path whose escapes do not decode ("/api/v1/conversations/;%zz/messages") is the client's error. */
    private static void decodablePath(Context ctx) {
        try {
            java.net.URLDecoder.decode(ctx.path(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "malformed_path", "the path has a malformed %-escape");
        }
    }

    private static void guard(Context ctx, LimitsConfig limits, RateLimiter perIp, SocketLimits sockets) {
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
            if (declared > limits.maxBodyBytes()) {
                // Bodies up to DRAIN_LIMIT were read (and refused) before any route ran; this one was not read.
                ctx.header("Connection", "close");
                throw new ApiException(413, "body_too_large",
                        "the request body is " + declared + " bytes; at most " + limits.maxBodyBytes() + " are accepted");
            }
        }
    }

    /** A 401 counts against the caller's address: token guessing is limited like any other abuse. */
    private static void refused(Context ctx, int status, SocketLimits sockets) {
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
    private static void drainUnread(Context ctx) {
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

    private static void health(Context ctx, BooleanSupplier ready) {
        if (ready.getAsBoolean()) {
            ctx.json(new Health("ok"));
        } else {
            ctx.status(503).json(new Health("starting"));
        }
    }

    private static void cors(JavalinConfig config, HttpConfig http) {
        if (http.corsOrigins().isEmpty()) {
            return;
        }
        config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
            if (http.corsOrigins().contains("*")) {
                rule.anyHost();
            } else {
                String first = http.corsOrigins().get(0);
                rule.allowHost(first, http.corsOrigins().subList(1, http.corsOrigins().size()).toArray(String[]::new));
            }
        }));
    }

    /** A failure no handler expected: a body the client broke is its error; anything else is ours. */
    private static void unexpected(Exception e, Context ctx) {
        String where = ctx.method() + " " + abbreviated(ctx.path());
        Optional<ApiException> fault = EdgeFailures.clientFault(e);
        if (fault.isPresent()) {
            LOG.debug("unreadable body on {}: {}", where, e.toString());
            // The framing is lost: what follows on this connection cannot be read as a request.
            ctx.header("Connection", "close");
            error(ctx, fault.get().status(), fault.get().code(), fault.get().getMessage());
            return;
        }
        EdgeFailures.log(LOG, where, e);
        error(ctx, 500, "internal_error", "something went wrong on our side; nothing you sent was lost");
    }

    private static String abbreviated(String path) {
        return path.length() <= MAX_LOGGED_PATH ? path : path.substring(0, MAX_LOGGED_PATH) + "...";
    }

    private static void error(Context ctx, int status, String code, String message) {
        ctx.status(status).json(ErrorBody.of(code, message));
    }
}
