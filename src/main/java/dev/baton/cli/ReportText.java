package dev.baton.cli;

import dev.baton.decision.ActionLabel;
import dev.baton.training.EvaluationReport;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/** Plain-text rendering of an evaluation report. */
final class ReportText {

    private ReportText() {}

    static String render(String source, EvaluationReport r) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("evaluated %d messages from %s%n", r.cases(), source));
        s.append(String.format("action accuracy: %.4f%n", r.actionAccuracy()));
        s.append(String.format("urgent recall: %s%n", percent(r.urgentRecall())));
        s.append(String.format("false-answer rate on fallback lines: %s%n", percent(r.falseAnswerRate())));
        s.append(String.format("false urgent rate on other lines: %s%n", percent(r.falseUrgentRate())));
        s.append(String.format(
                "latency per decision: median %d us, p99 %d us%n", r.latencyMedianMicros(), r.latencyP99Micros()));
        s.append(String.format("%n%-34s %9s %8s%n", "language", "accuracy", "messages"));
        r.perLanguage()
                .forEach((language, score) ->
                        s.append(String.format("%-34s %9.3f %8d%n", language, score.actionAccuracy(), score.cases())));
        s.append(String.format("%n%-34s %9s %9s %9s %8s%n", "label", "precision", "recall", "f1", "support"));
        r.perLabel()
                .forEach((label, score) -> s.append(String.format(
                        "%-34s %9.3f %9.3f %9.3f %8d%n",
                        label, score.precision(), score.recall(), score.f1(), score.support())));
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
                s.append(String.format(
                        "  [%s -> %s, intent %s %.2f] %s%n",
                        m.expect(), m.actual(), m.intent(), m.confidence(), m.text()));
            }
        }
        return s.toString();
    }

    /** The headline figures of several evaluations side by side, as a Markdown table. */
    static String summary(Map<String, EvaluationReport> reports) {
        StringBuilder s = new StringBuilder("| measure |");
        reports.keySet().forEach(name -> s.append(' ').append(name).append(" |"));
        s.append("\n|---|");
        reports.keySet().forEach(name -> s.append("---|"));
        s.append('\n');
        row(s, "messages", reports, r -> String.valueOf(r.cases()));
        row(s, "action accuracy", reports, r -> percent(r.actionAccuracy()));
        row(s, "urgent recall", reports, r -> percent(r.urgentRecall()) + " of " + support(r, ActionLabel.URGENT));
        row(s, "non-urgent handed off as urgent", reports, r -> percent(r.falseUrgentRate()));
        row(s, "out of scope answered with a FAQ", reports, r -> percent(r.falseAnswerRate()));
        for (String language : List.of("zh", "zh-Hant", "en", "mixed")) {
            row(s, "accuracy, " + language, reports, r -> {
                EvaluationReport.LanguageScore score = r.perLanguage().get(language);
                return score == null ? "" : percent(score.actionAccuracy()) + " of " + score.cases();
            });
        }
        return s.toString();
    }

    private static void row(
            StringBuilder s,
            String measure,
            Map<String, EvaluationReport> reports,
            Function<EvaluationReport, String> cell) {
        s.append("| ").append(measure).append(" |");
        reports.values().forEach(r -> s.append(' ').append(cell.apply(r)).append(" |"));
        s.append('\n');
    }

    private static int support(EvaluationReport r, String label) {
        EvaluationReport.LabelScore score = r.perLabel().get(label);
        return score == null ? 0 : score.support();
    }

    private static String percent(Double value) {
        return value == null ? "n/a" : String.format("%.2f%%", value * 100);
    }
}
