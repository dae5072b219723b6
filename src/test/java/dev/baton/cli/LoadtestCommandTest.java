package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.bench.load.LoadOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code baton loadtest}'s defaults are the documented targets run. */
class LoadtestCommandTest {

    @Test
    void defaultsMatchTheTargetsRun() {
        LoadOptions options = LoadtestCommand.options(List.of());
        assertThat(options.conversations()).isEqualTo(100);
        assertThat(options.warmupSeconds()).isEqualTo(45);
        assertThat(options.durationSeconds()).isEqualTo(30);
        assertThat(options.store()).isEqualTo("embedded");
        assertThat(options.heap()).isEqualTo("256m");
        assertThat(LoadtestCommand.options(
                                List.of("--db-url", "jdbc:postgresql://127.0.0.1:5432/test", "--db-user", "postgres"))
                        .store())
                .isEqualTo("postgresql");
    }

    @Test
    void extraServerSettingsAreReadFromRepeatedEnvOptions() {
        LoadOptions metricsOn = LoadtestCommand.options(
                List.of("--env", "BATON_METRICS_TOKEN=0123456789abcdef", "--env", "BATON_LEARNING=false"));

        assertThat(metricsOn.env().values())
                .containsEntry("BATON_METRICS_TOKEN", "0123456789abcdef")
                .containsEntry("BATON_LEARNING", "false")
                .hasSize(2);
        assertThat(metricsOn.env().metricsToken()).contains("0123456789abcdef");
        assertThat(LoadtestCommand.options(List.of()).env().metricsToken()).isEmpty();
    }
}
