package dev.baton;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.baton.agent.AgentAccounts;
import dev.baton.agent.AgentDesk;
import dev.baton.agent.AgentPresence;
import dev.baton.agent.HandoffService;
import dev.baton.agent.QueueWatch;
import dev.baton.config.BatonConfig;
import dev.baton.config.BatonHome;
import dev.baton.config.ConfigLoader;
import dev.baton.config.HandoffConfig;
import dev.baton.config.StoreConfig;
import dev.baton.conversation.ConversationEvents;
import dev.baton.conversation.ConversationService;
import dev.baton.conversation.Dialogue;
import dev.baton.conversation.EmptyConversationExpiry;
import dev.baton.conversation.EventRelay;
import dev.baton.conversation.ExtractorDetailReader;
import dev.baton.conversation.LocalConversationEvents;
import dev.baton.conversation.RelayedConversationEvents;
import dev.baton.details.DetailExtractor;
import dev.baton.handoff.HandoffDesk;
import dev.baton.handoff.QueueHandoffDesk;
import dev.baton.handoff.SlaPolicy;
import dev.baton.http.AdminFile;
import dev.baton.http.BatonServer;
import dev.baton.http.Readiness;
import dev.baton.store.jdbc.Database;
import dev.baton.store.jdbc.JdbcAgentStore;
import dev.baton.store.jdbc.JdbcConversationStore;
import dev.baton.store.jdbc.JdbcTicketStore;
import dev.baton.store.jdbc.PostgresEventRelay;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;

/**
 * The composition root: every long-lived object is built here with {@code new} and handed down. Nothing
 * else reads the environment.
 */
public final class App {

    private static final org.slf4j.Logger STARTUP = org.slf4j.LoggerFactory.getLogger("dev.baton.startup");

    /** How old a queue position told to a user may be. */
    private static final Duration QUEUE_STALENESS = Duration.ofSeconds(1);

    private App() {}

    /** The server's settings: {@code file} (or {@code BATON_CONFIG}) and the {@code BATON_*} environment. */
    public static BatonConfig config(Path file) {
        return config(file, null);
    }

    /** As {@link #config(Path)}, with {@code home} (a {@code --home} option, or null) over {@code BATON_HOME}. */
    public static BatonConfig config(Path file, Path home) {
        Map<String, String> env = new HashMap<>(System.getenv());
        if (home != null) {
            env.put("BATON_HOME", home.toString());
        }
        Optional<Path> chosen = Optional.ofNullable(file)
                .or(() -> Optional.ofNullable(env.get("BATON_CONFIG"))
                        .filter(v -> !v.isBlank())
                        .map(Path::of));
        return ConfigLoader.load(chosen, env);
    }

    /** The time and threads a server runs on: the system's in production, fakes in a test. */
    public record Environment(Clock clock, Ticker ticker, Executor executor) {
        public static Environment system() {
            return new Environment(Clock.systemUTC(), Ticker.systemTicker(), ForkJoinPool.commonPool());
        }
    }

    /**
     * Builds and starts a Baton server: the understanding (model, index, safety) and the store open side by
     * side, then the conversation service and the HTTP server on top of them.
     */
    public static Baton serve(BatonConfig config) {
        return serve(config, Environment.system());
    }

    /** As {@link #serve(BatonConfig)}, on {@code environment}'s clock, ticker and executor. */
    public static Baton serve(BatonConfig config, Environment environment) {
        return serve(config, environment, StartupPhases.sinceNow());
    }

    /** As {@link #serve(BatonConfig)}, recording what the start spent its time on in {@code phases}. */
    public static Baton serve(BatonConfig config, StartupPhases phases) {
        return serve(config, Environment.system(), phases);
    }

    private static Baton serve(BatonConfig config, Environment environment, StartupPhases phases) {
        StoreConfig s = config.store();
        UnderstandingAndStore opened = UnderstandingAndStore.open(config, phases);
        long wiring = System.nanoTime();
        Understanding understanding = opened.understanding();
        Database database = opened.database();
        try {
            JdbcConversationStore conversations = new JdbcConversationStore(database);
            JdbcTicketStore tickets = new JdbcTicketStore(database);
            HandoffConfig h = config.handoff();
            Clock clock = environment.clock();
            // One Localizer for every reply: its Traditional Chinese converter takes ~0.5 s to load.
            Dialogue dialogue =
                    new Dialogue(new ExtractorDetailReader(new DetailExtractor()), understanding.localizer());
            AgentPresence presence = Staffing.presence(database, h, clock);
            HandoffDesk desk = new QueueHandoffDesk(
                    tickets,
                    h.handlingTime(),
                    new SlaPolicy(h.urgentFirstResponse(), h.normalFirstResponse(), h.emailFirstResponse()),
                    QUEUE_STALENESS,
                    clock,
                    environment.ticker(),
                    environment.executor(),
                    presence::anyoneAvailable);
            // Instances sharing PostgreSQL tell each other what happened (the embedded store has one instance).
            LocalConversationEvents local = new LocalConversationEvents();
            EventRelay relay = s.embedded() ? null : PostgresEventRelay.start(database);
            ConversationEvents events =
                    relay == null ? local : new RelayedConversationEvents(local, relay, conversations, tickets, desk);
            // What Baton knows is swapped whole when an editor publishes: every turn reads the live policy.
            Knowledge knowledge = phases.time(
                    "knowledge", () -> Knowledge.wire(config, understanding, database, conversations, tickets, clock));
            Metering metering = Metering.wire(config.metrics(), database, tickets, understanding, clock);
            ConversationService service = new ConversationService(
                    conversations,
                    tickets,
                    desk,
                    knowledge.live(),
                    understanding.policy().scanner(),
                    dialogue,
                    events,
                    clock,
                    h.reopenWindow(),
                    config.learning().capture(),
                    metering.turns(),
                    metering.tickets());
            HandoffService handoff = new HandoffService(
                    conversations,
                    tickets,
                    desk,
                    understanding.policy()::redact,
                    dialogue,
                    events,
                    clock,
                    metering.tickets());
            AgentAccounts accounts = new AgentAccounts(new JdbcAgentStore(database), clock);
            AgentDesk agents = new AgentDesk(
                    accounts,
                    handoff,
                    tickets,
                    conversations,
                    tickets,
                    knowledge.live()::corpus,
                    understanding.localizer(),
                    h.agentCapacity(),
                    clock);
            QueueWatch watch = Staffing.watch(tickets, handoff, presence, events, h, clock, metering.tickets());
            Messaging messaging = Messaging.wire(
                    config.channels(),
                    database,
                    service,
                    understanding.policy()::redact,
                    events,
                    tickets,
                    h.reopenWindow(),
                    clock,
                    metering.deliveries());
            var expiry = new EmptyConversationExpiry(
                    conversations,
                    config.limits().emptyConversationTtl(),
                    clock,
                    Executors.newSingleThreadScheduledExecutor(daemon("baton-expiry")));
            List<AutoCloseable> background = new ArrayList<>(
                    List.of(watch, messaging.mailbox(), messaging.intake(), messaging.outbox(), expiry, knowledge));
            if (relay != null) {
                background.add(relay);
            }
            String adminToken = AdminFile.newToken(new SecureRandom());
            Readiness readiness = new Readiness(database::healthy, relay == null ? null : relay::listening);
            BatonServer server;
            try {
                BatonServer.Parts parts = new BatonServer.Parts(
                        service,
                        events,
                        agents,
                        presence,
                        messaging.channels(),
                        messaging.intake(),
                        messaging.store(),
                        messaging.deliveries(),
                        clock,
                        new BatonServer.Admin(accounts, adminToken),
                        knowledge.editor(),
                        knowledge.suggestions(),
                        Reporting.wire(config.report(), database, clock),
                        metering.server());
                phases.record("wiring", wiring, System.nanoTime());
                server = phases.time(
                        "http",
                        () -> BatonServer.start(
                                config.http(), config.limits(), parts, readiness, environment.ticker()));
            } catch (RuntimeException e) {
                background.forEach(App::closeQuietly);
                throw e;
            }
            // Only the embedded store needs the admin path: other processes open PostgreSQL themselves.
            AutoCloseable admin = () -> {};
            if (s.embedded()) {
                try {
                    new AdminFile(localHost(config.http().host()), server.port(), adminToken).write(s.dataDir());
                } catch (RuntimeException e) {
                    server.close();
                    background.forEach(App::closeQuietly);
                    throw e;
                }
                admin = () -> AdminFile.delete(s.dataDir());
            }
            watch.start();
            knowledge.start();
            messaging.start();
            expiry.start();
            if (STARTUP.isDebugEnabled()) {
                STARTUP.debug(phases.line());
            }
            return new Baton(server, readiness, config.http().stopDelay(), admin, background, database, s.describe());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The file of the embedded store in {@code dataDir}; it exists once a server or command has opened it. */
    public static Path embeddedFile(Path dataDir) {
        return Database.embeddedFile(dataDir);
    }

    /** The address a local process reaches the server on: its own when that is loopback, else 127.0.0.1. */
    public static String localHost(String host) {
        boolean loopback =
                host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
        return loopback ? host : "127.0.0.1";
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // closing on a failed start: the start's own failure is the one to report
        }
    }

    static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Runs {@code work} on the agent accounts of the configured store, then closes the store. */
    public static <T> T withAgents(BatonConfig config, Function<AgentAccounts, T> work) {
        try (Database database = UnderstandingAndStore.database(config.store())) {
            return work.apply(new AgentAccounts(new JdbcAgentStore(database), Clock.systemUTC()));
        }
    }

    /** Baton's home: {@code option} (a {@code --home}), else {@code BATON_HOME}, else {@link BatonHome#installed()}. */
    public static Path home(Path option) {
        String env = System.getenv("BATON_HOME");
        Path home =
                option != null ? option : env == null || env.isBlank() ? BatonHome.installed() : Path.of(env.strip());
        return home.toAbsolutePath().normalize();
    }

    /** Where the corpus lives: {@code BATON_CORPUS_DIR}, else the default, against {@code home}. */
    public static Path defaultCorpusDir(Path home) {
        return ConfigLoader.nlu(System.getenv(), home).corpusDir();
    }

    /** Where the models live: {@code BATON_MODELS_DIR}, else the default, against {@code home}. */
    public static Path defaultModelsDir(Path home) {
        return ConfigLoader.nlu(System.getenv(), home).modelsDir();
    }
}
