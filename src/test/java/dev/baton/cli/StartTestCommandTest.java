package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.bench.BenchException;
import dev.baton.bench.load.ServerEnv;
import dev.baton.bench.start.StartOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code baton starttest}'s defaults are the documented ones, and a bad option is one line before anything starts. */
class StartTestCommandTest {

    @Test
    void defaultsAreFiveRunsPolledEveryTenMillisecondsOnTheEmbeddedStore() {
        StartOptions o = StartTestCommand.options(List.of(), null);

        assertThat(o).isEqualTo(new StartOptions(5, 10, List.of(), null, null, null, null, null, null, ServerEnv.NONE));
    }

    @Test
    void everyOptionIsRead(@TempDir Path dir) throws Exception {
        Path archive = Files.writeString(dir.resolve("baton.jsa"), "");
        Path jar = Files.writeString(dir.resolve("baton.jar"), "");

        StartOptions o = StartTestCommand.options(
                List.of(
                        "--runs",
                        "7",
                        "--poll-millis",
                        "20",
                        "--jar",
                        jar.toString(),
                        "--archive",
                        archive.toString(),
                        "--db-url",
                        "jdbc:postgresql://127.0.0.1:5432/test",
                        "--db-user",
                        "postgres",
                        "--heap",
                        "512m",
                        "--json",
                        "start.json",
                        "--env",
                        "BATON_METRICS_TOKEN=0123456789abcdef"),
                "secret");

        assertThat(o)
                .isEqualTo(new StartOptions(
                        7,
                        20,
                        List.of(jar),
                        archive.toString(),
                        "jdbc:postgresql://127.0.0.1:5432/test",
                        "postgres",
                        "secret",
                        "512m",
                        Path.of("start.json"),
                        new ServerEnv(Map.of("BATON_METRICS_TOKEN", "0123456789abcdef"))));
        assertThat(o.toString()).doesNotContain("secret");
    }

    @Test
    void badValuesAreRefusedWithTheOptionsName() {
        assertThatThrownBy(() -> StartTestCommand.options(List.of("--runs", "0", "--archive", "none"), null))
                .isInstanceOf(BenchException.class)
                .hasMessageContaining("--runs");
        assertThatThrownBy(() -> StartTestCommand.options(List.of("--archive", "/no/such/baton.jsa"), null))
                .isInstanceOf(BenchException.class)
                .hasMessageContaining("--archive");
        assertThatThrownBy(() -> StartTestCommand.options(List.of("--jar", "/no/such/baton.jar"), null))
                .isInstanceOf(BenchException.class)
                .hasMessageContaining("--jar");
        assertThatThrownBy(
                        () -> StartTestCommand.options(List.of("--archive", "none", "--db-url", "jdbc:h2:mem:x"), null))
                .isInstanceOf(BenchException.class)
                .hasMessageContaining("--db-url");
        assertThatThrownBy(() -> StartTestCommand.options(
                        List.of("--archive", "none", "--db-url", "jdbc:postgresql://h/db?currentSchema=s"), null))
                .isInstanceOf(BenchException.class)
                .hasMessageContaining("schema");
        assertThatThrownBy(() -> StartTestCommand.options(List.of("--archive", "none", "--heap", "lots"), null))
                .isInstanceOf(BenchException.class)
                .hasMessageContaining("--heap");
        assertThatThrownBy(() -> StartTestCommand.options(List.of("--archive", "none", "extra"), null))
                .isInstanceOf(CliException.class)
                .hasMessageContaining("extra");
    }
}
