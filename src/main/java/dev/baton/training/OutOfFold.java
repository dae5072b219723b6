package dev.baton.training;

import dev.baton.decision.ActionLabel;
import dev.baton.decision.ReplyLanguage;
import dev.baton.faq.FaqCorpus;
import dev.baton.faq.FaqHit;
import dev.baton.faq.LuceneFaqRetriever;
import dev.baton.nlu.HybridIntentClassifier;
import dev.baton.nlu.HybridIntentClassifier.Blend;
import dev.baton.nlu.HybridIntentClassifier.Signals;
import dev.baton.nlu.LabelledText;
import dev.baton.nlu.LuceneTokenizer;
import dev.baton.nlu.MaxentIntentClassifier;
import dev.baton.nlu.NormalizedText;
import dev.baton.nlu.SentenceEncoder;
import dev.baton.safety.FundsAtRiskRules;
import dev.baton.safety.RiskKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Cross-validation for {@link CorpusTrainer}: each training example predicted by models that never saw it.
 * Folds are assigned by position within each label, so a run is deterministic.
 */
final class OutOfFold {

    private final LuceneTokenizer tokenizer;
    private final FundsAtRiskRules rules;
    private final MaxentParams params;
    private final int folds;
    private final List<Integer> ks;
    private final SentenceEncoder encoder;

    /** @param ks the retriever vote's neighbour counts to keep signals for; encoder may be null */
    OutOfFold(
            LuceneTokenizer tokenizer,
            FundsAtRiskRules rules,
            MaxentParams params,
            int folds,
            List<Integer> ks,
            SentenceEncoder encoder) {
        this.tokenizer = tokenizer;
        this.rules = rules;
        this.params = params;
        this.folds = folds;
        this.ks = ks;
        this.encoder = encoder;
    }

    /**
     * One example as predicted out of fold: the action its entry expects, the classifier's labels, the maxent
     * and retriever signals for each k, the funds-at-risk rule it trips, its semantic neighbours and each
     * label's index.
     */
    record Held(
            LabelledText example,
            String expected,
            List<String> labels,
            Map<Integer, Signals> signals,
            Optional<RiskKind> risk,
            ReplyLanguage language,
            List<FaqHit> neighbours,
            Map<String, Integer> indexOf) {}

    /**
     * Every example, predicted by the maxent model and retriever trained on the other folds, with its k
     * nearest examples of other folds in sentence-vector space when {@code vectors} are given (else none).
     */
    List<Held> predict(
            List<LabelledText> examples, List<LabelledText> answers, FaqCorpus corpus, List<List<float[]>> vectors) {
        int[] fold = new int[examples.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            fold[i] = seen.merge(examples.get(i).label(), 1, Integer::sum) % folds;
        }
        List<Held> held = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            List<LabelledText> fit = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] != f) {
                    fit.add(examples.get(i));
                }
            }
            List<LabelledText> indexed = new ArrayList<>(fit);
            indexed.addAll(answers);
            MaxentIntentClassifier maxent = MaxentTrainer.train(fit, CorpusTrainer.FEATURES.over(tokenizer), params);
            LuceneFaqRetriever retriever =
                    LuceneFaqRetriever.build(indexed, tokenizer, corpus.synonyms(), CorpusTrainer.RETRIEVER);
            Map<String, Integer> indexOf = new HashMap<>();
            for (int i = 0; i < maxent.labels().size(); i++) {
                indexOf.put(maxent.labels().get(i), i);
            }
            for (int t = 0; t < examples.size(); t++) {
                if (fold[t] != f) {
                    continue;
                }
                LabelledText example = examples.get(t);
                List<FaqHit> neighbours = vectors == null ? List.of() : nearest(examples, vectors, fold, t);
                NormalizedText text = new NormalizedText(example.text(), example.text(), example.language(), false);
                String expected =
                        ActionLabel.expected(corpus.entry(example.label()).orElseThrow());
                Map<Integer, Signals> signals = new HashMap<>();
                for (int k : ks) {
                    signals.put(k, new HybridIntentClassifier(maxent, retriever, new Blend(0.5, k)).signals(text));
                }
                held.add(new Held(
                        example,
                        expected,
                        maxent.labels(),
                        signals,
                        rules.match(example.text()),
                        ReplyLanguage.of(example.language()),
                        neighbours,
                        indexOf));
            }
        }
        return held;
    }

    /** The nearest training examples of other folds to example {@code t}, in its space, by brute force. */
    private List<FaqHit> nearest(List<LabelledText> examples, List<List<float[]>> vectors, int[] fold, int t) {
        int space = encoder.spaces().indexOf(encoder.spaceOf(examples.get(t).text()));
        float[] query = vectors.get(t).get(space);
        int k = CorpusTrainer.SEMANTIC_KS.get(CorpusTrainer.SEMANTIC_KS.size() - 1);
        PriorityQueue<FaqHit> top = new PriorityQueue<>(Comparator.comparingDouble(FaqHit::score));
        for (int i = 0; i < examples.size(); i++) {
            if (fold[i] == fold[t]) {
                continue;
            }
            float[] v = vectors.get(i).get(space);
            double dot = 0;
            for (int d = 0; d < v.length; d++) {
                dot += query[d] * v[d];
            }
            if (top.size() < k) {
                top.add(new FaqHit(examples.get(i).label(), dot));
            } else if (dot > top.peek().score()) {
                top.poll();
                top.add(new FaqHit(examples.get(i).label(), dot));
            }
        }
        List<FaqHit> hits = new ArrayList<>(top);
        hits.sort(Comparator.comparingDouble(FaqHit::score).reversed());
        return hits;
    }
}
