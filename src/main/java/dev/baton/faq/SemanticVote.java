package dev.baton.faq;

import java.util.List;
import java.util.Map;

/**
 * A nearest-neighbour vote in sentence-vector space: each intent's share of the summed cosine similarity
 * of the {@code k} nearest examples (similarities below zero count as zero). The same arithmetic serves the
 * shipped index and cross-validation, which finds neighbours by brute force.
 */
public final class SemanticVote {

    private SemanticVote() {}

    /** Label-aligned shares of the first {@code k} hits (nearest first). */
    public static double[] shares(List<FaqHit> hits, int k, Map<String, Integer> indexOf, int labels) {
        double[] vote = new double[labels];
        double total = 0;
        int n = Math.min(k, hits.size());
        for (int i = 0; i < n; i++) {
            total += Math.max(0, hits.get(i).score());
        }
        if (total <= 0) {
            return vote;
        }
        for (int i = 0; i < n; i++) {
            Integer at = indexOf.get(hits.get(i).id());
            if (at != null) {
                vote[at] += Math.max(0, hits.get(i).score()) / total;
            }
        }
        return vote;
    }

    /** {@code (1 - weight) * first + weight * vote}, label by label. */
    public static double[] blend(double[] first, double[] vote, double weight) {
        double[] out = new double[first.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (1 - weight) * first[i] + weight * vote[i];
        }
        return out;
    }
}
