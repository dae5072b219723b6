package dev.baton.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.nlu.IcuTextNormalizer;
import dev.baton.nlu.LuceneTokenizer;
import dev.baton.nlu.ScriptLanguageDetector;
import dev.baton.training.BenchmarkResult;
import dev.baton.training.BenchmarkRunner;
import dev.baton.training.BenchmarkRunner.Row;
import dev.baton.training.MaxentParams;
import java.io.PrintStream;
import java.util.List;

/**
 * The benchmark behind {@code baton benchmark clinc150|banking77}: Baton's intent pipeline trained and tested
 * on a public data set's rows.
 */
public final class IntentBenchmark {

    private final ObjectMapper json;
    private final PrintStream out;

    public IntentBenchmark(ObjectMapper json, PrintStream out) {
        this.json = json;
        this.out = out;
    }

    /**
     * Trains on {@code train} with {@code iterations} of maxent and {@code k} neighbours, calibrates the
     * out-of-scope threshold on {@code valid} (when null, on every tenth training row held out) and tests on
     * {@code test}; prints the figures, the last line as JSON.
     */
    public int run(String dataset, List<Row> train, List<Row> valid, List<Row> test, int iterations, int k)
            throws Exception {
        out.printf(
                "%s: train %d, valid %s, test %d rows%n",
                dataset, train.size(), valid == null ? "none" : valid.size(), test.size());
        MaxentParams standard = MaxentParams.standard();
        MaxentParams params = new MaxentParams(iterations, standard.l2(), standard.cutoff(), standard.threads());
        BenchmarkRunner runner = new BenchmarkRunner(
                new IcuTextNormalizer(new ScriptLanguageDetector()), new LuceneTokenizer(), params, k, out);
        BenchmarkResult result = runner.run(dataset, train, valid, test);
        out.printf("in-scope accuracy, no rejection: %.4f%n", result.inScopeAccuracyNoReject());
        if (result.threshold() != null) {
            out.printf(
                    "at threshold %.2f: in-scope accuracy %.4f, out-of-scope recall %.4f, precision %.4f%n",
                    result.threshold(), result.inScopeAccuracy(), result.oosRecall(), result.oosPrecision());
        }
        out.println(json.writeValueAsString(result));
        return 0;
    }
}
