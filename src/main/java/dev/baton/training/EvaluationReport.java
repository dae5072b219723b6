package dev.baton.training;

import java.util.List;
import java.util.Map;

/**
 * Results of {@code baton evaluate}.
 *
 * @param urgentRecall    share of {@code handoff:urgent} messages handed off urgently
 * @param falseAnswerRate share of {@code fallback} messages answered with a FAQ anyway
 * @param falseUrgentRate share of every other message handed off urgently
 * @param perLanguage     action accuracy per language of the messages
 * @param perLabel   precision, recall, F1 and support per expected label
 * @param confusion  expected label -> decided label -> count
 * @param mistakes   every case decided wrongly, for reading
 */
public record EvaluationReport(
        int cases,
        double actionAccuracy,
        Double urgentRecall,
        Double falseAnswerRate,
        Double falseUrgentRate,
        Map<String, LanguageScore> perLanguage,
        Map<String, LabelScore> perLabel,
        Map<String, Map<String, Integer>> confusion,
        long latencyMedianMicros,
        long latencyP99Micros,
        List<Mistake> mistakes) {

    public record LanguageScore(int cases, double actionAccuracy) {}

    public record LabelScore(double precision, double recall, double f1, int support) {}

    public record Mistake(String text, String expect, String actual, String intent, double confidence) {}
}
