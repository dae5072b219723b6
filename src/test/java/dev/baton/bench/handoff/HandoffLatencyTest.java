package dev.baton.bench.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.bench.BenchException;
import dev.baton.cli.CliRun;
import dev.baton.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The handoff benchmark spawns a real {@code baton serve} from this class path, watches as an agent, and
 * times urgent handoffs to their tickets on the agent's WebSocket; bad options are one line.
 */
@IntegrationTest
class HandoffLatencyTest {

    @Test
    @Timeout(300)
    void aShortRunTimesEveryHandoffToTheAgentStream() {
        CliRun run = CliRun.of(
                "", "handofflatency", "--handoffs", "20", "--rate", "10", "--warmup-seconds", "0", "--heap", "192m");

        assertThat(run.status()).as(run.err() + run.out()).isZero();
        assertThat(run.out())
                .contains("20 sent, 20 measured, 0 missing")
                .contains("0 HTTP errors")
                .contains("(embedded store, -Xmx192m")
                .containsPattern("target p99 <= 100 ms: (met|MISSED)");
        Matcher p99 = Pattern.compile("WebSocket\\): p50 [0-9.]+, p90 [0-9.]+, p99 ([0-9]+\\.[0-9]+), max ([0-9.]+)")
                .matcher(run.out());
        assertThat(p99.find()).as(run.out()).isTrue();
        assertThat(Double.parseDouble(p99.group(1))).isPositive().isLessThanOrEqualTo(Double.parseDouble(p99.group(2)));
        assertThat(run.out()).containsPattern("peak RSS [0-9.]+ MB");
    }

    @Test
    void theStoreIsNamedAsTheReportNamesIt() {
        assertThat(new HandoffOptions(300, 20, 45, null, null, "256m", 5_000).store())
                .isEqualTo("embedded");
        assertThat(new HandoffOptions(
                                300, 20, 45, "jdbc:postgresql://127.0.0.1:5432/test?user=postgres", null, "256m", 5_000)
                        .store())
                .isEqualTo("postgresql");
        assertThatThrownBy(() -> new HandoffOptions(0, 20, 45, null, null, "256m", 5_000))
                .isInstanceOf(BenchException.class)
                .hasMessageContaining("--handoffs");
    }

    @Test
    void badOptionsAreRefusedWithTheirName() {
        assertRefused(List.of("--handoffs", "0"), "--handoffs must be between 1");
        assertRefused(List.of("--handoffs", "ten"), "--handoffs must be a whole number, not 'ten'");
        assertRefused(List.of("--rate", "0"), "--rate must be between 1");
        assertRefused(List.of("--warmup-seconds", "-1"), "--warmup-seconds must be between 0");
        assertRefused(List.of("--timeout-ms", "0"), "--timeout-ms must be between 1");
        assertRefused(List.of("--heap", "lots"), "--heap must look like 256m or 1g, not 'lots'");
        assertRefused(List.of("--handoffs", "100000", "--rate", "1"), "must take at most 600 seconds");
        assertRefused(List.of("--db-url", "jdbc:mysql://x/y?password=secret"), "jdbc:postgresql:");
        assertRefused(List.of("--db-user", "postgres"), "--db-user needs --db-url");
        assertRefused(List.of("--url", "http://127.0.0.1:1"), "unknown option --url");
        assertRefused(List.of("extra"), "unexpected argument 'extra'");
    }

    @Test
    void aBadOptionIsOneLineAndANonZeroExitBeforeAnythingStarts() {
        CliRun run = CliRun.of("", "handofflatency", "--rate", "-5");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("baton: --rate must be between 1 and 1000 handoffs a second, not -5");
        assertThat(run.out()).isEmpty();
    }

    private static void assertRefused(List<String> args, String message) {
        List<String> command = new ArrayList<>(List.of("handofflatency"));
        command.addAll(args);
        CliRun run = CliRun.of("", command.toArray(String[]::new));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("baton: ")
                .contains(message)
                .doesNotContain("secret")
                .hasLineCount(1);
    }
}
