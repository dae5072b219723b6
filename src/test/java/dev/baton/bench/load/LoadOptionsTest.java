package dev.baton.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.bench.BenchException;
import dev.baton.cli.CliRun;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The load test refuses, in one line and before starting anything, to leave this machine or its bounds. */
class LoadOptionsTest {

    @Test
    void aUrlOffThisMachineIsRefusedInOneLine() {
        for (String url : List.of("http://10.0.0.5:7070", "http://example.com", "http://192.168.1.2:80/")) {
            CliRun run = CliRun.of("", "loadtest", "--url", url);
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err())
                    .startsWith("baton: --url must point at this machine")
                    .hasLineCount(1);
        }
        assertThat(CliRun.of("", "loadtest", "--url", "https://127.0.0.1:7070").err())
                .startsWith("baton: --url must look like http://127.0.0.1:PORT");
    }

    @Test
    void loopbackUrlsAreAccepted() {
        for (String url : List.of("http://127.0.0.1:7070", "http://localhost:7070/", "http://[::1]:7070")) {
            URI uri = LoadOptions.loopback(url);
            assertThat(uri.getPort()).isEqualTo(7070);
            assertThat(uri.toString()).doesNotEndWith("/");
            assertThat(at(uri).store()).isEqualTo("unknown");
        }
    }

    @Test
    void concurrencyAndTimeAreBounded() {
        assertRefused("--conversations must be between 1 and 1000", "--conversations", "1001");
        assertRefused("--conversations must be between 1 and 1000", "--conversations", "0");
        assertRefused(
                "--warmup plus --duration must be at most 600 seconds, not 601",
                "--warmup",
                "301",
                "--duration",
                "300");
        assertRefused("--warmup must not be negative", "--warmup", "-1");
        assertRefused("--duration must be at least 1 second", "--duration", "0");
        assertRefused("--max-turns must be at least 1", "--max-turns", "-5");
        assertRefused("--rate must be between 1 and 100000", "--rate", "100001");
        assertRefused("--conversations must be a whole number", "--conversations", "many");
        assertRefused("--slow-clients must be between 0 and 2000, not 2001", "--slow-clients", "2001");
    }

    @Test
    void spawnOnlyAndUrlOnlyOptionsDoNotMix() {
        assertRefused(
                "--db-url, --db-user, --server-heap and --env apply only to a spawned server",
                "--url",
                "http://127.0.0.1:7070",
                "--db-url",
                "jdbc:postgresql://127.0.0.1:5432/test");
        assertRefused(
                "--env apply only to a spawned server",
                "--url",
                "http://127.0.0.1:7070",
                "--env",
                "BATON_METRICS_TOKEN=0123456789abcdef");
        assertRefused("--server-pid applies only with --url", "--server-pid", "1");
        assertRefused("--db-user needs --db-url", "--db-user", "postgres");
        assertRefused("--server-heap must look like 256m", "--server-heap", "lots");
        assertRefused("unexpected argument 'now'", "now");
    }

    @Test
    void extraServerSettingsAreBatonNamesTheToolDoesNotSetItself() {
        assertRefused("--env must look like BATON_NAME=VALUE, not 'PATH'", "--env", "PATH=/tmp");
        assertRefused(
                "--env must look like BATON_NAME=VALUE, not 'BATON_METRICS_TOKEN'", "--env", "BATON_METRICS_TOKEN");
        assertRefused("--env must look like BATON_NAME=VALUE, not 'baton_port'", "--env", "baton_port=1");
        assertRefused("--env BATON_PORT: the tool sets it", "--env", "BATON_PORT=7070");
        assertRefused("--env BATON_DB_URL: the tool sets it", "--env", "BATON_DB_URL=jdbc:postgresql://x/y");
        assertRefused(
                "--env BATON_LEARNING is given twice", "--env", "BATON_LEARNING=false", "--env", "BATON_LEARNING=true");
    }

    @Test
    void aReportIntoAMissingFolderIsRefusedBeforeTheRun() {
        assertRefused("no such folder", "--json", "/nonexistent-folder-for-baton/report.json");
    }

    @Test
    void theStoreIsNamedAsTheReportNamesIt() {
        LoadOptions spawned = new LoadOptions(100, 45, 30, 0, 0, null, null, null, null, null, null, 0, null);
        assertThat(spawned.store()).isEqualTo("embedded");
        assertThat(spawned.heap()).isEqualTo("256m");
        assertThat(new LoadOptions(
                                100,
                                45,
                                30,
                                0,
                                0,
                                null,
                                null,
                                "jdbc:postgresql://127.0.0.1:5432/test",
                                "postgres",
                                null,
                                null,
                                0,
                                null)
                        .store())
                .isEqualTo("postgresql");
        assertThatThrownBy(() -> new LoadOptions(0, 45, 30, 0, 0, null, null, null, null, null, null, 0, null))
                .isInstanceOf(BenchException.class)
                .hasMessageContaining("--conversations");
    }

    private static LoadOptions at(URI url) {
        return new LoadOptions(100, 45, 30, 0, 0, url, null, null, null, null, null, 0, null);
    }

    private static void assertRefused(String message, String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "loadtest";
        System.arraycopy(args, 0, command, 1, args.length);
        CliRun run = CliRun.of("", command);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("baton: ").contains(message).hasLineCount(1);
    }
}
