package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.bench.load.ServerEnv;
import dev.baton.bench.stop.StopOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code baton stoptest}'s defaults are the documented ones, and a bad option is one line before anything starts. */
class StopTestCommandTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        StopOptions o = StopTestCommand.options(List.of());

        assertThat(o).isEqualTo(new StopOptions(500, 45, 1500, 100, 32, null, null, "256m", null, ServerEnv.NONE));
        assertThat(o.store()).isEqualTo("embedded");
        assertThat(StopTestCommand.options(
                                List.of("--db-url", "jdbc:postgresql://127.0.0.1:5432/test", "--db-user", "postgres"))
                        .store())
                .isEqualTo("postgresql");
    }

    @Test
    void everyOptionIsRead() {
        StopOptions o = StopTestCommand.options(List.of(
                "--rate",
                "50",
                "--warmup-seconds",
                "2",
                "--stop-delay-millis",
                "500",
                "--poll-millis",
                "50",
                "--threads",
                "4",
                "--heap",
                "512m",
                "--json",
                "stop.json",
                "--env",
                "BATON_METRICS_TOKEN=0123456789abcdef"));

        assertThat(o)
                .isEqualTo(new StopOptions(
                        50,
                        2,
                        500,
                        50,
                        4,
                        null,
                        null,
                        "512m",
                        Path.of("stop.json"),
                        new ServerEnv(Map.of("BATON_METRICS_TOKEN", "0123456789abcdef"))));
    }

    @Test
    void badOptionsAreRefusedWithTheirNameInOneLine() {
        assertRefused(List.of("--rate", "0"), "--rate must be between 1 and 2000 turns a second, not 0");
        assertRefused(List.of("--rate", "fast"), "--rate must be a whole number, not 'fast'");
        assertRefused(List.of("--warmup-seconds", "601"), "--warmup-seconds must be between 0 and 600");
        assertRefused(List.of("--stop-delay-millis", "-1"), "--stop-delay-millis must be between 0 and 60000");
        assertRefused(List.of("--stop-delay-millis", "60001"), "--stop-delay-millis must be between 0 and 60000");
        assertRefused(List.of("--poll-millis", "5"), "--poll-millis must be between 10 and 10000");
        assertRefused(List.of("--threads", "0"), "--threads must be between 1 and 256");
        assertRefused(List.of("--heap", "lots"), "--heap must look like 256m or 1g, not 'lots'");
        assertRefused(List.of("--db-url", "jdbc:mysql://x/y?password=secret"), "jdbc:postgresql:");
        assertRefused(List.of("--db-user", "postgres"), "--db-user needs --db-url");
        assertRefused(List.of("--json", "/nonexistent-folder-for-baton/stop.json"), "no such folder");
        assertRefused(List.of("--env", "PATH=/usr/bin"), "--env must look like BATON_NAME=VALUE, not 'PATH'");
        assertRefused(
                List.of("--env", "BATON_STOP_DELAY_MILLIS=100"),
                "--env BATON_STOP_DELAY_MILLIS: use --stop-delay-millis instead");
        assertRefused(List.of("--env", "BATON_DATA_DIR=/tmp"), "--env BATON_DATA_DIR: the tool sets it");
        assertRefused(List.of("--url", "http://127.0.0.1:1"), "unknown option --url");
        assertRefused(List.of("extra"), "unexpected argument 'extra'");
    }

    private static void assertRefused(List<String> args, String message) {
        List<String> command = new ArrayList<>(List.of("stoptest"));
        command.addAll(args);
        CliRun run = CliRun.of("", command.toArray(String[]::new));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith("baton: ")
                .contains(message)
                .doesNotContain("secret")
                .hasLineCount(1);
    }
}
