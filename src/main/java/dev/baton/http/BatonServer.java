package dev.baton.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.baton.agent.AgentAccounts;
import dev.baton.agent.AgentDesk;
import dev.baton.agent.AgentPresence;
import dev.baton.channel.Channel;
import dev.baton.channel.ChannelStore;
import dev.baton.channel.Deliveries;
import dev.baton.channel.DeliveryMeter;
import dev.baton.channel.Intake;
import dev.baton.config.HttpConfig;
import dev.baton.config.LimitsConfig;
import dev.baton.conversation.ConversationEvents;
import dev.baton.conversation.ConversationService;
import dev.baton.knowledge.KnowledgeDesk;
import dev.baton.knowledge.Publisher;
import dev.baton.learning.ExampleSink;
import dev.baton.learning.Suggestions;
import dev.baton.metrics.BatonMetrics;
import dev.baton.report.SupervisorReport;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.JavalinStaticResourceHandler;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Baton's HTTP server. It serves:
 * <ul>
 *   <li>the chat API ({@code /api/v1/conversations}: open, send, transcript) and each conversation's WebSocket
 *       ({@link ChatApi}, {@link ChatStream});</li>
 *   <li>the agent console's page ({@code /agent}), the agent API (queue, tickets: claim, reply, note, escalate,
 *       resolve, transcript, canned replies), the agents' WebSocket, the failed deliveries they retry and the
 *       supervisor report ({@link AgentApi}, {@link AgentStream}, {@link DeliveryApi}, {@link ReportApi});</li>
 *   <li>the messaging platforms' webhooks: Telegram, Slack, WeChat, WhatsApp, a mail relay and the generic one ({@link WebhookApi});</li>
 *   <li>the loopback admin path through which the command line manages agents ({@link AdminApi});</li>
 *   <li>when given, the knowledge editor and the learning loop's suggestions ({@link KnowledgeApi},
 *       {@link SuggestionApi});</li>
 *   <li>the widget's and the demo help centre's static files, the health probes and, with a token set, Prometheus
 *       metrics ({@link HealthApi}, {@link MetricsApi}).</li>
 * </ul>
 * Before any of it: the security headers ({@link SecurityHeaders}), CORS for the widget's origins, and on the
 * APIs the per-address rate limit, socket limits and body size limit ({@link RequestGuards}); bodies are read
 * before dispatch ({@link BodyFirst}). Every refusal and failure is a JSON error with a stable code. Every
 * route, socket and error mapper is declared in one {@code Javalin.create} call: here, or by the class that
 * serves it ({@link KnowledgeApi}, {@link SuggestionApi}; the typed refusals by {@link HttpErrors}).
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
    private static final int MAX_LOGGED_PATH = 200;
    /** How long a stop waits for requests in flight: a turn takes milliseconds. */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    /** A stop closes idle keep-alive connections after this (Jetty's 1 s was waited by every stop). */
    static final Duration STOP_IDLE_TIMEOUT = Duration.ofMillis(50);

    private final Javalin app;
    private final AgentStream agentStream;

    private BatonServer(Javalin app, AgentStream agentStream) {
        this.app = app;
        this.agentStream = agentStream;
    }

    /** What the server serves: the services behind its routes. */
    public record Parts(
            ConversationService service,
            ConversationEvents events,
            AgentDesk desk,
            AgentPresence presence,
            Map<String, Channel> channels,
            Intake intake,
            ChannelStore channelStore,
            Deliveries deliveries,
            Clock clock,
            Admin admin,
            Knowledge knowledge,
            Learning learning,
            SupervisorReport report,
            Metrics metrics) {}

    /** The metrics and the token their scraper sends; off: no {@code /metrics} and nothing counted. */
    public record Metrics(BatonMetrics metrics, String token) {
        public static final Metrics OFF = new Metrics(null, null);

        DeliveryMeter deliveries() {
            return metrics == null ? DeliveryMeter.NONE : metrics;
        }
    }

    /** The knowledge editor's desk and publisher (null: the editor's endpoints answer 404). */
    public record Knowledge(KnowledgeDesk desk, Publisher publisher) {}

    /** The learning loop's suggestions and the draft accepted messages go to (null: its endpoints answer 404). */
    public record Learning(Suggestions suggestions, ExampleSink draft) {}

    /** The admin path's accounts and the token its callers must send (see {@link AdminFile}). */
    public record Admin(AgentAccounts accounts, String token) {}

    /** Builds and starts the server; {@code ready} tells whether Baton can chat (the store answers). */
    public static BatonServer start(
            HttpConfig http, LimitsConfig limits, Parts parts, BooleanSupplier ready, Ticker ticker) {
        return start(http, limits, parts, new Readiness(ready, null), ticker);
    }

    /** Builds and starts the server; {@code readiness} answers the health probes. */
    public static BatonServer start(
            HttpConfig http, LimitsConfig limits, Parts parts, Readiness readiness, Ticker ticker) {
        ConversationService service = parts.service();
        ConversationEvents events = parts.events();
        AgentDesk desk = parts.desk();
        AgentPresence presence = parts.presence();
        ObjectMapper json = json();
        RateLimiter perIp =
                new RateLimiter(limits.ipRequestsPerMinute(), Math.max(10, limits.ipRequestsPerMinute() / 4), ticker);
        RateLimiter perConversation = new RateLimiter(
                limits.conversationTurnsPerMinute(), Math.max(5, limits.conversationTurnsPerMinute() / 3), ticker);
        SocketLimits sockets = new SocketLimits(limits, ticker);
        RequestGuards guards = new RequestGuards(limits, perIp, sockets);
        ChatApi api = new ChatApi(service, json, perConversation);
        ChatStream stream = new ChatStream(api, service, events, json, sockets);
        AgentApi agents = new AgentApi(desk, presence, json);
        AgentStream agentStream = new AgentStream(agents, desk, presence, events, json, sockets);
        String console = ConsolePage.read();
        WebhookApi webhooks = new WebhookApi(
                parts.channels(),
                parts.intake(),
                parts.channelStore(),
                parts.clock(),
                parts.metrics().deliveries());
        MetricsApi metrics =
                new MetricsApi(parts.metrics().metrics(), parts.metrics().token());
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
        DeliveryApi deliveryApi = new DeliveryApi(agents, parts.deliveries());
        AdminApi admin = new AdminApi(parts.admin().accounts(), parts.admin().token(), json);
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new io.javalin.json.JavalinJackson(json, false));
            config.http.maxRequestSize = Math.max(limits.maxBodyBytes(), RequestGuards.DRAIN_LIMIT);
            config.jetty.host = http.host();
            config.jetty.port = http.port();
            config.jetty.threadPool = threads;
            // A stop lets requests already being handled finish (up to STOP_TIMEOUT) and takes no new ones; the
            // body reader sits outside, so clients still trickling a body are not waited for.
            config.jetty.modifyServer(server -> {
                server.insertHandler(new GracefulHandler());
                server.setStopTimeout(STOP_TIMEOUT.toMillis());
            });
            config.jetty.modifyServer(server -> server.insertHandler(
                    BodyFirst.handler(limits.bodyRead(), guards::bodyLimit, RequestGuards.DRAIN_LIMIT, json)));
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors(json)));
            config.startup.showJavalinBanner = false;
            // Javalin's own handler reads the files through the class loader; Jetty's mounts the whole jar as a
            // zip file system per handler, whose index of the jar's 33,000 entries held ~30 MB of heap.
            config.resourceHandler(new JavalinStaticResourceHandler());
            config.staticFiles.add("/web", Location.CLASSPATH);
            SecurityHeaders.cors(config, http);
            config.routes.before(ctx -> SecurityHeaders.apply(ctx, http.corsOrigins()));
            config.routes.before(RequestGuards::decodablePath);
            config.routes.before("/api/*", guards::admit);
            config.routes.wsBeforeUpgrade("/api/*", sockets::beforeUpgrade);
            config.routes.after(RequestGuards::drainUnread);
            HealthApi.routes(config.routes, readiness);
            metrics.routes(config.routes);
            config.routes.post("/api/v1/conversations", api::create);
            config.routes.post(CONVERSATION + "/messages", api::send);
            config.routes.get(CONVERSATION + "/messages", api::transcript);
            config.routes.ws(CONVERSATION + "/stream", stream::configure);
            config.routes.get("/agent", ctx -> ctx.html(console));
            config.routes.get(AGENT + "/me", agents::me);
            config.routes.get(AGENT + "/queue", agents::queue);
            new AvailabilityApi(agents, presence, json).routes(config.routes);
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
            ReportApi.routes(config.routes, agents, parts.report());
            new AuditApi(agents, desk).routes(config.routes);
            config.routes.before(AdminApi.PATH + "/*", admin::guard);
            config.routes.get(AdminApi.AGENTS, admin::list);
            config.routes.post(AdminApi.AGENTS, admin::add);
            config.routes.post(AdminApi.AGENTS + "/{name}/revoke", admin::revoke);
            config.routes.put(AdminApi.AGENTS + "/{name}/rights/{right}", admin::grant);
            config.routes.delete(AdminApi.AGENTS + "/{name}/rights/{right}", admin::withdraw);
            if (parts.knowledge() != null) {
                new KnowledgeApi(
                                agents,
                                parts.knowledge().desk(),
                                parts.knowledge().publisher(),
                                desk::name,
                                json)
                        .routes(config.routes);
            }
            if (parts.learning() != null) {
                new SuggestionApi(
                                ctx -> KnowledgeApi.editor(agents, ctx).id(),
                                parts.learning().draft(),
                                parts.learning().suggestions())
                        .routes(config.routes);
            }
            config.routes.post("/webhooks/generic/{integration}", webhooks::generic);
            config.routes.post("/webhooks/{channel}", webhooks::platform);
            config.routes.get("/webhooks/{channel}", webhooks::platform);
            HttpErrors.map(config.routes, guards);
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
            config.routes.error(
                    405,
                    ctx -> error(ctx, 405, "method_not_allowed", ctx.method() + " is not supported on " + ctx.path()));
        });
        app.start();
        for (Connector connector : app.jettyServer().server().getConnectors()) {
            if (connector instanceof AbstractConnector c) {
                c.setShutdownIdleTimeout(STOP_IDLE_TIMEOUT.toMillis());
            }
        }
        metrics.bind(app.jettyServer().server(), threads);
        return new BatonServer(app, agentStream);
    }

    /** How every endpoint reads JSON: fields a client adds that Baton does not know are ignored. */
    static ObjectMapper json() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        agentStream.close();
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
        HttpErrors.error(ctx, status, code, message);
    }
}
