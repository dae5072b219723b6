package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.FakePlatform;
import dev.baton.channel.FakePlatform.Answer;
import dev.baton.channel.generic.GenericSignature;
import dev.baton.http.ApiClient.Chat;
import dev.baton.http.ApiClient.Reply;
import dev.baton.safety.AdversarialSecrets;
import dev.baton.safety.AdversarialSecrets.Channel;
import dev.baton.safety.AdversarialSecrets.Disguised;
import dev.baton.safety.AdversarialSecrets.LookAlike;
import dev.baton.store.jdbc.Database;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The adversarial corpus ({@link AdversarialSecrets}) through every way in: the chat API, the Telegram,
 * Slack, WeChat and generic webhooks, and agents' replies, on the embedded store and on PostgreSQL. Then
 * what Baton kept is searched, as bytes, for every secret: the H2 file (or a dump of every PostgreSQL table
 * of the schema), the logs at debug level, every HTTP response, every message sent to a platform and every
 * live event an agent's console received. Disguised secrets must be found nowhere and every one must hand
 * off urgently; look-alikes must be kept as sent.
 */
class SecretsAtRestTest {

    static final long SEED = 20261206L;
    static final int DISGUISED = Integer.getInteger("baton.secrets.disguised", 2000);
    static final int LOOK_ALIKES = Integer.getInteger("baton.secrets.lookAlikes", 2000);
    /** What a user types when asked whether a hex string is a transaction hash or a private key. */
    static final String IT_IS_A_KEY = "私钥 it's my private key";
    static final String HELD_HASH = "[redacted: transaction hash or private key]";
    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void noDisguisedSecretIsKeptInTheEmbeddedStoreFile() throws Exception {
        Run run = new Run(data, Map.of());
        run.sendEverything();
        run.finish(() -> Database.embeddedUrl(data), "baton", "");
        // Read as the running server left it, old chunks and all: a clean stop compacts the file, and H2
        // compresses what it compacts, so afterwards no value would be found, stored or not.
        try {
            List<String> stored = files(run.storedBeforeStop);
            run.assertNothingLeaked(stored, "the H2 file");
            run.assertLookAlikesKept(stored, "the H2 file");
        } finally {
            try (Stream<Path> copies = Files.list(run.storedBeforeStop)) {
                for (Path f : copies.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(run.storedBeforeStop);
        }
    }

    @Test
    void noDisguisedSecretIsKeptInPostgres() throws Exception {
        String schema = "baton_secrets_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(POSTGRES, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String url = POSTGRES + "?currentSchema=" + schema;
        try {
            Run run = new Run(data, Map.of("BATON_DB_URL", url, "BATON_DB_USER", "postgres"));
            run.sendEverything();
            run.finish(() -> url, "postgres", "");
            String dump = utf8Latin1(dump(url, schema));
            run.assertNothingLeaked(List.of(dump), "the PostgreSQL dump");
            run.assertLookAlikesKept(List.of(dump), "the PostgreSQL dump");
        } finally {
            try (Connection c = DriverManager.getConnection(POSTGRES, "postgres", "");
                 Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /** One server, its stand-in platforms, and everything said and heard. */
    static final class Run {
        final List<Disguised> disguised = AdversarialSecrets.disguised(SEED, DISGUISED);
        final List<LookAlike> lookAlikes = AdversarialSecrets.lookAlikes(SEED + 1, LOOK_ALIKES);
        final Map<String, String> conversationOf = new HashMap<>();
        final Map<String, String> chatOf = new HashMap<>();
        final List<String> responses = new ArrayList<>();
        final Queue<String> events = new ConcurrentLinkedQueue<>();
        final ListAppender<ILoggingEvent> logs = new ListAppender<>();
        final Path data;
        final Map<String, String> settings;
        FakePlatform telegram;
        FakePlatform slack;
        FakePlatform wechat;
        FakePlatform acme;
        BatonTestServer server;
        ApiClient api;
        String supervisor;
        Level before;
        long updates = 50_000_000L;

        Run(Path data, Map<String, String> store) {
            this.data = data;
            this.settings = store;
        }

        void sendEverything() throws Exception {
            Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            Logger baton = (Logger) LoggerFactory.getLogger("dev.baton");
            before = baton.getLevel();
            logs.start();
            root.addAppender(logs);
            baton.setLevel(Level.DEBUG);
            telegram = FakePlatform.start().answerAlways(TelegramEndToEndTest.OK);
            slack = FakePlatform.start().answerAlways(Answer.json(200, "{\"ok\":true}"));
            wechat = FakePlatform.start().answerAlways(Answer.json(200,
                    "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"T\",\"expires_in\":7200}"));
            acme = FakePlatform.start().answerAlways(Answer.json(200, "{}"));
            Map<String, String> env = new HashMap<>(settings);
            env.putAll(Map.ofEntries(
                    Map.entry("BATON_TELEGRAM_SECRET", TelegramEndToEndTest.SECRET),
                    Map.entry("BATON_TELEGRAM_BOT_TOKEN", TelegramEndToEndTest.BOT),
                    Map.entry("BATON_TELEGRAM_API_URL", telegram.uri().toString()),
                    Map.entry("BATON_SLACK_SIGNING_SECRET", PlatformsEndToEndTest.SLACK_SECRET),
                    Map.entry("BATON_SLACK_BOT_TOKEN", "xoxb-test-token"),
                    Map.entry("BATON_SLACK_API_URL", slack.uri().toString()),
                    Map.entry("BATON_WECHAT_TOKEN", PlatformsEndToEndTest.WECHAT_TOKEN),
                    Map.entry("BATON_WECHAT_APP_ID", "wx1234567890abcdef"),
                    Map.entry("BATON_WECHAT_APP_SECRET", "app-secret-value"),
                    Map.entry("BATON_WECHAT_API_URL", wechat.uri().toString()),
                    Map.entry("BATON_GENERIC_ACME_SECRET", PlatformsEndToEndTest.GENERIC_SECRET),
                    Map.entry("BATON_GENERIC_ACME_CALLBACK_URL", acme.uri() + "/baton/callback"),
                    Map.entry("BATON_AGENT_CAPACITY", "100"),
                    Map.entry("BATON_IP_REQUESTS_PER_MINUTE", "1000000"),
                    Map.entry("BATON_CONVERSATION_TURNS_PER_MINUTE", "1000")));
            server = BatonTestServer.start(data, env);
            api = new ApiClient(server.baseUrl());
            supervisor = server.addAgent("watcher", 2, true);
            URI stream = URI.create("ws://127.0.0.1:" + server.port() + "/api/v1/agent/stream?token=" + supervisor);
            HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(stream, new Collector(events)).join();

            for (Disguised d : disguised) {
                List<String> parts = new ArrayList<>(d.parts());
                if ((d.id().endsWith("-hex") || d.id().endsWith("-sol")) && d.channel() != Channel.AGENT) {
                    // A bare hex or Solana string is asked about; the user answers that it is their key.
                    parts.add(IT_IS_A_KEY);
                }
                send(d.id(), d.channel(), parts);
            }
            for (LookAlike l : lookAlikes) {
                send(l.id(), l.channel(), l.parts());
            }
        }

        private void send(String id, Channel channel, List<String> parts) throws Exception {
            if (parts.size() > 1 && channel != Channel.WEB && channel != Channel.AGENT) {
                sendInTurn(id, channel, parts);
                return;
            }
            switch (channel) {
                case WEB -> {
                    Chat chat = api.open();
                    conversationOf.put(id, chat.id());
                    for (String part : parts) {
                        keep(api.send(chat, part));
                    }
                }
                case AGENT -> {
                    Chat chat = api.open();
                    conversationOf.put(id, chat.id());
                    api.send(chat, "转人工");
                    api.send(chat, "跳过");
                    String ticket = keep(api.send(chat, "跳过")).json().path("handoff").path("ticketId").asText();
                    keep(agentPost("/tickets/" + ticket + "/claim", null));
                    for (String part : parts) {
                        keep(agentPost("/tickets/" + ticket + "/messages", JSON.writeValueAsString(Map.of("text", part))));
                    }
                    keep(agentPost("/tickets/" + ticket + "/resolve", null));
                }
                default -> {
                    for (int p = 0; p < parts.size(); p++) {
                        sendPart(id, channel, parts.get(p), p == 0);
                    }
                }
            }
        }

        /** One message of a case through its platform's webhook; the first one opens the case's chat. */
        private void sendPart(String id, Channel channel, String part, boolean first) throws Exception {
            if (first) {
                String chat = switch (channel) {
                    case TELEGRAM -> "telegram:" + (7_000_000L + chatOf.size());
                    case SLACK -> "slack:D" + chatOf.size();
                    case WECHAT -> "wechat:o" + chatOf.size();
                    case GENERIC -> "generic:acme:u" + chatOf.size();
                    default -> throw new IllegalArgumentException(channel + " is not a platform");
                };
                chatOf.put(id, chat);
            }
            String chat = chatOf.get(id).substring(chatOf.get(id).lastIndexOf(':') + 1);
            long now = Instant.now().getEpochSecond();
            switch (channel) {
                case TELEGRAM -> keep(api.requestWithHeaders("POST", "/webhooks/telegram", "application/json",
                        TelegramEndToEndTest.update(updates++, Long.parseLong(chat), part),
                        Map.of("X-Telegram-Bot-Api-Secret-Token", TelegramEndToEndTest.SECRET)));
                case SLACK -> {
                    String body = PlatformsEndToEndTest.slackEvent("Ev" + updates++, chat, part);
                    keep(api.requestWithHeaders("POST", "/webhooks/slack", "application/json", body, Map.of(
                            "X-Slack-Request-Timestamp", String.valueOf(now), "X-Slack-Signature", "v0="
                                    + PlatformsEndToEndTest.hmac(PlatformsEndToEndTest.SLACK_SECRET,
                                    "v0:" + now + ":" + body))));
                }
                case WECHAT -> keep(api.requestWithHeaders("POST", "/webhooks/wechat?"
                                + PlatformsEndToEndTest.wechatQuery(now, "n" + updates), "text/xml",
                        PlatformsEndToEndTest.wechatText(chat, 6_300_000_000_000_000_000L + updates++, part), Map.of()));
                case GENERIC -> {
                    String body = JSON.writeValueAsString(Map.of("messageId", "m" + updates++, "userId", chat,
                            "text", part, "locale", "zh-CN"));
                    keep(api.requestWithHeaders("POST", "/webhooks/generic/acme", "application/json", body,
                            Map.of(GenericSignature.HEADER, GenericSignature.sign(PlatformsEndToEndTest.GENERIC_SECRET,
                                    now, body))));
                }
                default -> throw new IllegalArgumentException(channel + " is not a platform");
            }
        }

        /**
         * A user of a messaging platform reads Baton's reply before sending the next part: each part is sent
         * when the one before has made its turn.
         */
        private void sendInTurn(String id, Channel channel, List<String> parts) throws Exception {
            for (int p = 0; p < parts.size(); p++) {
                if (p > 0) {
                    awaitDeliveries(database());
                }
                sendPart(id, channel, parts.get(p), p == 0);
            }
        }

        private Connection database;

        private Connection database() throws SQLException {
            if (database == null) {
                String url = settings.getOrDefault("BATON_DB_URL", Database.embeddedUrl(data));
                database = DriverManager.getConnection(url, settings.containsKey("BATON_DB_URL") ? "postgres" : "baton",
                        "");
            }
            return database;
        }

        private Reply agentPost(String path, String json) {
            return api.request("POST", "/api/v1/agent" + path, supervisor, json == null ? null : "application/json", json);
        }

        private Reply keep(Reply reply) {
            assertThat(reply.status()).as(reply.body()).isLessThan(300);
            responses.add(reply.body());
            return reply;
        }

        /**
         * Waits until every platform delivery made its turn, reads who got a ticket for what and what was stored
         * for each case, then stops the server (so the embedded store's file is complete on disk).
         */
        void finish(java.util.function.Supplier<String> url, String user, String password) throws Exception {
            if (database != null) {
                database.close();
            }
            try (Connection c = DriverManager.getConnection(url.get(), user, password)) {
                awaitDeliveries(c);
                resolveChats(c);
                outcomes = outcomes(c);
                if (url.get().startsWith("jdbc:h2:")) {
                    try (java.sql.Statement s = c.createStatement()) {
                        s.execute("CHECKPOINT SYNC");
                    }
                    // A copy on disk, not in memory: the server still holds its own heap until it stops.
                    storedBeforeStop = Files.createTempDirectory("baton-store-before-stop");
                    try (Stream<Path> walk = Files.list(data)) {
                        for (Path f : walk.filter(Files::isRegularFile).toList()) {
                            Files.copy(f, storedBeforeStop.resolve(f.getFileName()));
                        }
                    }
                }
            } finally {
                server.close();
                Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
                root.detachAppender(logs);
                ((Logger) LoggerFactory.getLogger("dev.baton")).setLevel(before);
                for (FakePlatform p : List.of(telegram, slack, wechat, acme)) {
                    platformBodies.addAll(p.calls().stream().map(FakePlatform.Call::body).toList());
                    p.close();
                }
            }
        }

        final List<String> platformBodies = new ArrayList<>();
        /** A copy of the embedded store's files as the running server left them (after a checkpoint). */
        Path storedBeforeStop;
        Map<String, Outcome> outcomes = Map.of();

        /** What a case left: its user messages as stored, and the reasons of its urgent tickets. */
        record Outcome(List<String> userTexts, Set<String> urgentReasons) {
        }

        private static void awaitDeliveries(Connection c) throws SQLException, InterruptedException {
            for (int poll = 0; poll < 6_000; poll++) {
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT COUNT(*) FROM inbound WHERE status = 'pending'")) {
                    r.next();
                    if (r.getInt(1) == 0) {
                        return;
                    }
                }
                java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
            }
            throw new AssertionError("platform deliveries still pending after bounded polling");
        }

        private void resolveChats(Connection c) throws SQLException {
            try (PreparedStatement find = c.prepareStatement(
                    "SELECT conversation_id FROM chat_links WHERE channel = ? AND chat_id = ? ORDER BY created_at")) {
                for (Map.Entry<String, String> e : chatOf.entrySet()) {
                    int split = e.getValue().lastIndexOf(':');
                    find.setString(1, e.getValue().substring(0, split));
                    find.setString(2, e.getValue().substring(split + 1));
                    try (ResultSet r = find.executeQuery()) {
                        if (r.next()) {
                            conversationOf.put(e.getKey(), r.getString(1));
                        }
                    }
                }
            }
        }

        private Map<String, Outcome> outcomes(Connection c) throws SQLException {
            Map<String, Outcome> byCase = new HashMap<>();
            try (PreparedStatement texts = c.prepareStatement(
                    "SELECT text FROM messages WHERE conversation_id = ? AND sender = 'user' ORDER BY seq");
                 PreparedStatement tickets = c.prepareStatement(
                         "SELECT reason FROM tickets WHERE conversation_id = ? AND priority = 'urgent'")) {
                for (Map.Entry<String, String> e : conversationOf.entrySet()) {
                    List<String> stored = new ArrayList<>();
                    texts.setString(1, e.getValue());
                    try (ResultSet r = texts.executeQuery()) {
                        while (r.next()) {
                            stored.add(r.getString(1));
                        }
                    }
                    Set<String> reasons = new HashSet<>();
                    tickets.setString(1, e.getValue());
                    try (ResultSet r = tickets.executeQuery()) {
                        while (r.next()) {
                            reasons.add(r.getString(1));
                        }
                    }
                    byCase.put(e.getKey(), new Outcome(stored, reasons));
                }
            }
            return byCase;
        }

        /**
         * No needle of a disguised secret in {@code stored} (the store's bytes, one char per byte), the logs, the responses, the
         * platforms' calls or the agent's live events; every disguised secret a user sent handed off urgently
         * as an exposed secret.
         */
        void assertNothingLeaked(Iterable<String> stored, String where) {
            Map<String, Iterable<String>> haystacks = new LinkedHashMap<>();
            haystacks.put(where, stored);
            haystacks.put("the logs", List.of(utf8Latin1(String.join("\n", logs.list.stream()
                    .map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null ? ""
                            : " " + e.getThrowableProxy().getMessage())).toList()))));
            haystacks.put("the HTTP responses", List.of(utf8Latin1(String.join("\n", responses))));
            haystacks.put("the platforms' calls", List.of(utf8Latin1(String.join("\n", platformBodies))));
            haystacks.put("the live events", List.of(utf8Latin1(String.join("\n", events))));
            List<String> found = new ArrayList<>();
            NeedleSearch needles = new NeedleSearch();
            for (Disguised d : disguised) {
                d.needles().forEach(n -> needles.add(n, d.id() + " " + d.disguise()));
            }
            haystacks.forEach((name, chunks) -> chunks.forEach(bytes -> needles.findIn(bytes)
                    .forEach(hit -> found.add(hit + " in " + name))));
            System.out.printf("%s: %d disguised secrets (%d multi-part, %d written by agents): %d needles found in clear "
                    + "in the store, logs, responses, platform calls and live events%n", where, disguised.size(),
                    disguised.stream().filter(d -> d.parts().size() > 1).count(),
                    disguised.stream().filter(d -> d.channel() == Channel.AGENT).count(), found.size());
            assertThat(found).as("disguised secrets found in clear").isEmpty();

            List<String> notUrgent = new ArrayList<>();
            for (Disguised d : disguised) {
                if (d.channel() == Channel.AGENT) {
                    continue;
                }
                Outcome o = outcomes.get(d.id());
                if (o == null || !o.urgentReasons().contains("secret_exposed")) {
                    notUrgent.add(d.id() + " " + d.disguise() + " -> " + (o == null ? "no conversation" : o));
                }
            }
            long sentByUsers = disguised.stream().filter(d -> d.channel() != Channel.AGENT).count();
            System.out.printf("%s: %d of %d disguised secrets sent by users handed off urgently as secret_exposed%n",
                    where, sentByUsers - notUrgent.size(), sentByUsers);
            notUrgent.forEach(n -> System.out.println("  not urgent: " + n));
            assertThat(notUrgent).as("disguised secrets not handed off urgently as exposed").isEmpty();
        }

        /**
         * Look-alikes: at most 0.5% redacted or handed off as an exposed secret, none of the transaction hashes
         * given with context, and what they carried (a hash, an address, a fragment of prose) stored as sent,
         * which also shows the search above reads the store's bytes.
         */
        void assertLookAlikesKept(Iterable<String> stored, String where) {
            List<String> alarms = new ArrayList<>();
            List<String> txAlarms = new ArrayList<>();
            int kept = 0;
            int keeps = 0;
            int asked = 0;
            Set<String> wanted = new HashSet<>();
            for (LookAlike l : lookAlikes) {
                l.keep().forEach(k -> {
                    wanted.add(utf8Latin1(k));
                    wanted.add(h2Latin1(k));
                });
            }
            Set<String> present = new HashSet<>();
            for (String chunk : stored) {
                for (String k : wanted) {
                    if (!present.contains(k) && chunk.contains(k)) {
                        present.add(k);
                    }
                }
            }
            for (LookAlike l : lookAlikes) {
                Outcome o = outcomes.get(l.id());
                // A bare hash Baton did not ask for is held and asked about: the user's answer decides.
                boolean ask = o != null && l.kind().equals("tx-reply") && !o.urgentReasons().contains("secret_exposed")
                        && o.userTexts().stream().anyMatch(t -> t.contains(HELD_HASH));
                asked += ask ? 1 : 0;
                boolean alarm = o == null || o.urgentReasons().contains("secret_exposed")
                        || !ask && o.userTexts().stream().anyMatch(t -> t.contains("[redacted: "));
                if (alarm) {
                    alarms.add(l.id() + " " + l.kind() + " " + l.parts() + " -> " + o);
                    if (l.kind().startsWith("tx-")) {
                        txAlarms.add(l.id());
                    }
                }
                for (String k : ask || alarm ? List.<String>of() : l.keep()) {
                    keeps++;
                    boolean found = present.contains(utf8Latin1(k)) || present.contains(h2Latin1(k));
                    kept += found ? 1 : 0;
                    if (!found && Boolean.getBoolean("baton.secrets.verbose")) {
                        System.out.println("  not found as sent: " + l.id() + " " + k + " <- " + o);
                    }
                }
            }
            Map<String, Long> byKind = new java.util.TreeMap<>();
            lookAlikes.forEach(l -> byKind.merge(l.kind(), 1L, Long::sum));
            System.out.printf("%s: %d false alarms on %d look-alikes %s (%d on transaction hashes given with "
                    + "context); %d bare hashes Baton had not asked for held and asked about; %d of %d kept values found "
                    + "stored as sent%n", where, alarms.size(), lookAlikes.size(), byKind, txAlarms.size(), asked, kept,
                    keeps);
            alarms.forEach(a -> System.out.println("  false alarm: " + a));
            assertThat(txAlarms).as("transaction hashes given with context taken for secrets").isEmpty();
            assertThat(alarms.size()).as("false alarms on %d look-alikes: %s", lookAlikes.size(), alarms)
                    .isLessThanOrEqualTo(lookAlikes.size() / 200);
            assertThat(kept).as("look-alikes' contents found in %s", where).isEqualTo(keeps);
        }
    }

    /** Collects every text frame of a WebSocket. */
    record Collector(Queue<String> frames) implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            frames.add(data.toString());
            socket.request(1);
            return null;
        }
    }

    /**
     * Every file under {@code dir}, read as bytes (ISO-8859-1, one char per byte) in chunks that overlap by
     * more than any needle, so a needle across a chunk boundary is still found.
     */
    static List<String> files(Path dir) throws IOException {
        int chunk = 4 << 20;
        int overlap = 4096;
        List<String> chunks = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                for (int at = 0; at < bytes.length; at += chunk) {
                    int end = Math.min(bytes.length, at + chunk + overlap);
                    chunks.add(new String(bytes, at, end - at, StandardCharsets.ISO_8859_1));
                }
            }
        }
        return chunks;
    }

    /** Text as its UTF-8 bytes, one char per byte, to be searched in bytes read the same way. */
    static String utf8Latin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /**
     * Text as the embedded store (H2's MVStore) writes a string, one char per byte: like UTF-8 for ASCII, but
     * the continuation bytes of other chars lack UTF-8's high bit, so a search in UTF-8 alone would miss them.
     */
    static String h2Latin1(String text) {
        StringBuilder out = new StringBuilder(text.length() * 3);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.append(c);
            } else if (c >= 0x800) {
                out.append((char) (0xe0 | (c >> 12))).append((char) ((c >> 6) & 0x3f)).append((char) (c & 0x3f));
            } else {
                out.append((char) (0xc0 | (c >> 6))).append((char) (c & 0x3f));
            }
        }
        return out.toString();
    }

    /** Every row of every table of the schema, as text: what a dump of the schema holds. */
    static String dump(String url, String schema) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (r.next()) {
                    tables.add(r.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).contains("messages", "inbound", "tickets", "conversations");
            for (String table : tables) {
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT * FROM " + schema + "." + table)) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int i = 1; i <= columns; i++) {
                            out.append(r.getString(i)).append('\t');
                        }
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    /** Finds any of many needles (at least 12 bytes each) in a long text in one pass, by a rolling hash. */
    static final class NeedleSearch {
        private static final int KEY = 12;
        private static final long BASE = 1_000_003L;
        private static final long TOP = pow(BASE, KEY - 1);
        private final Map<Long, List<String[]>> byPrefix = new HashMap<>();

        /** Adds {@code needle} as UTF-8 and as the embedded store writes strings. */
        void add(String needle, String label) {
            for (String bytes : new HashSet<>(List.of(utf8Latin1(needle), h2Latin1(needle)))) {
                if (bytes.length() >= KEY) {
                    byPrefix.computeIfAbsent(hash(bytes), k -> new ArrayList<>()).add(new String[] {bytes, label});
                }
            }
        }

        Collection<String> findIn(String haystack) {
            Set<String> hits = new java.util.TreeSet<>();
            if (haystack.length() < KEY) {
                return hits;
            }
            long h = hash(haystack);
            for (int i = 0; ; i++) {
                List<String[]> candidates = byPrefix.get(h);
                if (candidates != null) {
                    for (String[] c : candidates) {
                        if (haystack.startsWith(c[0], i)) {
                            hits.add(c[1] + ": " + c[0]);
                        }
                    }
                }
                if (i + KEY >= haystack.length()) {
                    return hits;
                }
                h = (h - haystack.charAt(i) * TOP) * BASE + haystack.charAt(i + KEY);
            }
        }

        private static long hash(String text) {
            long h = 0;
            for (int k = 0; k < KEY; k++) {
                h = h * BASE + text.charAt(k);
            }
            return h;
        }

        private static long pow(long base, int exponent) {
            long p = 1;
            for (int k = 0; k < exponent; k++) {
                p *= base;
            }
            return p;
        }
    }
}
