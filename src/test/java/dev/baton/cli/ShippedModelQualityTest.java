package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.App;
import dev.baton.nlu.training.DevSplit;
import dev.baton.nlu.training.EvalCase;
import dev.baton.nlu.training.EvaluationReport;
import dev.baton.nlu.training.Evaluator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A regression guard on the shipped model: the safety promises hold exactly, and action accuracy does not
 * fall below what was measured when it shipped (README, "Quality and speed").
 */
class ShippedModelQualityTest {

    private static Evaluator evaluator;
    private static App.Understanding understanding;

    @BeforeAll
    static void load() {
        understanding = App.understanding(Path.of("faq-corpus"), Path.of("models"));
        evaluator = new Evaluator(understanding.policy());
    }

    @Test
    void devSplitMissesNoEmergencyAndAnswersNoOutOfScopeMessage() {
        EvaluationReport report = evaluator.evaluate(DevSplit.cases(understanding.corpus()));
        assertThat(report.urgentRecall()).isEqualTo(1.0);
        assertThat(report.falseAnswerRate()).isZero();
        assertThat(report.actionAccuracy()).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void separatelyWrittenRealisticMessagesToo() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<EvalCase> cases = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("faq-corpus/eval/realistic.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode node = json.readTree(line);
                cases.add(new EvalCase(node.get("text").asText(), node.get("expect").asText()));
            }
        }
        EvaluationReport report = evaluator.evaluate(cases);
        assertThat(report.urgentRecall()).isEqualTo(1.0);
        assertThat(report.falseAnswerRate()).isZero();
        assertThat(report.actionAccuracy()).isGreaterThanOrEqualTo(0.93);
    }
}
