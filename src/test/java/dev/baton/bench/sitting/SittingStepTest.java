package dev.baton.bench.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of a sitting's runs and their names. */
class SittingStepTest {

    private static SittingOptions options(String dbUrl, int runs) {
        return new SittingOptions(dbUrl, null, runs, 45, 30, 1_000, 100, null, null);
    }

    @Test
    void theCeilingComesFirstThenEachStoreBackToBackAndPacedPostgresqlOncePerRun() {
        List<String> labels = SittingStep.plan(options("jdbc:postgresql://127.0.0.1:5432/test", 3)).stream()
                .map(SittingStep::label)
                .toList();

        assertThat(labels)
                .containsExactly(
                        "echo ceiling, back to back",
                        "embedded, back to back",
                        "embedded, 1,000 turns/s offered",
                        "PostgreSQL, back to back",
                        "PostgreSQL, 1,000 turns/s offered, run 1 of 3",
                        "PostgreSQL, 1,000 turns/s offered, run 2 of 3",
                        "PostgreSQL, 1,000 turns/s offered, run 3 of 3");
    }

    @Test
    void withoutADatabaseOnlyTheCeilingAndTheEmbeddedStoreRun() {
        SittingOptions embedded = options(null, 3);

        assertThat(SittingStep.plan(embedded)).hasSize(3);
        assertThat(embedded.loadSeconds()).isEqualTo(3 * 75);
    }

    @Test
    void onlyPostgresqlRunsAreGivenTheDatabase() {
        SittingOptions options = options("jdbc:postgresql://127.0.0.1:5432/test", 1);
        List<SittingStep> plan = SittingStep.plan(options);

        assertThat(options.load(plan.get(0)).dbUrl()).isNull();
        assertThat(options.load(plan.get(2)).rate()).isEqualTo(1_000);
        assertThat(options.load(plan.get(3)).store()).isEqualTo("postgresql");
        assertThat(options.load(plan.get(3)).localPostgres()).isTrue();
        assertThat(options.load(plan.get(4)).heap()).isEqualTo("256m");
    }
}
