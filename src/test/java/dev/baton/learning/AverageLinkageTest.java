package dev.baton.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Average-linkage clustering cut at a similarity. */
class AverageLinkageTest {

    private static float[][] matrix(double[][] rows) {
        float[][] m = new float[rows.length][rows.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < rows.length; j++) {
                m[i][j] = (float) rows[i][j];
            }
        }
        return m;
    }

    @Test
    void itemsAlikeEnoughFormGroupsAndTheRestStayAlone() {
        float[][] s = matrix(new double[][] {
            {1, 3, 2.5, 0, 0},
            {3, 1, 2.8, 0, 0},
            {2.5, 2.8, 1, 0, 0},
            {0, 0, 0, 1, 0.5},
            {0, 0, 0, 0.5, 1},
        });

        assertThat(AverageLinkage.clusters(s, 1.5)).containsExactly(List.of(0, 1, 2), List.of(3), List.of(4));
    }

    @Test
    void anItemCloseToOneMemberButNotToTheGroupOnAverageStaysOut() {
        // 3 is close to 2 only: single linkage would chain it in, the average over {0, 1, 2} keeps it out.
        float[][] s = matrix(new double[][] {
            {1, 3, 3, 0},
            {3, 1, 3, 0},
            {3, 3, 1, 2},
            {0, 0, 2, 1},
        });

        assertThat(AverageLinkage.clusters(s, 1.5)).containsExactly(List.of(0, 1, 2), List.of(3));
    }

    @Test
    void itemsThatCannotBeComparedNeverMeet() {
        float ninf = Float.NEGATIVE_INFINITY;
        float[][] s = {{1, 2, ninf}, {2, 1, ninf}, {ninf, ninf, 1}};

        assertThat(AverageLinkage.clusters(s, 1.5)).containsExactly(List.of(0, 1), List.of(2));
    }

    @Test
    void itAgreesWithTheNaiveAlgorithmOnRandomMatrices() {
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            int n = 30;
            double[][] rows = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    rows[i][j] = rows[j][i] = random.nextGaussian();
                }
            }
            assertThat(AverageLinkage.clusters(matrix(rows), 1.0)).isEqualTo(naive(rows, 1.0));
        }
    }

    /** Merges the most similar pair, recomputing every average from the members, until none reaches the cut. */
    private static List<List<Integer>> naive(double[][] s, double threshold) {
        List<List<Integer>> groups = new java.util.ArrayList<>();
        for (int i = 0; i < s.length; i++) {
            groups.add(new java.util.ArrayList<>(List.of(i)));
        }
        while (true) {
            int bi = -1;
            int bj = -1;
            double best = threshold;
            for (int i = 0; i < groups.size(); i++) {
                for (int j = i + 1; j < groups.size(); j++) {
                    double sum = 0;
                    for (int x : groups.get(i)) {
                        for (int y : groups.get(j)) {
                            sum += (float) s[x][y];
                        }
                    }
                    double mean = sum / (groups.get(i).size() * groups.get(j).size());
                    if (mean >= best) {
                        best = mean;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            groups.get(bi).addAll(groups.remove(bj));
        }
        groups.forEach(g -> g.sort(null));
        groups.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
        return groups;
    }
}
