package dev.baton.bench.swap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.CliRun;
import dev.baton.testing.IntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The swap test spawns a real {@code baton serve} from this class path, adds an editor, publishes a changed
 * answer under a light load, and accounts for every turn it offered; only counts are checked, never times.
 */
@IntegrationTest
class SwapUnderLoadTest {

    private static final Pattern TURNS = Pattern.compile(
            "turns: ([0-9,]+) offered, ([0-9,]+) answered, ([0-9,]+) failed.*, ([0-9,]+) unanswered at the end");
    private static final Pattern PHASE = Pattern.compile("^  .{32} +([0-9,]+) turns, p50", Pattern.MULTILINE);
    private static final Pattern ANSWERS = Pattern.compile("answered before the swap ([0-9,]+) old, ([0-9,]+) new;"
            + " across it ([0-9,]+) old, ([0-9,]+) new; sent after it ([0-9,]+) old, ([0-9,]+) new; ([0-9,]+) not");

    @Test
    @Timeout(600)
    void aPublishUnderLightLoadAnswersEveryTurnAndTheCountsAddUp() {
        CliRun run = CliRun.of(
                "",
                "swaptest",
                "--rate",
                "20",
                "--warmup-seconds",
                "3",
                "--after-seconds",
                "3",
                "--threads",
                "4",
                "--heap",
                "512m");

        assertThat(run.status()).as(run.err() + run.out()).isZero();
        assertThat(run.out())
                .contains("(embedded store, -Xmx512m")
                .containsPattern("publish: published as version [0-9]+")
                .contains("result: PASSED");
        Matcher turns = TURNS.matcher(run.out());
        assertThat(turns.find()).as(run.out()).isTrue();
        long offered = number(turns.group(1));
        long answered = number(turns.group(2));
        assertThat(offered).isPositive();
        assertThat(answered + number(turns.group(3)) + number(turns.group(4))).isEqualTo(offered);
        assertThat(answered).isEqualTo(offered);

        long phased = 0;
        for (Matcher phase = PHASE.matcher(run.out()); phase.find(); ) {
            phased += number(phase.group(1));
        }
        assertThat(phased).as("every answered turn falls in one phase").isEqualTo(answered);

        Matcher answers = ANSWERS.matcher(run.out());
        assertThat(answers.find()).as(run.out()).isTrue();
        assertThat(number(answers.group(2))).as("new answers before the swap").isZero();
        assertThat(number(answers.group(5))).as("old answers after it").isZero();
        assertThat(number(answers.group(1))).as("old answers before the swap").isPositive();
        assertThat(number(answers.group(6))).as("new answers after it").isPositive();
        assertThat(number(answers.group(7))).isZero();
    }

    private static long number(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }
}
