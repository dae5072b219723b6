package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.testing.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --check}: a whole start, its own /health asked once, and a clean stop. */
@IntegrationTest
class ServeCheckTest {

    @Test
    void aCheckStartsAnswersHealthAndStops(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("baton.yaml");
        Files.writeString(
                config, "http:\n  host: 127.0.0.1\n  port: 0\nstore:\n  dataDir: " + dir.resolve("data") + "\n");

        CliRun run = CliRun.of("", "serve", "--config", config.toString(), "--check");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Baton answered http://127.0.0.1:").contains("/health with 200 and stopped");
        assertThat(dir.resolve("data/admin.properties"))
                .as("the stop removed the admin file")
                .doesNotExist();
    }

    @Test
    void anUnknownArgumentIsRefused() {
        CliRun run = CliRun.of("", "serve", "now");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("serve takes no arguments besides --config FILE, --home DIR and --check");
    }
}
