package dev.baton.learning;

import dev.baton.nlu.LuceneTokenizer;
import dev.baton.nlu.OnnxSentenceEncoder;
import dev.baton.nlu.SentenceEncoder;
import dev.baton.nlu.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Groups messages that ask the same thing, for editors to teach Baton a group at a time.
 *
 * <p>Each message is normalised and turned into a sentence vector by the encoder Baton's second opinion uses
 * (BGE-small-zh for text with Chinese characters, MiniLM for the rest), and two messages are as alike as the
 * cosine of their vectors, measured against the encoder space's background: {@code z = (cos - mean) / spread},
 * where mean and spread are those of two training examples of different corpus entries in that space
 * ({@link #MEASURED}). The two spaces' raw cosines live on different scales (two unrelated Chinese questions
 * score about 0.42, two unrelated English ones 0.12), and the background puts them on one: z says how many
 * spreads two messages are closer than two unrelated support questions. Messages in different spaces are
 * never grouped: the vectors of the two models do not compare. Then average-linkage clustering
 * ({@link AverageLinkage}) merges groups while their mean pairwise z is at least the threshold,
 * {@value #THRESHOLD} by default: chosen on the project's own development sample, where it kept groups pure
 * (share of messages whose group's main topic is theirs) at 0.93-1.0 while grouping 55-67% of the messages;
 * {@code baton benchmark learning} sweeps it on labelled sets (see {@code docs/knowledge.md}).
 *
 * <p>A group's terms are Lucene's {@linkplain LuceneTokenizer#words words} that most set it apart: the share
 * of its messages that use a word times the word's inverse document frequency over every message grouped.
 */
public final class MessageGrouping {

    /** The default cut, in spreads above the background. */
    public static final double THRESHOLD = 1.5;
    /** At most this many terms label a group. */
    static final int TERMS = 5;

    /**
     * The background of {@link OnnxSentenceEncoder}'s spaces: mean and standard deviation of the cosine between
     * two training examples of different entries, measured on 600 examples of the corpus (45,675 Chinese and
     * 39,356 English pairs).
     */
    public static final Map<String, Background> MEASURED = Map.of(
            OnnxSentenceEncoder.HAN, new Background(0.422, 0.096),
            OnnxSentenceEncoder.LATIN, new Background(0.122, 0.107));

    /** How alike two unrelated messages of one encoder space are: the mean cosine and its spread. */
    public record Background(double mean, double spread) {
        public Background {
            if (!(spread > 0)) {
                throw new IllegalArgumentException("the spread must be positive: " + spread);
            }
        }
    }

    /** A message as grouping sees it: its encoder space, its unit vector and its words. */
    public record Embedded(String space, float[] vector, List<String> words) {
        public Embedded {
            Objects.requireNonNull(space, "space");
            Objects.requireNonNull(vector, "vector");
            words = List.copyOf(words);
        }
    }

    /** A group: indexes into the messages grouped, ascending, and the terms that set it apart. */
    public record Group(List<Integer> members, List<String> terms) {
        public Group {
            members = List.copyOf(members);
            terms = List.copyOf(terms);
        }
    }

    private final TextNormalizer normalizer;
    private final LuceneTokenizer tokenizer;
    private final SentenceEncoder encoder;
    private final Map<String, Background> backgrounds;
    private final double threshold;

    public MessageGrouping(
            TextNormalizer normalizer,
            LuceneTokenizer tokenizer,
            SentenceEncoder encoder,
            Map<String, Background> backgrounds,
            double threshold) {
        for (String space : encoder.spaces()) {
            if (!backgrounds.containsKey(space)) {
                throw new IllegalArgumentException("no background for the encoder space " + space);
            }
        }
        this.normalizer = normalizer;
        this.tokenizer = tokenizer;
        this.encoder = encoder;
        this.backgrounds = Map.copyOf(backgrounds);
        this.threshold = threshold;
    }

    /** Grouping with {@link OnnxSentenceEncoder}, its {@linkplain #MEASURED measured} backgrounds and the default cut. */
    public static MessageGrouping standard(
            TextNormalizer normalizer, LuceneTokenizer tokenizer, SentenceEncoder encoder) {
        if (!OnnxSentenceEncoder.NAME.equals(encoder.name())) {
            throw new IllegalArgumentException(
                    "the backgrounds were measured for " + OnnxSentenceEncoder.NAME + ", not " + encoder.name());
        }
        return new MessageGrouping(normalizer, tokenizer, encoder, MEASURED, THRESHOLD);
    }

    /** The message as grouping sees it (4-20 ms of encoding: keep it). */
    public Embedded embed(String text) {
        String normalized = normalizer.normalize(text).text();
        String space = encoder.spaceOf(normalized);
        return new Embedded(space, encoder.encode(normalized, space), tokenizer.words(normalized));
    }

    /** The groups of the messages at the default cut; every message is in exactly one, alone if need be. */
    public List<Group> group(List<Embedded> messages) {
        return group(messages, threshold);
    }

    /** The groups of the messages at the cut {@code threshold} (in spreads above the background). */
    public List<Group> group(List<Embedded> messages, double threshold) {
        int n = messages.size();
        float[][] z = new float[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                z[i][j] = z[j][i] = alike(messages.get(i), messages.get(j));
            }
        }
        Map<String, Integer> documents = new HashMap<>();
        for (Embedded m : messages) {
            new LinkedHashSet<>(m.words()).forEach(w -> documents.merge(w, 1, Integer::sum));
        }
        List<Group> groups = new ArrayList<>();
        for (List<Integer> members : AverageLinkage.clusters(z, threshold)) {
            groups.add(new Group(members, terms(messages, members, documents)));
        }
        return groups;
    }

    private float alike(Embedded a, Embedded b) {
        if (!a.space().equals(b.space())) {
            return Float.NEGATIVE_INFINITY;
        }
        double cos = 0;
        for (int k = 0; k < a.vector().length; k++) {
            cos += a.vector()[k] * b.vector()[k];
        }
        Background background = backgrounds.get(a.space());
        return (float) ((cos - background.mean()) / background.spread());
    }

    /**
     * The words that set a group apart; in a group of several, only words at least two of its messages share
     * (a word one message used says nothing of the group). Ties go to the word seen first.
     */
    private static List<String> terms(List<Embedded> messages, List<Integer> members, Map<String, Integer> documents) {
        Map<String, Integer> inGroup = new java.util.LinkedHashMap<>();
        for (int i : members) {
            for (String word : new LinkedHashSet<>(messages.get(i).words())) {
                if (readable(word)) {
                    inGroup.merge(word, 1, Integer::sum);
                }
            }
        }
        int least = members.size() > 1 ? 2 : 1;
        double all = messages.size();
        return inGroup.entrySet().stream()
                .filter(e -> e.getValue() >= least)
                .sorted((x, y) -> Double.compare(
                        score(y.getValue(), members.size(), documents.get(y.getKey()), all),
                        score(x.getValue(), members.size(), documents.get(x.getKey()), all)))
                .limit(TERMS)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static double score(int inGroup, int size, int documents, double all) {
        return inGroup / (double) size * Math.log(1 + all / documents);
    }

    /** A word worth showing: two characters or more, not a bare number. */
    private static boolean readable(String word) {
        return word.codePointCount(0, word.length()) >= 2 && !word.chars().allMatch(Character::isDigit);
    }
}
