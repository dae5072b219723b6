package dev.baton.cli;

import dev.baton.nlu.training.EvaluationReport;
import java.util.Map;
import java.util.TreeSet;

/** Plain-text rendering of an evaluation report. */
final class ReportText {

    private ReportText() {
    }

    static String render(String source, EvaluationReport r) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("evaluated %d messages from %s%n", r.cases(), source));
        s.append(String.format("action accuracy: %.4f%n", r.actionAccuracy()));
        s.append(String.format("urgent recall: %s%n", percent(r.urgentRecall())));
        s.append(String.format("false-answer rate on fallback lines: %s%n", percent(r.falseAnswerRate())));
        s.append(String.format("latency per decision: median %d us, p99 %d us%n", r.latencyMedianMicros(),
                r.latencyP99Micros()));
        s.append(String.format("%n%-34s %9s %9s %9s %8s%n", "label", "precision", "recall", "f1", "support"));
        r.perLabel().forEach((label, score) -> s.append(String.format("%-34s %9.3f %9.3f %9.3f %8d%n", label,
                score.precision(), score.recall(), score.f1(), score.support())));
        s.append(String.format("%nconfusion (expected -> decided: count)%n"));
        TreeSet<String> labels = new TreeSet<>(r.perLabel().keySet());
        for (String expected : labels) {
            Map<String, Integer> row = r.confusion().get(expected);
            if (row != null) {
                s.append("  ").append(expected).append(" -> ").append(row).append('\n');
            }
        }
        if (!r.mistakes().isEmpty()) {
            s.append(String.format("%nmistakes (%d)%n", r.mistakes().size()));
            for (EvaluationReport.Mistake m : r.mistakes()) {
                s.append(String.format("  [%s -> %s, intent %s %.2f] %s%n", m.expect(), m.actual(), m.intent(),
                        m.confidence(), m.text()));
            }
        }
        return s.toString();
    }

    private static String percent(Double value) {
        return value == null ? "n/a" : String.format("%.2f%%", value * 100);
    }
}
