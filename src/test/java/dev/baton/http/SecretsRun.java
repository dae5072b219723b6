package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.FakePlatform;
import dev.baton.channel.FakePlatform.Answer;
import dev.baton.http.ApiClient.Chat;
import dev.baton.http.ApiClient.Reply;
import dev.baton.safety.AdversarialSecrets;
import dev.baton.safety.AdversarialSecrets.Channel;
import dev.baton.safety.AdversarialSecrets.Disguised;
import dev.baton.safety.AdversarialSecrets.LookAlike;
import dev.baton.store.jdbc.Database;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * One run of {@link SecretsAtRestTest}: a server with stand-in platforms, the adversarial corpus sent through
 * every way in, and everything said and heard (HTTP responses, the platforms' calls, an agent's live events,
 * the logs at debug level), for {@link LeakChecks}.
 */
final class SecretsRun {

    static final long SEED = 20261206L;
    static final int DISGUISED = Integer.getInteger("baton.secrets.disguised", 2000);
    static final int LOOK_ALIKES = Integer.getInteger("baton.secrets.lookAlikes", 2000);
    /** What a user types when asked whether a hex string is a transaction hash or a private key. */
    static final String IT_IS_A_KEY = "私钥 it's my private key";

    private static final ObjectMapper JSON = new ObjectMapper();

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
    PlatformWebhooks webhooks;
    String supervisor;
    Level before;
    long updates = 50_000_000L;

    SecretsRun(Path data, Map<String, String> store) {
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
        wechat = FakePlatform.start()
                .answerAlways(Answer.json(
                        200, "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"T\",\"expires_in\":7200}"));
        acme = FakePlatform.start().answerAlways(Answer.json(200, "{}"));
        Map<String, String> env = new HashMap<>(settings);
        env.putAll(PlatformWebhooks.settings(slack, wechat, acme));
        env.putAll(Map.ofEntries(
                Map.entry("BATON_TELEGRAM_SECRET", TelegramEndToEndTest.SECRET),
                Map.entry("BATON_TELEGRAM_BOT_TOKEN", TelegramEndToEndTest.BOT),
                Map.entry("BATON_TELEGRAM_API_URL", telegram.uri().toString()),
                Map.entry("BATON_AGENT_CAPACITY", "100"),
                Map.entry("BATON_IP_REQUESTS_PER_MINUTE", "1000000"),
                Map.entry("BATON_CONVERSATION_TURNS_PER_MINUTE", "1000")));
        server = BatonTestServer.start(data, env);
        api = new ApiClient(server.baseUrl());
        webhooks = new PlatformWebhooks(api);
        supervisor = server.addAgent("watcher", 2, true);
        URI stream = URI.create("ws://127.0.0.1:" + server.port() + "/api/v1/agent/stream?token=" + supervisor);
        HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(stream, new Collector(events))
                .join();

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
                String ticket = keep(api.send(chat, "跳过"))
                        .json()
                        .path("handoff")
                        .path("ticketId")
                        .asText();
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
            case TELEGRAM ->
                keep(api.requestWithHeaders(
                        "POST",
                        "/webhooks/telegram",
                        "application/json",
                        TelegramEndToEndTest.update(updates++, Long.parseLong(chat), part),
                        Map.of("X-Telegram-Bot-Api-Secret-Token", TelegramEndToEndTest.SECRET)));
            case SLACK -> keep(webhooks.slack(PlatformWebhooks.slackEvent("Ev" + updates++, chat, part)));
            case WECHAT -> {
                long n = updates++;
                keep(webhooks.wechat(
                        PlatformWebhooks.wechatText(chat, 6_300_000_000_000_000_000L + n, part), now, "n" + n));
            }
            case GENERIC ->
                keep(webhooks.generic(JSON.writeValueAsString(
                        Map.of("messageId", "m" + updates++, "userId", chat, "text", part, "locale", "zh-CN"))));
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
                CaseOutcomes.awaitDeliveries(database());
            }
            sendPart(id, channel, parts.get(p), p == 0);
        }
    }

    private Connection database;

    private Connection database() throws SQLException {
        if (database == null) {
            String url = settings.getOrDefault("BATON_DB_URL", Database.embeddedUrl(data));
            database =
                    DriverManager.getConnection(url, settings.containsKey("BATON_DB_URL") ? "postgres" : "baton", "");
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
            CaseOutcomes.awaitDeliveries(c);
            CaseOutcomes.resolveChats(c, chatOf, conversationOf);
            outcomes = CaseOutcomes.read(c, conversationOf);
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
                platformBodies.addAll(
                        p.calls().stream().map(FakePlatform.Call::body).toList());
                p.close();
            }
        }
    }

    final List<String> platformBodies = new ArrayList<>();
    /** A copy of the embedded store's files as the running server left them (after a checkpoint). */
    Path storedBeforeStop;

    Map<String, CaseOutcomes.Outcome> outcomes = Map.of();

    /** Collects every text frame of a WebSocket. */
    record Collector(Queue<String> frames) implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            frames.add(data.toString());
            socket.request(1);
            return null;
        }
    }
}
