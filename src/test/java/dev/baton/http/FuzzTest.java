package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.baton.channel.FakePlatform;
import dev.baton.channel.FakePlatform.Answer;
import dev.baton.http.ApiClient.Chat;
import dev.baton.testing.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * No input, anywhere, gets a 5xx: a seeded, bounded fuzz run over every endpoint (chat, agent, deliveries, every
 * webhook signed right and wrong, health, static files, unknown paths, WebSocket upgrades) with hostile methods,
 * paths, headers, queries, bodies and framing. {@code -Dfuzz.seed=N} replays a run; {@code -Dfuzz.requests=N}
 * changes its size.
 */
@IntegrationTest
class FuzzTest {

    static final long DEFAULT_SEED = 20_261_206L;
    static final int DEFAULT_REQUESTS = 5_000;
    private static final int WORKERS = 3;
    private static final Duration PER_REQUEST = Duration.ofSeconds(10);
    private static final Duration WHOLE_RUN = Duration.ofMinutes(3);
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    @TempDir
    Path data;

    /** What the run saw: statuses (or how a connection ended) per kind, and every failure. */
    static final class Tally {
        final ConcurrentMap<String, LongAdder> byKind = new ConcurrentHashMap<>();
        final ConcurrentMap<String, LongAdder> byStatus = new ConcurrentHashMap<>();
        final ConcurrentMap<String, LongAdder> millisByKind = new ConcurrentHashMap<>();
        final List<String> failures = new CopyOnWriteArrayList<>();

        void count(FuzzProbe probe, String outcome, long nanos) {
            byKind.computeIfAbsent(probe.kind(), k -> new LongAdder()).increment();
            millisByKind.computeIfAbsent(probe.kind(), k -> new LongAdder()).add(nanos / 1_000_000);
            byStatus.computeIfAbsent(outcome, k -> new LongAdder()).increment();
        }

        long total() {
            return byKind.values().stream().mapToLong(LongAdder::sum).sum();
        }
    }

    @Test
    void noRequestGetsA5xxNorLosesItsAnswer() throws Exception {
        fuzz(Map.of(), Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS));
    }

    @Test
    void noRequestGetsA5xxOnPostgres() throws Exception {
        // A smaller run: what differs is the store, which refuses some text the embedded one keeps.
        String schema =
                "baton_fuzz_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(POSTGRES, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        try {
            fuzz(
                    Map.of("BATON_DB_URL", POSTGRES + "?currentSchema=" + schema, "BATON_DB_USER", "postgres"),
                    Integer.getInteger("fuzz.postgresRequests", DEFAULT_REQUESTS / 4));
        } finally {
            try (Connection c = DriverManager.getConnection(POSTGRES, "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private void fuzz(Map<String, String> store, int requests) throws Exception {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        System.out.println("FuzzTest seed " + seed + " (replay: -Dfuzz.seed=" + seed + "), " + requests + " requests");
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        root.addAppender(logged);
        Tally tally = new Tally();
        long started = 0;
        Map<String, String> settings = new HashMap<>(store);
        try (FakePlatform platforms = FakePlatform.start()
                .answerAlways(Answer.json(
                        200, "{\"ok\":true,\"result\":{},\"errcode\":0,\"access_token\":\"T\",\"expires_in\":7200}"))) {
            settings.putAll(settings(platforms));
            try (BatonTestServer server = BatonTestServer.start(data, settings)) {
                FuzzProbes.Fixture fixture = fixture(server);
                started = System.nanoTime();
                run(server.port(), fixture, seed, requests, tally);
                HttpResponse<String> health = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/health"))
                                        .timeout(PER_REQUEST)
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).as("health after the run").isEqualTo(200);
            }
        } finally {
            root.detachAppender(logged);
        }
        report(seed, tally, Duration.ofNanos(System.nanoTime() - started));
        assertThat(tally.total()).isEqualTo(requests);
        assertThat(tally.failures).as("failures (seed " + seed + ")").isEmpty();
        List<String> errors = logged.list.stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
        assertThat(errors).as("nothing logged as an error").isEmpty();
        // Webhook messages are processed after the answer: a failure there (a message retried forever) only logs.
        List<String> warnings = logged.list.stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)
                        && e.getLoggerName().startsWith("dev.baton"))
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
        assertThat(warnings).as("no warning from Baton").isEmpty();
    }

    private static Map<String, String> settings(FakePlatform platforms) {
        String api = platforms.uri().toString();
        return Map.ofEntries(
                // Generous limits: the run is one address sending thousands of requests to a few conversations.
                Map.entry("BATON_IP_REQUESTS_PER_MINUTE", "100000000"),
                Map.entry("BATON_CONVERSATION_TURNS_PER_MINUTE", "100000000"),
                // Bodies large enough for deep nesting and big documents to reach the parsers.
                Map.entry("BATON_MAX_BODY_BYTES", "262144"),
                Map.entry("BATON_TELEGRAM_SECRET", "fuzz-telegram-secret"),
                Map.entry("BATON_TELEGRAM_BOT_TOKEN", "123456:fuzz-bot-token"),
                Map.entry("BATON_TELEGRAM_API_URL", api),
                Map.entry("BATON_SLACK_SIGNING_SECRET", "fuzz-slack-signing-secret"),
                Map.entry("BATON_SLACK_BOT_TOKEN", "xoxb-fuzz"),
                Map.entry("BATON_SLACK_API_URL", api),
                Map.entry("BATON_WECHAT_TOKEN", "fuzzwechattoken"),
                Map.entry("BATON_WECHAT_APP_ID", "wxfuzz"),
                Map.entry("BATON_WECHAT_APP_SECRET", "fuzz-app-secret"),
                Map.entry("BATON_WECHAT_API_URL", api),
                // No waiting for a passive reply: thousands of calls would each wait for their turn.
                Map.entry("BATON_WECHAT_PASSIVE_REPLY_MILLIS", "0"),
                Map.entry("BATON_GENERIC_ACME_SECRET", "whsec-fuzz-0123456789abcdef0123456789"),
                Map.entry("BATON_GENERIC_ACME_CALLBACK_URL", api + "/callback"));
    }

    /** A few conversations, two of them handed off so that the agent endpoints have tickets to act on. */
    private static FuzzProbes.Fixture fixture(BatonTestServer server) {
        ApiClient api = new ApiClient(server.baseUrl());
        List<Chat> chats = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            chats.add(api.open());
        }
        api.send(chats.get(0), "我的币被盗了");
        api.send(chats.get(1), "I want to talk to a human agent");
        String agent = server.addAgent("fuzz", 2, true);
        List<String> tickets = new ArrayList<>();
        api.request("GET", "/api/v1/agent/queue", agent, null, null)
                .json()
                .path("tickets")
                .forEach(t -> tickets.add(t.path("id").asText()));
        return new FuzzProbes.Fixture(
                List.copyOf(chats),
                agent,
                List.copyOf(tickets),
                "fuzz-telegram-secret",
                "fuzz-slack-signing-secret",
                "fuzzwechattoken",
                "whsec-fuzz-0123456789abcdef0123456789");
    }

    private static void run(int port, FuzzProbes.Fixture fixture, long seed, int requests, Tally tally)
            throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                int share = requests / WORKERS + (w < requests % WORKERS ? 1 : 0);
                // Each worker draws from its own generator, so a seed replays the same requests.
                Random random = new Random(seed * 31 + w);
                done.add(workers.submit(() -> {
                    FuzzSender sender = new FuzzSender(port, PER_REQUEST);
                    FuzzProbes probes = new FuzzProbes(fixture, random);
                    FuzzProbe previous = null;
                    for (int i = 0; i < share; i++) {
                        FuzzProbe probe = probes.next();
                        long sent = System.nanoTime();
                        FuzzSender.Outcome outcome = sender.send(probe);
                        tally.count(probe, outcome.label(), System.nanoTime() - sent);
                        if (outcome.failed()) {
                            // A connection lost may be the previous request's doing (both went on one connection).
                            tally.failures.add(outcome.label() + " <- " + probe.describe() + " -> " + outcome.detail()
                                    + (previous == null ? "" : "\n      after " + previous.describe()));
                        }
                        previous = probe;
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(WHOLE_RUN.toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private static void report(long seed, Tally tally, Duration took) {
        StringBuilder out = new StringBuilder("FuzzTest seed ")
                .append(seed)
                .append(": ")
                .append(tally.total())
                .append(" requests in ")
                .append(took.toMillis())
                .append(" ms\n  by kind:");
        new TreeMap<>(tally.byKind)
                .forEach((k, v) -> out.append(' ').append(k).append('=').append(v.sum()));
        out.append("\n  ms by kind:");
        new TreeMap<>(tally.millisByKind)
                .forEach((k, v) -> out.append(' ').append(k).append('=').append(v.sum()));
        out.append("\n  by status:");
        new TreeMap<>(tally.byStatus)
                .forEach((k, v) -> out.append(' ').append(k).append('=').append(v.sum()));
        out.append("\n  failures: ").append(tally.failures.size());
        tally.failures.stream().limit(30).forEach(f -> out.append("\n    ").append(f));
        System.out.println(out);
    }
}
