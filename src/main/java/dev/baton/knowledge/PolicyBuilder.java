package dev.baton.knowledge;

import dev.baton.decision.Decider;
import dev.baton.decision.DecisionPolicy;
import dev.baton.decision.Localizer;
import dev.baton.faq.CorpusTexts;
import dev.baton.faq.FaqCorpus;
import dev.baton.faq.LuceneFaqRetriever;
import dev.baton.faq.LuceneSemanticIndex;
import dev.baton.faq.SemanticSecondOpinion;
import dev.baton.nlu.HybridIntentClassifier;
import dev.baton.nlu.LabelledText;
import dev.baton.nlu.LuceneTokenizer;
import dev.baton.nlu.MaxentIntentClassifier;
import dev.baton.nlu.TextNormalizer;
import dev.baton.safety.FundsAtRiskRules;
import dev.baton.safety.SecretScanner;
import dev.baton.training.CorpusTrainer;
import dev.baton.training.MaxentParams;
import dev.baton.training.MaxentTrainer;
import dev.baton.training.ModelCard;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds a whole decision policy for a version of the corpus, so it can be swapped in at once: the intent
 * model, the retriever index and the semantic second opinion, with the safety checks every version shares.
 *
 * <p>A draft is trained on the <em>fast path</em>: the maxent model on every training example (about 3.5 s for
 * the shipped corpus on this project's 2-core machine) with the blend and thresholds the shipped model's
 * cross-validation chose, instead of choosing them again (3-4 minutes). Sentence vectors are remembered by
 * text, so re-indexing a corpus with a few new examples encodes only those (about 6 ms each). The quality
 * gate, not cross-validation, decides whether the result may go live.
 */
public final class PolicyBuilder {

    /**
     * What every version shares.
     *
     * @param card the shipped model's card: its training settings, blend and thresholds are every version's
     */
    public record Shared(
            SecretScanner scanner,
            FundsAtRiskRules rules,
            TextNormalizer normalizer,
            LuceneTokenizer tokenizer,
            Localizer localizer,
            ModelCard card,
            Clock clock) {}

    /** A policy built for a corpus, with the model (OpenNLP's bytes) and card to keep beside it. */
    public record Built(DecisionPolicy policy, FaqCorpus corpus, byte[] model, ModelCard card) {}

    private final Shared shared;
    private final dev.baton.nlu.SentenceEncoder encoder;
    private final Map<String, List<float[]>> vectors = new ConcurrentHashMap<>();
    /** An index whose vectors are read into {@link #vectors} at the first build, not before: they take 13 MB. */
    private volatile Seed seed;

    private record Seed(FaqCorpus corpus, LuceneSemanticIndex index) {}

    /** @param encoder the second opinion's sentence encoder, or null for policies without one */
    public PolicyBuilder(Shared shared, dev.baton.nlu.SentenceEncoder encoder) {
        this.shared = shared;
        this.encoder = encoder;
    }

    public Shared shared() {
        return shared;
    }

    /** The second opinion's sentence encoder, shared with whatever else encodes messages; null without one. */
    public dev.baton.nlu.SentenceEncoder encoder() {
        return encoder;
    }

    /**
     * Remembers the vectors of an index built from {@code corpus}'s examples, so they are not encoded again;
     * read at the first build.
     */
    public void remember(FaqCorpus corpus, LuceneSemanticIndex index) {
        this.seed = new Seed(corpus, index);
    }

    private synchronized void readSeed() {
        Seed s = seed;
        if (s == null) {
            return;
        }
        seed = null;
        FaqCorpus corpus = s.corpus();
        LuceneSemanticIndex index = s.index();
        List<LabelledText> examples = CorpusTexts.examples(corpus, shared.normalizer());
        List<List<float[]>> known = index.vectors();
        if (known.size() != examples.size()) {
            return; // not this corpus's index: nothing to reuse
        }
        for (int i = 0; i < examples.size(); i++) {
            vectors.putIfAbsent(examples.get(i).text(), known.get(i));
        }
    }

    /** Trains a model for {@code corpus} on the fast path and builds its policy. */
    public Built train(FaqCorpus corpus) {
        List<LabelledText> examples = CorpusTexts.examples(corpus, shared.normalizer());
        MaxentIntentClassifier classifier = MaxentTrainer.train(
                examples, CorpusTrainer.FEATURES.over(shared.tokenizer()), MaxentParams.forCorpus());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            classifier.save(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ModelCard base = shared.card();
        ModelCard card = new ModelCard(
                corpus.hash(),
                LocalDate.now(shared.clock()).toString(),
                examples.size(),
                classifier.labels(),
                base.training(),
                base.blend(),
                base.thresholds(),
                null,
                base.secondOpinion());
        return new Built(policy(corpus, classifier, examples, card), corpus, bytes.toByteArray(), card);
    }

    /** The policy of a version whose model was trained already. */
    public Built load(FaqCorpus corpus, byte[] model, ModelCard card) {
        MaxentIntentClassifier classifier;
        try {
            classifier = MaxentIntentClassifier.load(
                    new ByteArrayInputStream(model), card.training().features().over(shared.tokenizer()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a stored model: " + e.getMessage(), e);
        }
        List<LabelledText> examples = CorpusTexts.examples(corpus, shared.normalizer());
        return new Built(policy(corpus, classifier, examples, card), corpus, model, card);
    }

    private DecisionPolicy policy(
            FaqCorpus corpus, MaxentIntentClassifier classifier, List<LabelledText> examples, ModelCard card) {
        List<LabelledText> indexed = new ArrayList<>(examples);
        indexed.addAll(CorpusTexts.answers(corpus, shared.normalizer()));
        LuceneFaqRetriever retriever = LuceneFaqRetriever.build(
                indexed, shared.tokenizer(), corpus.synonyms(), card.training().retriever());
        SemanticSecondOpinion second = null;
        if (encoder != null && card.secondOpinion() != null) {
            readSeed();
            List<List<float[]>> perExample = new ArrayList<>(examples.size());
            for (LabelledText example : examples) {
                perExample.add(vectors.computeIfAbsent(
                        example.text(),
                        text -> LuceneSemanticIndex.vectors(List.of(example), encoder)
                                .get(0)));
            }
            LuceneSemanticIndex index = LuceneSemanticIndex.build(examples, perExample, encoder);
            second = new SemanticSecondOpinion(
                    index, classifier.labels(), card.secondOpinion().blend());
        }
        return policy(corpus, classifier, retriever, second, card);
    }

    /** The policy over models already opened (the shipped ones, read from disk at start). */
    public DecisionPolicy policy(
            FaqCorpus corpus,
            MaxentIntentClassifier classifier,
            LuceneFaqRetriever retriever,
            SemanticSecondOpinion second,
            ModelCard card) {
        return new DecisionPolicy(
                shared.scanner(),
                shared.rules(),
                shared.normalizer(),
                new HybridIntentClassifier(classifier, retriever, card.blend()),
                new Decider(corpus, shared.localizer()),
                card.thresholds(),
                second,
                second == null ? null : card.secondOpinion().thresholds());
    }
}
