package dev.baton.training;

import opennlp.tools.util.TrainingParameters;

/**
 * Settings of the maximum-entropy trainer. L-BFGS (OpenNLP's {@code MAXENT_QN}) with L2 regularisation
 * beat GIS by 3-5 points on every benchmark measured and gives probabilities worth thresholding.
 *
 * @param iterations L-BFGS iterations
 * @param l2         L2 regularisation cost
 * @param cutoff     minimum number of times a feature must occur to be kept
 * @param threads    training threads (results do not depend on it)
 */
public record MaxentParams(int iterations, double l2, int cutoff, int threads) {

    /** OpenNLP's name for the L-BFGS maximum-entropy trainer. */
    static final String ALGORITHM = "MAXENT_QN";
    /** L1 regularisation, off: only the L2 cost is tuned. */
    static final double L1 = 0.0;

    public MaxentParams {
        if (iterations < 1 || l2 < 0 || cutoff < 0 || threads < 1) {
            throw new IllegalArgumentException(
                    "invalid maxent parameters: " + iterations + ", " + l2 + ", " + cutoff + ", " + threads);
        }
    }

    /**
     * The setting for the large public benchmarks. L-BFGS time grows with features x classes: on CLINC150
     * (150 intents, 2 cores) cutoff 1 / 100 iterations took 136 s, cutoff 3 / 60 iterations 45-70 s with
     * maxent alone 0.1 point lower (91.1%); features seen fewer than three times are left to the retriever
     * vote, which indexes every term.
     */
    public static MaxentParams standard() {
        return new MaxentParams(60, 0.1, 3, 2);
    }

    /**
     * The setting for Baton's own corpus: a few thousand examples, where rare features (a typo, a
     * colloquialism seen twice) matter, so none is cut; training takes seconds.
     */
    public static MaxentParams forCorpus() {
        return new MaxentParams(100, 0.1, 1, 2);
    }

    TrainingParameters toOpenNlp() {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, ALGORITHM);
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        p.put(TrainingParameters.THREADS_PARAM, threads);
        p.put("L1Cost", L1);
        p.put("L2Cost", l2);
        return p;
    }
}
