package dev.baton.faq;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.baton.nlu.IntentScore;
import dev.baton.nlu.MaxentIntentClassifier;
import dev.baton.nlu.NormalizedText;
import dev.baton.nlu.Prediction;
import dev.baton.nlu.SecondOpinion;
import dev.baton.nlu.SentenceEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * The second opinion from meaning rather than shared words: the first ranking blended with a vote of the
 * message's nearest training examples in sentence-vector space ({@link SemanticVote}). Weight and
 * {@code k} are chosen by cross-validation and kept in the model card. Thread-safe.
 *
 * <p>Encoding a message costs 4-20 ms of CPU on two cores, against about 0.1 ms for the rest of a
 * decision. So the vectors of recent messages are kept (many users send the same short message, "客服是
 * 真人吗", "好的"), and at most {@value #ENCODERS} message is encoded at a time: a turn that finds the encoder
 * busy is decided on the first ranking, as it would be without this opinion, instead of queueing behind it.
 * Under load the second opinion thins out rather than slowing every turn.
 */
public final class SemanticSecondOpinion implements SecondOpinion {

    /** How the vote is taken and mixed in. */
    public record Blend(double weight, int k) {
        public Blend {
            if (weight < 0 || weight > 1) {
                throw new IllegalArgumentException("weight must be within 0..1: " + weight);
            }
            if (k < 1) {
                throw new IllegalArgumentException("k must be positive: " + k);
            }
        }
    }

    /** Messages encoded at once: ONNX Runtime already spreads one encoding over both cores. */
    static final int ENCODERS = 1;

    static final int REMEMBERED = 10_000;

    private final LuceneSemanticIndex index;
    private final Semaphore encoders = new Semaphore(ENCODERS);
    private final Cache<String, float[]> vectors =
            Caffeine.newBuilder().maximumSize(REMEMBERED).build();
    private final List<String> labels;
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final Blend blend;

    public SemanticSecondOpinion(LuceneSemanticIndex index, List<String> labels, Blend blend) {
        this.index = index;
        this.labels = List.copyOf(labels);
        this.blend = blend;
        for (int i = 0; i < this.labels.size(); i++) {
            indexOf.put(this.labels.get(i), i);
        }
    }

    /** Opens the index {@code train} wrote to {@code dir}, searched with vectors from {@code encoder}. */
    public static SemanticSecondOpinion open(Path dir, SentenceEncoder encoder, List<String> labels, Blend blend) {
        try {
            return new SemanticSecondOpinion(LuceneSemanticIndex.open(dir, encoder), labels, blend);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the semantic index in " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Prediction> refine(NormalizedText text, Prediction first) {
        String space = index.spaceOf(text.text());
        String key = space + '\u0000' + text.text();
        float[] vector = vectors.getIfPresent(key);
        if (vector == null) {
            if (!encoders.tryAcquire()) {
                return Optional.empty();
            }
            try {
                vector = index.encode(text.text(), space);
            } finally {
                encoders.release();
            }
            vectors.put(key, vector);
        }
        double[] lexical = new double[labels.size()];
        for (IntentScore score : first.ranked()) {
            Integer at = indexOf.get(score.intent());
            if (at != null) {
                lexical[at] = score.score();
            }
        }
        double[] vote =
                SemanticVote.shares(index.neighbours(vector, space, blend.k()), blend.k(), indexOf, labels.size());
        return Optional.of(MaxentIntentClassifier.rank(labels, SemanticVote.blend(lexical, vote, blend.weight())));
    }
}
