package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.Understanding;
import dev.baton.training.DevSplit;
import dev.baton.training.EvalCase;
import dev.baton.training.EvaluationReport;
import dev.baton.training.Evaluator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A regression guard on the shipped model: on every evaluation set, no figure falls below what was measured
 * when it shipped (docs/quality.md). The floors are those measurements, rounded against the
 * model; they are not targets, and a set's figures are never tuned to pass here.
 */
class ShippedModelQualityTest {

    private static Evaluator evaluator;
    private static Understanding understanding;

    @BeforeAll
    static void load() {
        understanding = Understanding.load(Path.of("faq-corpus"), Path.of("models"));
        evaluator = new Evaluator(understanding.policy());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // set,      action accuracy >=, urgent recall >=, false urgent <=, out of scope answered <=
        "dev,        0.93,  1.00, 0.027, 0.012",
        "realistic,  0.97,  1.00, 0.006, 0.029",
        "blind-1,    0.93,  0.98, 0.020, 0.056",
        "blind-2,    0.91,  0.98, 0.026, 0.019",
    })
    void noFigureFallsBelowWhatShipped(
            String set, double accuracy, double urgentRecall, double falseUrgent, double outOfScopeAnswered)
            throws Exception {
        EvaluationReport report = evaluator.evaluate(cases(set));
        assertThat(report.actionAccuracy()).isGreaterThanOrEqualTo(accuracy);
        assertThat(report.urgentRecall()).isGreaterThanOrEqualTo(urgentRecall);
        assertThat(report.falseUrgentRate()).isLessThanOrEqualTo(falseUrgent);
        assertThat(report.falseAnswerRate()).isLessThanOrEqualTo(outOfScopeAnswered);
    }

    private static List<EvalCase> cases(String set) throws Exception {
        if (set.equals("dev")) {
            return DevSplit.cases(understanding.corpus());
        }
        ObjectMapper json = new ObjectMapper();
        List<EvalCase> cases = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("faq-corpus/eval/" + set + ".jsonl"))) {
            if (!line.isBlank()) {
                JsonNode node = json.readTree(line);
                cases.add(new EvalCase(
                        node.get("text").asText(), node.get("expect").asText()));
            }
        }
        return cases;
    }
}
