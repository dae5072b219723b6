package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.bench.sitting.SittingOptions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code baton perfsitting}'s options: the defaults are the targets' runs, and a bad one is one clear line. */
class PerfSittingCommandTest {

    @Test
    void defaultsAreThreeRunsAtAThousandTurnsASecondOnTheEmbeddedStore() {
        SittingOptions options = PerfSittingCommand.options(List.of());

        assertThat(options.runs()).isEqualTo(3);
        assertThat(options.rate()).isEqualTo(1_000);
        assertThat(options.conversations()).isEqualTo(100);
        assertThat(options.warmupSeconds()).isEqualTo(45);
        assertThat(options.durationSeconds()).isEqualTo(30);
        assertThat(options.heap()).isEqualTo("256m");
        assertThat(options.dbUrl()).isNull();
        assertThat(options.out()).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--runs 0|--runs must be between 1 and 10, not 0",
                "--runs x|--runs must be a whole number, not 'x'",
                "--rate 0|--rate must be at least 1 turn a second, not 0",
                "--warmup -1|--warmup must not be negative, not -1",
                "--duration 0|--duration must be at least 1 second, not 0",
                "--conversations 0|--conversations must be between 1 and 1000, not 0",
                "--server-heap lots|--server-heap must look like 256m or 1g, not 'lots'",
                "--db-user postgres|--db-user needs --db-url",
                "--db-url jdbc:h2:mem:x|--db-url must be a PostgreSQL URL",
                "--out /no/such/folder/table.md|cannot write the table to /no/such/folder/table.md: no such folder",
                "--json x.json|unknown option --json",
                "extra|unexpected argument 'extra'; usage: baton perfsitting",
                "--runs|option --runs needs a value"
            })
    void aBadOptionIsOneLineAndExitTwoBeforeAnythingStarts(String arguments, String message) {
        CliRun run = CliRun.of("", ("perfsitting " + arguments).split(" "));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("baton: " + message);
    }

    @Test
    void theCommandShownInTheTableHidesADatabasePassword() {
        assertThat(PerfSittingCommand.command(
                        List.of("--db-url", "jdbc:postgresql://127.0.0.1:5432/test?user=u&password=s3cret&ssl=false")))
                .isEqualTo("java -jar target/baton.jar perfsitting"
                        + " --db-url jdbc:postgresql://127.0.0.1:5432/test?user=u&password=***&ssl=false");
        assertThat(PerfSittingCommand.command(List.of())).isEqualTo("java -jar target/baton.jar perfsitting");
    }
}
