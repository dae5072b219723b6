package dev.baton.bench.start;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.cli.CliRun;
import dev.baton.testing.IntegrationTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The start test spawns a real {@code baton serve} from this class path, twice on one store, and reads its phases. */
@IntegrationTest
@Timeout(300)
class StartTestServeTest {

    @Test
    void oneRunTimesAFreshStartAndARestartWithTheServersPhases(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("start.json");

        CliRun run = CliRun.of("", "starttest", "--runs", "1", "--heap", "384m", "--json", report.toString());

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode samples = new ObjectMapper().readTree(report.toFile()).get("samples");
        List<String> modes = new ArrayList<>();
        samples.forEach(s -> modes.add(s.get("mode").asText()));
        assertThat(modes).containsExactly("fresh", "restart");
        for (JsonNode s : samples) {
            assertThat(s.get("healthy").asDouble()).isPositive();
            assertThat(s.get("cpu").asDouble()).isPositive();
            JsonNode phases = s.get("phases");
            assertThat(phases.has("jvm") && phases.has("store.migrate") && phases.has("corpus") && phases.has("http"))
                    .as(phases.toString())
                    .isTrue();
            assertThat(phases.get("http").get("start").asDouble())
                    .as("the HTTP server starts once the understanding is loaded")
                    .isGreaterThanOrEqualTo(
                            phases.get("understanding").get("start").asDouble()
                                    + phases.get("understanding").get("took").asDouble());
        }
        assertThat(run.out()).contains("this build, fresh (1 starts)", "this build, restart (1 starts)");
    }
}
