package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets one clear line and a non-zero exit, never a stack trace. */
class CommandErrorsTest {

    @Test
    void unknownCommandsAndOptions() {
        assertThat(CliRun.of("", "fly").err()).startsWith("baton: unknown command 'fly'");
        CliRun run = CliRun.of("", "evaluate", "--colour", "red");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("baton: unknown option --colour");
        assertThat(CliRun.of("").status()).isEqualTo(2);
    }

    @Test
    void theGatesMarginIsCheckedBeforeAnythingLoads() {
        CliRun run = CliRun.of("", "gate", "--margin", "lots");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("baton: --margin is a number of percentage points");
    }

    @Test
    void anUnreadableEvaluationFileIsNamed(@TempDir Path dir) {
        CliRun run =
                CliRun.of("", "evaluate", "--data", dir.resolve("absent.jsonl").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("absent.jsonl").contains("no such file").doesNotContain("Exception");
    }

    @Test
    void malformedEvaluationLinesAreReportedByNumberAndTheRestIsEvaluated(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("cases.jsonl");
        Files.writeString(
                data,
                "{\"text\": \"hi\", \"expect\": \"smalltalk\"}\n\n{not json\n"
                        + "{\"text\": \"转人工\", \"expect\": \"handoff:human\"}\n{\"text\": \"x\", \"expect\": \"nonsense\"}\n");
        Path html = dir.resolve("report.html");
        CliRun run = CliRun.of("", "evaluate", "--data", data.toString(), "--report", html.toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("cases.jsonl:3: skipped, not valid JSON").contains("skipped record 3");
        assertThat(run.out()).contains("evaluated 2 messages").contains("action accuracy: 1.0000");
        assertThat(Files.readString(html)).contains("<h3>Confusion matrix</h3>");
    }

    @Test
    void aCorruptCorpusIsNamedNotThrown(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("intents"));
        Files.writeString(dir.resolve("intents/x.yaml"), "id: y\n");
        CliRun run = CliRun.of("hi\n", "decide", "--corpus", dir.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("x.yaml").doesNotContain("\tat ");
    }

    @Test
    void aMissingModelSaysHowToTrainOne(@TempDir Path dir) {
        CliRun run = CliRun.of("hi\n", "decide", "--models", dir.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains("run: baton train")
                .contains(dir.toAbsolutePath().toString())
                .contains("BATON_MODELS_DIR")
                .contains("BATON_HOME");
    }

    @Test
    void serveInAHomeWithoutAModelNamesThePathAndTheSettings(@TempDir Path home) {
        CliRun run = CliRun.of("", "serve", "--home", home.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip())
                .startsWith("baton: no trained model in " + home.resolve("models"))
                .contains("--home")
                .doesNotContain("\n");
    }

    @Test
    void benchmarkWithoutDataSaysWhereItLooked(@TempDir Path dir) {
        CliRun run = CliRun.of(
                "", "benchmark", "clinc150", "--data", dir.resolve("none").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no benchmark data at");
    }

    @Test
    void theLearningBenchmarkNeedsBothSetsAndSaysWhatIsWrongWithThem(@TempDir Path dir) throws Exception {
        CliRun missing = CliRun.of("", "benchmark", "learning", "--data", "a.jsonl");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err())
                .startsWith("baton: baton benchmark learning needs --data")
                .contains("--held-out");

        Path set = Files.writeString(dir.resolve("set.jsonl"), "{\"text\": \"hi\", \"expect\": \"smalltalk\"}\n");
        CliRun untopical =
                CliRun.of("", "benchmark", "learning", "--data", set.toString(), "--held-out", set.toString());
        assertThat(untopical.status()).isEqualTo(2);
        assertThat(untopical.err()).contains("skipped record 1").contains("baton: no usable lines in");

        CliRun cuts = CliRun.of(
                "", "benchmark", "learning", "--data", set.toString(), "--held-out", set.toString(), "--cuts", "1,x");
        assertThat(cuts.err().strip()).isEqualTo("baton: --cuts takes numbers separated by commas, not 'x'");
        assertThat(CliRun.of(
                                "",
                                "benchmark",
                                "learning",
                                "--data",
                                dir.resolve("none.jsonl").toString(),
                                "--held-out",
                                set.toString())
                        .err())
                .contains("no learning set at");
    }
}
