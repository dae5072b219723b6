package dev.baton.training;

import dev.baton.decision.ActionLabel;
import dev.baton.decision.DecisionPolicy;
import dev.baton.decision.Outcome;
import dev.baton.decision.ReplyLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Runs the decision policy over labelled messages and scores its actions. */
public final class Evaluator {

    private final DecisionPolicy policy;

    public Evaluator(DecisionPolicy policy) {
        this.policy = policy;
    }

    public EvaluationReport evaluate(List<EvalCase> cases) {
        for (EvalCase c : cases) {
            policy.decide(c.text()); // warm-up, so latency reflects the steady state
        }
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        List<EvaluationReport.Mistake> mistakes = new ArrayList<>();
        long[] nanos = new long[cases.size()];
        Map<String, int[]> languages = new TreeMap<>();
        int correct = 0;
        for (int i = 0; i < cases.size(); i++) {
            EvalCase c = cases.get(i);
            long start = System.nanoTime();
            Outcome outcome = policy.decide(c.text());
            nanos[i] = System.nanoTime() - start;
            String actual = ActionLabel.of(outcome.decision());
            confusion.computeIfAbsent(c.expect(), k -> new TreeMap<>()).merge(actual, 1, Integer::sum);
            int[] language = languages.computeIfAbsent(
                    c.language() != null ? c.language() : tag(outcome.replyLanguage()), k -> new int[2]);
            language[0]++;
            if (actual.equals(c.expect())) {
                language[1]++;
                correct++;
            } else {
                mistakes.add(new EvaluationReport.Mistake(
                        outcome.text(),
                        c.expect(),
                        actual,
                        outcome.prediction().intent(),
                        outcome.prediction().confidence()));
            }
        }
        Percentiles latency = new Percentiles(nanos);
        Map<String, EvaluationReport.LanguageScore> perLanguage = new TreeMap<>();
        languages.forEach((language, n) ->
                perLanguage.put(language, new EvaluationReport.LanguageScore(n[0], ratio(n[1], n[0]))));
        return new EvaluationReport(
                cases.size(),
                ratio(correct, cases.size()),
                recall(confusion, ActionLabel.URGENT),
                falseAnswerRate(confusion),
                falseUrgentRate(confusion),
                perLanguage,
                perLabel(confusion),
                confusion,
                latency.at(50) / 1000,
                latency.at(99) / 1000,
                mistakes);
    }

    private static Map<String, EvaluationReport.LabelScore> perLabel(Map<String, Map<String, Integer>> confusion) {
        TreeSet<String> labels = new TreeSet<>(confusion.keySet());
        confusion.values().forEach(row -> labels.addAll(row.keySet()));
        Map<String, EvaluationReport.LabelScore> out = new TreeMap<>();
        for (String label : labels) {
            int tp = confusion.getOrDefault(label, Map.of()).getOrDefault(label, 0);
            int support = confusion.getOrDefault(label, Map.of()).values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
            int predicted = confusion.values().stream()
                    .mapToInt(row -> row.getOrDefault(label, 0))
                    .sum();
            double precision = ratio(tp, predicted);
            double recall = ratio(tp, support);
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            out.put(label, new EvaluationReport.LabelScore(precision, recall, f1, support));
        }
        return out;
    }

    private static Double recall(Map<String, Map<String, Integer>> confusion, String label) {
        Map<String, Integer> row = confusion.get(label);
        if (row == null) {
            return null;
        }
        return ratio(
                row.getOrDefault(label, 0),
                row.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** Share of {@code fallback} cases that got a FAQ answer anyway. */
    private static Double falseAnswerRate(Map<String, Map<String, Integer>> confusion) {
        Map<String, Integer> row = confusion.get(ActionLabel.FALLBACK);
        if (row == null) {
            return null;
        }
        int answered = row.entrySet().stream()
                .filter(e -> e.getKey().startsWith("faq:"))
                .mapToInt(Map.Entry::getValue)
                .sum();
        return ratio(answered, row.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** Share of the messages not labelled urgent that were handed off urgently. */
    private static Double falseUrgentRate(Map<String, Map<String, Integer>> confusion) {
        int others = 0;
        int urgent = 0;
        for (Map.Entry<String, Map<String, Integer>> row : confusion.entrySet()) {
            if (!row.getKey().equals(ActionLabel.URGENT)) {
                others += row.getValue().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum();
                urgent += row.getValue().getOrDefault(ActionLabel.URGENT, 0);
            }
        }
        return others == 0 ? null : ratio(urgent, others);
    }

    private static String tag(ReplyLanguage language) {
        return switch (language) {
            case SIMPLIFIED -> "zh";
            case TRADITIONAL -> "zh-Hant";
            case ENGLISH -> "en";
        };
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : a / (double) b;
    }
}
