package dev.baton.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.cli.CliRun;
import dev.baton.testing.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The load test spawns a real {@code baton serve} from this class path, loads it briefly and stops it. */
@IntegrationTest
@Timeout(300)
class LoadGeneratorServeTest {

    @Test
    void aShortRunAgainstASpawnedServerReportsTurnsAndPeakRss(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.of(
                "",
                "loadtest",
                "--conversations",
                "5",
                "--warmup",
                "0",
                "--duration",
                "2",
                "--server-heap",
                "192m",
                "--json",
                report.toString());

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(report.toFile());
        assertThat(r.get("store").asText()).isEqualTo("embedded");
        assertThat(r.get("turns").asLong()).isPositive();
        assertThat(r.get("errors").size()).as(r.get("errors").toString()).isZero();
        assertThat(r.get("serverPeakRssMb").asDouble()).isPositive();
        assertThat(r.get("serverHeap").asText()).isEqualTo("192m");
        assertThat(r.get("metricsScrapes").isNull())
                .as("metrics are off without a token")
                .isTrue();
    }

    @Test
    void withAMetricsTokenTheServerHasMetricsOnAndTheRunScrapesThem(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.of(
                "",
                "loadtest",
                "--conversations",
                "3",
                "--warmup",
                "0",
                "--duration",
                "2",
                "--env",
                "BATON_METRICS_TOKEN=stoptest-token-0123456789",
                "--json",
                report.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("server settings given with --env: BATON_METRICS_TOKEN")
                .doesNotContain("stoptest-token-0123456789");
        JsonNode r = new ObjectMapper().readTree(report.toFile());
        assertThat(r.get("errors").size()).as(r.get("errors").toString()).isZero();
        JsonNode scrapes = r.get("metricsScrapes");
        assertThat(scrapes.get("scrapes").asLong())
                .as("the first scrape falls in the window")
                .isPositive();
        assertThat(scrapes.get("failures").asLong()).isZero();
        assertThat(scrapes.get("lastBytes").asLong()).isPositive();
        assertThat(r.get("serverEnv").toString()).isEqualTo("[\"BATON_METRICS_TOKEN\"]");
    }

    @Test
    void aServerThatCannotStartIsOneLineNamingItsLog() throws IOException {
        CliRun run = CliRun.of("", "loadtest", "--duration", "1", "--db-url", "jdbc:postgresql://127.0.0.1:1/none");

        assertThat(run.status()).isEqualTo(2);
        String last = run.err().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(last).startsWith("baton: the server exited with status").contains("server log: ");
        assertThat(run.err()).contains("--- last lines of");
        Matcher log = Pattern.compile("server log: (\\S+)").matcher(last);
        assertThat(log.find()).isTrue();
        Path kept = Path.of(log.group(1));
        assertThat(kept).exists();
        try (Stream<Path> paths = Files.walk(kept.getParent())) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
