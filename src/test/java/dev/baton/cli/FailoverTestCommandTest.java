package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.bench.BenchException;
import dev.baton.bench.proxy.ProxyCompareOptions;
import dev.baton.bench.proxy.ProxyFailoverOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code baton failovertest} and {@code baton proxyloadtest}: their defaults are the documented ones, every option is
 * read, and a run without PostgreSQL is refused in one line before anything starts.
 */
class FailoverTestCommandTest {

    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/test";

    @Test
    void theFailoverTestsDefaultsAreTheDocumentedOnes() {
        assertThat(FailoverTestCommand.options(List.of("--db-url", PG, "--db-user", "postgres")))
                .isEqualTo(new ProxyFailoverOptions(
                        100, 16, 12, 10, 300, 15, 20, 4000, 100, PG, "postgres", "256m", null, null));
    }

    @Test
    void everyFailoverOptionIsRead() {
        assertThat(FailoverTestCommand.options(List.of(
                        "--db-url",
                        PG,
                        "--rate",
                        "40",
                        "--threads",
                        "8",
                        "--widgets",
                        "6",
                        "--webhook-rate",
                        "5",
                        "--burst",
                        "200",
                        "--warmup-seconds",
                        "3",
                        "--after-seconds",
                        "5",
                        "--lease-millis",
                        "2000",
                        "--receiver-millis",
                        "50",
                        "--heap",
                        "384m",
                        "--nginx",
                        "/usr/sbin/nginx",
                        "--json",
                        "f.json")))
                .isEqualTo(new ProxyFailoverOptions(
                        40,
                        8,
                        6,
                        5,
                        200,
                        3,
                        5,
                        2000,
                        50,
                        PG,
                        null,
                        "384m",
                        Path.of("/usr/sbin/nginx"),
                        Path.of("f.json")));
    }

    @Test
    void theComparisonsDefaultsAreTheDocumentedOnes() {
        assertThat(ProxyLoadTestCommand.options(List.of("--db-url", PG)))
                .isEqualTo(new ProxyCompareOptions(100, 20, 20, 200, PG, null, "256m", null, null));
    }

    @Test
    void withoutPostgresOrWithAStrayArgumentNothingStarts() {
        assertThatThrownBy(() -> FailoverTestCommand.options(List.of()))
                .isInstanceOf(BenchException.class)
                .hasMessageContaining("--db-url must be a jdbc:postgresql: URL");
        assertThatThrownBy(() -> ProxyLoadTestCommand.options(List.of("--db-url", PG, "now")))
                .isInstanceOf(CliException.class)
                .hasMessageContaining("unexpected argument 'now'");
    }
}
