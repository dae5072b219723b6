package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.http.ApiClient.Chat;
import dev.baton.http.ApiClient.Reply;
import dev.baton.testing.IntegrationTest;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acknowledged messages and conversation states survive a restart and a kill -9. */
@IntegrationTest
class DurabilityTest {

    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    @TempDir
    Path data;

    private static List<String> transcript(ApiClient api, Chat chat) {
        List<String> lines = new ArrayList<>();
        for (JsonNode m : api.transcript(chat, 0).json().get("messages")) {
            lines.add(m.get("seq").asLong() + " " + m.get("sender").asText() + " "
                    + m.get("text").asText());
        }
        return lines;
    }

    /** A conversation half-way through collecting details continues after a restart on the same store. */
    private void continuesAfterRestart(Map<String, String> settings) {
        Chat chat;
        List<String> before;
        try (BatonTestServer first = BatonTestServer.start(data, settings)) {
            ApiClient api = new ApiClient(first.baseUrl());
            chat = api.open();
            assertThat(api.send(chat, "怎么联系在线客服？").status()).isEqualTo(200);
            assertThat(api.send(chat, "转人工").json().get("state").asText()).isEqualTo("collecting_details");
            before = transcript(api, chat);
        }
        try (BatonTestServer second = BatonTestServer.start(data, settings)) {
            ApiClient api = new ApiClient(second.baseUrl());
            assertThat(transcript(api, chat)).isEqualTo(before);
            assertThat(api.transcript(chat, 0).json().get("state").asText()).isEqualTo("collecting_details");

            Reply account = api.send(chat, "li_lei_2024");
            Reply queued = api.send(chat, "跳过");

            assertThat(account.json().get("messageId").asLong()).isEqualTo(5);
            assertThat(account.json().get("state").asText()).isEqualTo("collecting_details");
            assertThat(queued.json().get("state").asText()).isEqualTo("queued");
            assertThat(transcript(api, chat)).hasSize(8).startsWith(before.toArray(String[]::new));
        }
    }

    @Test
    void aConversationContinuesAfterARestartOnTheEmbeddedStore() {
        continuesAfterRestart(Map.of());
    }

    @Test
    void aConversationContinuesAfterARestartOnPostgres() throws SQLException {
        String schema =
                "baton_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(POSTGRES, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        try {
            continuesAfterRestart(
                    Map.of("BATON_DB_URL", POSTGRES + "?currentSchema=" + schema, "BATON_DB_USER", "postgres"));
        } finally {
            try (Connection c = DriverManager.getConnection(POSTGRES, "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void everyAcknowledgedMessageSurvivesKillMinus9() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.baton.cli.Cli",
                "serve");
        builder.environment().put("BATON_HOST", "127.0.0.1");
        builder.environment().put("BATON_PORT", Integer.toString(port));
        builder.environment().put("BATON_DATA_DIR", data.toString());
        builder.environment().put("BATON_CONVERSATION_TURNS_PER_MINUTE", "100000");
        File log = data.resolve("server.log").toFile();
        builder.redirectErrorStream(true).redirectOutput(log);
        Process server = builder.start();
        Chat chat;
        List<String> acknowledged = new ArrayList<>();
        try {
            ApiClient api = new ApiClient("http://127.0.0.1:" + port);
            awaitHealthy(api, server, log);
            chat = api.open();
            String[] said = {"怎么联系在线客服？", "客服多久回复", "转人工", "my_account_01", "钱转错地址了"};
            for (String text : said) {
                Reply reply = api.send(chat, text);
                assertThat(reply.status()).isEqualTo(200);
                acknowledged.add(text);
            }
        } finally {
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (BatonTestServer restarted = BatonTestServer.start(data)) {
            ApiClient api = new ApiClient(restarted.baseUrl());
            List<String> users = new ArrayList<>();
            for (JsonNode m : api.transcript(chat, 0).json().get("messages")) {
                if (m.get("sender").asText().equals("user")) {
                    users.add(m.get("text").asText());
                }
            }
            assertThat(users).containsExactlyElementsOf(acknowledged);
            assertThat(api.send(chat, "谢谢").status()).isEqualTo(200);
        }
    }

    private static void awaitHealthy(ApiClient api, Process server, File log) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive())
                    .as("server died: " + java.nio.file.Files.readString(log.toPath()))
                    .isTrue();
            try {
                if (api.request("GET", "/health", null, null, null).status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // connection refused until the server listens
            }
            try {
                server.waitFor(100, TimeUnit.MILLISECONDS); // bounded poll interval; returns early if it dies
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("server not healthy within 180 s: " + java.nio.file.Files.readString(log.toPath()));
    }
}
