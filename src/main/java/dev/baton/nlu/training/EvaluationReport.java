package dev.baton.nlu.training;

import java.util.List;
import java.util.Map;

/**
 * Results of {@code baton evaluate}.
 *
 * @param perLabel   precision, recall, F1 and support per expected label
 * @param confusion  expected label -> decided label -> count
 * @param mistakes   every case decided wrongly, for reading
 */
public record EvaluationReport(int cases, double actionAccuracy, Double urgentRecall, Double falseAnswerRate,
                               Map<String, LabelScore> perLabel, Map<String, Map<String, Integer>> confusion,
                               long latencyMedianMicros, long latencyP99Micros, List<Mistake> mistakes) {

    public record LabelScore(double precision, double recall, double f1, int support) {
    }

    public record Mistake(String text, String expect, String actual, String intent, double confidence) {
    }
}
