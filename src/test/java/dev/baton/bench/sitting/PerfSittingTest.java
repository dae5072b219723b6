package dev.baton.bench.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.bench.load.LoadClient;
import dev.baton.bench.load.LoadMessages;
import dev.baton.bench.load.LoadProc;
import dev.baton.bench.load.LoadUrlConnection;
import dev.baton.cli.CliRun;
import dev.baton.testing.IntegrationTest;
import io.javalin.Javalin;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The echo ceiling answers what the load generator reads, and a sitting of a few seconds a run spawns the echo,
 * Baton on the embedded store and on PostgreSQL, and prints (and writes) a table of one row per run.
 */
@IntegrationTest
@Timeout(600)
class PerfSittingTest {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    @Test
    void theEchoAnswersTheThreeCallsTheLoadGeneratorMakesInBatonsShape() throws Exception {
        Javalin echo = SittingEcho.start("127.0.0.1", 0);
        try {
            URI base = URI.create("http://127.0.0.1:" + echo.port());
            LoadClient client = new LoadUrlConnection(5_000, 5_000);
            ObjectMapper json = new ObjectMapper();

            LoadClient.Reply created = client.post(
                    base.resolve("/api/v1/conversations"),
                    null,
                    LoadMessages.CREATE_BODY.getBytes(StandardCharsets.UTF_8));
            assertThat(created.status()).isEqualTo(201);
            JsonNode conversation = json.readTree(created.body());
            assertThat(conversation.get("conversationId").asText()).matches("c_[0-9a-f]{32}");
            assertThat(conversation.get("token").asText()).isNotBlank();

            LoadClient.Reply turn = client.post(
                    base.resolve("/api/v1/conversations/"
                            + conversation.get("conversationId").asText() + "/messages"),
                    "Bearer " + conversation.get("token").asText(),
                    "{\"text\":\"怎么联系在线客服\"}".getBytes(StandardCharsets.UTF_8));
            assertThat(turn.status()).isEqualTo(200);
            JsonNode reply = json.readTree(turn.body());
            assertThat(reply.get("state").asText()).isEqualTo("bot");
            assertThat(reply.get("reply").get("text").asText()).isNotBlank();
            assertThat(reply.get("decision").get("action").asText()).isEqualTo("answer");

            assertThat(client.get(base.resolve("/health")).status()).isEqualTo(200);
        } finally {
            echo.stop();
        }
    }

    @Test
    void aShortSittingPrintsOneRowPerRunAndWritesTheSameTable(@TempDir Path dir) throws Exception {
        String schema =
                "baton_sitting_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Path out = dir.resolve("sitting.md");
        CliRun run;
        try {
            run = CliRun.of(
                    "",
                    "perfsitting",
                    "--warmup",
                    "0",
                    "--duration",
                    "2",
                    "--conversations",
                    "5",
                    "--runs",
                    "1",
                    "--server-heap",
                    "192m",
                    "--db-url",
                    POSTGRES + "?currentSchema=" + schema,
                    "--db-user",
                    "postgres",
                    "--out",
                    out.toString());
        } finally {
            try (Connection c = DriverManager.getConnection(POSTGRES, "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }

        assertThat(run.status()).as(run.err()).isZero();
        String table = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(run.out()).isEqualTo(table + "wrote " + out + System.lineSeparator());
        assertThat(table)
                .startsWith("**Benchmark sitting, ")
                .contains("Machine: " + Runtime.getRuntime().availableProcessors() + " cores")
                .contains("Command: `java -jar target/baton.jar perfsitting --warmup 0 --duration 2");
        List<String> rows =
                table.lines().filter(l -> l.startsWith("| ")).skip(1).toList();
        assertThat(rows)
                .extracting(r -> r.substring(2, r.indexOf(" | ")))
                .containsExactly(
                        "echo ceiling, back to back",
                        "embedded, back to back",
                        "embedded, 1,000 turns/s offered",
                        "PostgreSQL, back to back",
                        "PostgreSQL, 1,000 turns/s offered");
        assertThat(rows.get(0)).contains("| the ceiling |");
        assertThat(rows.get(1)).contains(" of its turns/s").contains("turns/s >= 4,000: ");
        assertThat(rows.get(3)).contains(" of its turns/s").contains("turns/s >= 1,500: ");
        if (LoadProc.postgresCpuNanos().isPresent()) {
            assertThat(rows.subList(3, 5))
                    .as("PostgreSQL runs on this machine, so its CPU is read")
                    .allSatisfy(r -> assertThat(r.split(" \\| ")[5]).endsWith(" ms"));
        }
        assertThat(rows.get(1).split(" \\| ")[5]).isEqualTo("-");
        assertThat(table).containsPattern("- PostgreSQL, 1,000 turns/s offered: p99 <= 50 ms: (met|MISSED)");
        assertThat(run.err()).doesNotContain("left their schemas");
    }
}
