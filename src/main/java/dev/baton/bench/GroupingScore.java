package dev.baton.bench;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well groups match the labelled topics of their messages.
 *
 * @param messages the messages grouped
 * @param groups   the groups of two or more
 * @param coverage share of the messages in a group of two or more: what an editor sees with company
 * @param purity   share of the messages in such groups whose group's main topic is their own (a message alone
 *                 is trivially pure and left out); 0 when there is no such group
 */
public record GroupingScore(double threshold, int messages, int groups, double coverage, double purity) {

    /** Scores {@code groups} (lists of indexes into {@code topics}) cut at {@code threshold}. */
    public static GroupingScore of(double threshold, List<List<Integer>> groups, List<String> topics) {
        int grouped = 0;
        int pure = 0;
        int several = 0;
        for (List<Integer> group : groups) {
            if (group.size() < 2) {
                continue;
            }
            several++;
            grouped += group.size();
            pure += Collections.max(counts(group, topics).values());
        }
        int n = topics.size();
        return new GroupingScore(
                threshold, n, several, n == 0 ? 0 : grouped / (double) n, grouped == 0 ? 0 : pure / (double) grouped);
    }

    /** The main topic of a group: the most common, the first met on a tie. */
    public static String mainTopic(List<Integer> group, List<String> topics) {
        Map<String, Integer> counts = counts(group, topics);
        String main = null;
        for (int i : group) {
            String topic = topics.get(i);
            if (main == null || counts.get(topic) > counts.get(main)) {
                main = topic;
            }
        }
        return main;
    }

    private static Map<String, Integer> counts(List<Integer> group, List<String> topics) {
        Map<String, Integer> counts = new HashMap<>();
        group.forEach(i -> counts.merge(topics.get(i), 1, Integer::sum));
        return counts;
    }
}
