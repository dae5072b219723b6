package dev.baton.training;

import dev.baton.faq.LuceneFaqRetriever;
import dev.baton.faq.Synonyms;
import dev.baton.nlu.HybridIntentClassifier;
import dev.baton.nlu.HybridIntentClassifier.Blend;
import dev.baton.nlu.HybridIntentClassifier.Signals;
import dev.baton.nlu.LabelledText;
import dev.baton.nlu.LuceneTokenizer;
import dev.baton.nlu.MaxentIntentClassifier;
import dev.baton.nlu.NormalizedText;
import dev.baton.nlu.Prediction;
import dev.baton.nlu.TextNormalizer;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains Baton's intent pipeline (maxent + retriever vote) on a public intent benchmark, calibrates the
 * blend weight and the out-of-scope threshold on held-out rows, and measures the test split.
 */
public final class BenchmarkRunner {

    /** The label public benchmarks use for out-of-scope rows. */
    public static final String OOS = "oos";

    /** A row of a benchmark file. */
    public record Row(String text, String label) {}

    private final TextNormalizer normalizer;
    private final LuceneTokenizer tokenizer;
    private final MaxentParams params;
    private final int k;
    private final PrintStream log;

    public BenchmarkRunner(
            TextNormalizer normalizer, LuceneTokenizer tokenizer, MaxentParams params, int k, PrintStream log) {
        this.normalizer = normalizer;
        this.tokenizer = tokenizer;
        this.params = params;
        this.k = k;
        this.log = log;
    }

    /**
     * @param valid rows to calibrate on, or null to hold out every tenth training row for calibration
     */
    public BenchmarkResult run(String dataset, List<Row> train, List<Row> valid, List<Row> test) {
        List<LabelledText> trainSet = labelled(train);
        if (valid == null) {
            List<Row> fit = new ArrayList<>();
            List<Row> held = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) {
                (i % 10 == 9 ? held : fit).add(train.get(i));
            }
            log.printf("calibration: training on %d rows, holding out %d%n", fit.size(), held.size());
            HybridIntentClassifier probe = build(labelled(fit), new Blend(0.5, k));
            return finish(dataset, trainSet, calibrate(probe, normalized(held)), test);
        }
        List<Labelled> calibration = normalized(valid);
        long start = System.nanoTime();
        HybridIntentClassifier model = build(trainSet, new Blend(0.5, k));
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        log.printf("trained on %d rows in %.1f s%n", trainSet.size(), trainSeconds);
        Calibration chosen = calibrate(model, calibration);
        return measure(
                dataset,
                new HybridIntentClassifier(model.maxent(), model.neighbours(), new Blend(chosen.weight(), k)),
                chosen,
                trainSeconds,
                test);
    }

    private BenchmarkResult finish(String dataset, List<LabelledText> trainSet, Calibration chosen, List<Row> test) {
        long start = System.nanoTime();
        HybridIntentClassifier model = build(trainSet, new Blend(chosen.weight(), k));
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        log.printf("trained on %d rows in %.1f s%n", trainSet.size(), trainSeconds);
        return measure(dataset, model, chosen, trainSeconds, test);
    }

    private HybridIntentClassifier build(List<LabelledText> examples, Blend blend) {
        MaxentIntentClassifier maxent = MaxentTrainer.train(examples, tokenizer, params);
        LuceneFaqRetriever retriever = LuceneFaqRetriever.build(examples, tokenizer, Synonyms.none());
        return new HybridIntentClassifier(maxent, retriever, blend);
    }

    private Calibration calibrate(HybridIntentClassifier model, List<Labelled> rows) {
        List<Signals> signals = new ArrayList<>(rows.size());
        for (Labelled row : rows) {
            signals.add(model.signals(row.text()));
        }
        Calibration best = null;
        for (int w = 0; w <= 100; w++) {
            double weight = w / 100.0;
            List<Scored> scored = score(model.labels(), signals, rows, weight);
            Calibration c = Calibration.choose(weight, scored);
            if (best == null || c.objective() > best.objective() + 1e-9) {
                best = c;
            }
        }
        log.printf(
                "calibrated: weight %.2f, threshold %.2f (held-out accuracy %.4f, oos recall %s)%n",
                best.weight(), best.threshold(), best.inScopeAccuracy(), best.oosRecall());
        return best;
    }

    private BenchmarkResult measure(
            String dataset, HybridIntentClassifier model, Calibration chosen, double trainSeconds, List<Row> test) {
        for (Row row : test) {
            model.classify(normalizer.normalize(row.text())); // warm-up
        }
        long[] nanos = new long[test.size()];
        List<Scored> scored = new ArrayList<>(test.size());
        for (int i = 0; i < test.size(); i++) {
            Row row = test.get(i);
            long start = System.nanoTime();
            Prediction p = model.classify(normalizer.normalize(row.text()));
            nanos[i] = System.nanoTime() - start;
            scored.add(new Scored(row.label(), p.intent(), p.confidence()));
        }
        Calibration.Counts counts = Calibration.Counts.of(scored, chosen.threshold());
        Percentiles latency = new Percentiles(nanos);
        boolean hasOos = counts.oosTotal() > 0;
        return new BenchmarkResult(
                dataset,
                counts.inScopeAccuracy(0),
                hasOos ? counts.inScopeAccuracy(1) : null,
                hasOos ? counts.oosRecall() : null,
                hasOos ? counts.oosPrecision() : null,
                hasOos ? chosen.threshold() : null,
                round(trainSeconds, 1),
                latency.at(50) / 1000,
                latency.at(99) / 1000);
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }

    private static List<Scored> score(List<String> labels, List<Signals> signals, List<Labelled> rows, double weight) {
        List<Scored> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            double[] combined = HybridIntentClassifier.combine(signals.get(i), weight);
            int best = HybridIntentClassifier.best(combined);
            out.add(new Scored(rows.get(i).label(), labels.get(best), combined[best]));
        }
        return out;
    }

    private List<LabelledText> labelled(List<Row> rows) {
        List<LabelledText> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            if (!row.label().equals(OOS)) {
                NormalizedText n = normalizer.normalize(row.text());
                out.add(new LabelledText(row.label(), n.language(), n.text()));
            }
        }
        return out;
    }

    private List<Labelled> normalized(List<Row> rows) {
        List<Labelled> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            out.add(new Labelled(normalizer.normalize(row.text()), row.label()));
        }
        return out;
    }

    private record Labelled(NormalizedText text, String label) {}
}
