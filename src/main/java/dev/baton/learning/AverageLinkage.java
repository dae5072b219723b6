package dev.baton.learning;

import java.util.ArrayList;
import java.util.List;

/**
 * Agglomerative clustering with average linkage (UPGMA), stopped at a similarity: the two most similar groups
 * merge, and a merged group's similarity to any other is the mean over all pairs of their members, until no
 * two groups are at least {@code threshold} alike. Averaging keeps a group from chaining through one message
 * that happens to be close to two topics, as single linkage would. Each group remembers its nearest neighbour,
 * and only those whose neighbour merged look again (a merge never raises a similarity above both of its
 * parts'), so {@code n} messages take about {@code n²} steps and an {@code n × n} matrix.
 */
final class AverageLinkage {

    private AverageLinkage() {}

    /**
     * The groups of items whose similarities are {@code similarity} (symmetric; it is overwritten), each a
     * list of item indexes in ascending order, ordered by their first item. Ties go to the lower index, so
     * the result depends only on the input.
     */
    static List<List<Integer>> clusters(float[][] similarity, double threshold) {
        int n = similarity.length;
        float[][] s = similarity;
        int[] size = new int[n];
        boolean[] alive = new boolean[n];
        int[] nearest = new int[n];
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            alive[i] = true;
            members.add(new ArrayList<>(List.of(i)));
        }
        for (int i = 0; i < n; i++) {
            nearest[i] = nearest(s, alive, i);
        }
        while (true) {
            int a = -1;
            for (int i = 0; i < n; i++) {
                if (alive[i] && nearest[i] >= 0 && s[i][nearest[i]] >= threshold) {
                    if (a < 0 || s[i][nearest[i]] > s[a][nearest[a]]) {
                        a = i;
                    }
                }
            }
            if (a < 0) {
                break;
            }
            int keep = Math.min(a, nearest[a]);
            int gone = Math.max(a, nearest[a]);
            for (int k = 0; k < n; k++) {
                if (alive[k] && k != keep && k != gone) {
                    float merged = (size[keep] * s[keep][k] + size[gone] * s[gone][k]) / (size[keep] + size[gone]);
                    s[keep][k] = merged;
                    s[k][keep] = merged;
                }
            }
            size[keep] += size[gone];
            alive[gone] = false;
            members.get(keep).addAll(members.get(gone));
            for (int k = 0; k < n; k++) {
                if (alive[k] && (k == keep || nearest[k] == keep || nearest[k] == gone)) {
                    nearest[k] = nearest(s, alive, k);
                }
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (alive[i]) {
                List<Integer> group = new ArrayList<>(members.get(i));
                group.sort(null);
                out.add(group);
            }
        }
        out.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
        return out;
    }

    private static int nearest(float[][] s, boolean[] alive, int i) {
        int best = -1;
        for (int j = 0; j < s.length; j++) {
            if (j != i && alive[j] && (best < 0 || s[i][j] > s[i][best])) {
                best = j;
            }
        }
        return best;
    }
}
