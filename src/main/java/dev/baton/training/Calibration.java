package dev.baton.training;

import java.util.List;

/**
 * The blend weight and out-of-scope threshold chosen on held-out rows: the threshold maximises in-scope
 * accuracy (a rejected in-scope row counts as wrong) plus out-of-scope recall; without out-of-scope rows,
 * no threshold (0) and plain accuracy.
 */
record Calibration(double weight, double threshold, double inScopeAccuracy, Double oosRecall, double objective) {

    static Calibration choose(double weight, List<Scored> rows) {
        Counts noReject = Counts.of(rows, 0);
        if (noReject.oosTotal() == 0) {
            double accuracy = noReject.inScopeAccuracy(0);
            return new Calibration(weight, 0, accuracy, null, accuracy);
        }
        Calibration best = null;
        for (int t = 0; t <= 100; t++) {
            double threshold = t / 100.0;
            Counts c = Counts.of(rows, threshold);
            double objective = noReject.inScopeAccuracy(0) + c.inScopeAccuracy(1) + c.oosRecall();
            if (best == null || objective > best.objective() + 1e-9) {
                best = new Calibration(weight, threshold, c.inScopeAccuracy(1), c.oosRecall(), objective);
            }
        }
        return best;
    }

    /** Confusion counts at a threshold: a row scoring below it is taken as out of scope. */
    record Counts(
            int inScopeTotal,
            int inScopeCorrectNoReject,
            int inScopeCorrect,
            int oosTotal,
            int oosRejected,
            int rejected) {

        static Counts of(List<Scored> rows, double threshold) {
            int inTotal = 0;
            int inCorrectNoReject = 0;
            int inCorrect = 0;
            int oosTotal = 0;
            int oosRejected = 0;
            int rejected = 0;
            for (Scored row : rows) {
                boolean reject = row.confidence() < threshold;
                rejected += reject ? 1 : 0;
                if (row.expected().equals(BenchmarkRunner.OOS)) {
                    oosTotal++;
                    oosRejected += reject ? 1 : 0;
                } else {
                    inTotal++;
                    boolean right = row.expected().equals(row.predicted());
                    inCorrectNoReject += right ? 1 : 0;
                    inCorrect += right && !reject ? 1 : 0;
                }
            }
            return new Counts(inTotal, inCorrectNoReject, inCorrect, oosTotal, oosRejected, rejected);
        }

        /** In-scope accuracy: {@code 0} for no rejection, {@code 1} at the threshold. */
        double inScopeAccuracy(int atThreshold) {
            if (inScopeTotal == 0) {
                return 0;
            }
            return (atThreshold == 0 ? inScopeCorrectNoReject : inScopeCorrect) / (double) inScopeTotal;
        }

        double oosRecall() {
            return oosTotal == 0 ? 0 : oosRejected / (double) oosTotal;
        }

        double oosPrecision() {
            return rejected == 0 ? 0 : oosRejected / (double) rejected;
        }
    }
}
