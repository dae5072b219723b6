package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.bench.load.ServerEnv;
import dev.baton.bench.swap.SwapOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code baton swaptest}'s defaults are the documented ones, and a bad option is one line before anything starts. */
class SwapTestCommandTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        SwapOptions o = SwapTestCommand.options(List.of());

        assertThat(o).isEqualTo(new SwapOptions(500, 45, 20, 32, null, null, "256m", ServerEnv.NONE));
        assertThat(o.store()).isEqualTo("embedded");
        assertThat(SwapTestCommand.options(
                                List.of("--db-url", "jdbc:postgresql://127.0.0.1:5432/test", "--db-user", "postgres"))
                        .store())
                .isEqualTo("postgresql");
    }

    @Test
    void everyOptionIsRead() {
        SwapOptions o = SwapTestCommand.options(List.of(
                "--rate",
                "200",
                "--warmup-seconds",
                "5",
                "--after-seconds",
                "7",
                "--threads",
                "4",
                "--heap",
                "1g",
                "--env",
                "BATON_LEARNING=false"));

        assertThat(o)
                .isEqualTo(new SwapOptions(
                        200, 5, 7, 4, null, null, "1g", new ServerEnv(Map.of("BATON_LEARNING", "false"))));
    }

    @Test
    void badOptionsAreRefusedWithTheirNameInOneLine() {
        assertRefused(List.of("--rate", "0"), "--rate must be between 1 and 2000 turns a second, not 0");
        assertRefused(List.of("--rate", "fast"), "--rate must be a whole number, not 'fast'");
        assertRefused(List.of("--warmup-seconds", "-1"), "--warmup-seconds must be between 0 and 600");
        assertRefused(List.of("--after-seconds", "0"), "--after-seconds must be between 1 and 600");
        assertRefused(
                List.of("--warmup-seconds", "500", "--after-seconds", "101"),
                "--warmup-seconds plus --after-seconds must be at most 600, not 601");
        assertRefused(List.of("--threads", "257"), "--threads must be between 1 and 256");
        assertRefused(List.of("--heap", "lots"), "--heap must look like 256m or 1g, not 'lots'");
        assertRefused(List.of("--db-url", "jdbc:mysql://x/y?password=secret"), "jdbc:postgresql:");
        assertRefused(List.of("--db-user", "postgres"), "--db-user needs --db-url");
        assertRefused(List.of("--url", "http://127.0.0.1:1"), "unknown option --url");
        assertRefused(List.of("extra"), "unexpected argument 'extra'");
        assertRefused(List.of("--env", "JAVA_HOME=/x"), "--env must look like BATON_NAME=VALUE, not 'JAVA_HOME'");
    }

    private static void assertRefused(List<String> args, String message) {
        List<String> command = new ArrayList<>(List.of("swaptest"));
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
