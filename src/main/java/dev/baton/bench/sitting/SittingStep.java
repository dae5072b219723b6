package dev.baton.bench.sitting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One run of a sitting, each on a fresh server process: which server, back to back ({@code rate} 0) or paced,
 * and which of the runs at that setting it is.
 */
record SittingStep(Kind kind, int rate, int run, int runs) {

    /** The server a run loads. */
    enum Kind {
        ECHO("echo ceiling"),
        EMBEDDED("embedded"),
        POSTGRESQL("PostgreSQL");

        private final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    SittingStep {
        if (rate < 0 || run < 1 || run > runs) {
            throw new IllegalArgumentException("a step is run 1.." + runs + " at a rate >= 0, not " + run);
        }
    }

    /**
     * The sitting's runs in order: the echo ceiling back to back; Baton on the embedded store back to back and
     * paced; then, given a database, Baton on PostgreSQL back to back and paced {@code runs} times.
     */
    static List<SittingStep> plan(SittingOptions options) {
        List<SittingStep> steps = new ArrayList<>();
        steps.add(new SittingStep(Kind.ECHO, 0, 1, 1));
        steps.add(new SittingStep(Kind.EMBEDDED, 0, 1, 1));
        steps.add(new SittingStep(Kind.EMBEDDED, options.rate(), 1, 1));
        if (options.dbUrl() != null) {
            steps.add(new SittingStep(Kind.POSTGRESQL, 0, 1, 1));
            for (int i = 1; i <= options.runs(); i++) {
                steps.add(new SittingStep(Kind.POSTGRESQL, options.rate(), i, options.runs()));
            }
        }
        return steps;
    }

    boolean backToBack() {
        return rate == 0;
    }

    /** "PostgreSQL, 1,000 turns/s offered, run 2 of 3". */
    String label() {
        String load = backToBack() ? "back to back" : String.format(Locale.ROOT, "%,d turns/s offered", rate);
        return kind.label + ", " + load + (runs > 1 ? ", run " + run + " of " + runs : "");
    }
}
