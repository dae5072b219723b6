package dev.baton.bench.stop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.cli.CliRun;
import dev.baton.testing.IntegrationTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stop test spawns a real {@code baton serve} from this class path, loads it lightly, sends it a SIGTERM and
 * finds every turn it acknowledged in its store afterwards; only counts and the order of events are checked,
 * never how long anything took.
 */
@IntegrationTest
class StopUnderLoadTest {

    @Test
    @Timeout(300)
    void aStopUnderLightLoadFailsNoTurnLosesNoneAndTurnsReadinessFirst(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("stop.json");
        CliRun run = CliRun.of(
                "",
                "stoptest",
                "--rate",
                "50",
                "--warmup-seconds",
                "2",
                "--stop-delay-millis",
                "500",
                "--threads",
                "4",
                "--json",
                json.toString());

        assertThat(run.status()).as(run.err() + run.out()).isZero();
        assertThat(run.out())
                .contains("(embedded store, -Xmx256m")
                .contains("result: PASSED: no 5xx, no acknowledged turn lost, readiness 503 before the port closed");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        JsonNode tally = report.get("tally");
        JsonNode outcomes = tally.get("outcomes");
        JsonNode timeline = report.get("timeline");
        JsonNode store = report.get("store");

        assertThat(report.get("passed").asBoolean()).isTrue();
        assertThat(outcomes.get("SERVER_ERROR").asLong()).as("no 5xx").isZero();
        long acknowledged = outcomes.get("ACKNOWLEDGED").asLong();
        assertThat(acknowledged).isPositive();
        assertThat(store.get("acknowledged").asLong()).isEqualTo(acknowledged);
        assertThat(store.get("found").asLong()).as("no acknowledged turn lost").isEqualTo(acknowledged);
        assertThat(store.get("missing").asLong()).isZero();
        assertThat(timeline.get("gateStatus").asInt()).isEqualTo(503);
        assertThat(timeline.get("readinessMs").asDouble())
                .as("readiness 503 after the SIGTERM and before the port closed")
                .isNotNegative()
                .isLessThan(timeline.get("portClosedMs").asDouble());
        assertThat(timeline.get("exitStatus").isNull()).isFalse();
        long counted = 0;
        for (JsonNode n : outcomes) {
            counted += n.asLong();
        }
        assertThat(counted + tally.get("unanswered").asLong())
                .as("every offered turn is counted once")
                .isEqualTo(tally.get("offered").asLong());
        assertThat(outcomes.get("HELD").asLong())
                .as("the gate held turns back once it closed")
                .isPositive();
    }
}
