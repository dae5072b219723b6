package dev.baton.faq;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.nlu.IcuTextNormalizer;
import dev.baton.nlu.ScriptLanguageDetector;
import dev.baton.nlu.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No message of an evaluation set (the blind sets and the realistic set in {@code faq-corpus/eval/}), nor a
 * near-duplicate of one, is a training example: a figure measured on a message the model learnt from is not
 * a measurement. Near means a Jaccard similarity of character 5-grams of at least {@value #NEAR} after
 * Baton's own normalisation (NFKC, lower case, Traditional to Simplified, spaces collapsed).
 */
class EvaluationSetsStayUnseenTest {

    static final double NEAR = 0.8;
    static final int GRAM = 5;

    private static final TextNormalizer NORMALIZER = new IcuTextNormalizer(new ScriptLanguageDetector());

    @Test
    void noEvaluationMessageOrNearDuplicateIsTrainedOn() throws IOException {
        FaqCorpus corpus = new FaqCorpusLoader().load(Path.of("faq-corpus"));
        List<String> training = new ArrayList<>();
        for (FaqEntry entry : corpus.entries()) {
            training.addAll(entry.examples().zh());
            training.addAll(entry.examples().en());
        }
        List<String> evaluation = evaluationMessages(Path.of("faq-corpus/eval"));
        assertThat(evaluation).hasSizeGreaterThan(1_000);
        assertThat(nearDuplicates(evaluation, training)).isEmpty();
    }

    @Test
    void theCheckFindsCopiesAndNearCopiesAndNothingElse() {
        List<String> training = List.of("錢包突然登不進去了 裡面有二十多萬", "how long does email support take", "怎么联系客服");
        List<String> evaluation = List.of(
                "钱包突然登不进去了，里面有二十多万",
                "How long does email support take?!",
                "怎么联系客服",
                "how long does chat support take to reply",
                "钱包登不进去");
        assertThat(nearDuplicates(evaluation, training))
                .containsExactly(
                        "钱包突然登不进去了，里面有二十多万 ~ 錢包突然登不進去了 裡面有二十多萬",
                        "How long does email support take?! ~ how long does email support take",
                        "怎么联系客服 ~ 怎么联系客服");
    }

    /** "evaluation ~ training" for every pair at or above {@link #NEAR}. */
    static List<String> nearDuplicates(List<String> evaluation, List<String> training) {
        Map<String, List<Integer>> postings = new HashMap<>();
        List<Set<String>> trainingGrams = new ArrayList<>();
        for (int i = 0; i < training.size(); i++) {
            Set<String> grams = grams(training.get(i));
            trainingGrams.add(grams);
            for (String gram : grams) {
                postings.computeIfAbsent(gram, g -> new ArrayList<>()).add(i);
            }
        }
        List<String> found = new ArrayList<>();
        for (String message : evaluation) {
            Set<String> grams = grams(message);
            Set<Integer> candidates = new HashSet<>();
            for (String gram : grams) {
                candidates.addAll(postings.getOrDefault(gram, List.of()));
            }
            for (int i : candidates.stream().sorted().toList()) {
                if (jaccard(grams, trainingGrams.get(i)) >= NEAR) {
                    found.add(message + " ~ " + training.get(i));
                }
            }
        }
        return found;
    }

    static Set<String> grams(String text) {
        String t = NORMALIZER
                .normalize(text)
                .text()
                .replaceAll("[\\p{P}\\p{S}\\s]+", " ")
                .strip();
        Set<String> grams = new HashSet<>();
        if (t.length() <= GRAM) {
            grams.add(t);
            return grams;
        }
        for (int i = 0; i + GRAM <= t.length(); i++) {
            grams.add(t.substring(i, i + GRAM));
        }
        return grams;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int common = 0;
        for (String gram : a) {
            common += b.contains(gram) ? 1 : 0;
        }
        return common / (double) (a.size() + b.size() - common);
    }

    private static List<String> evaluationMessages(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> messages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        messages.add(json.readTree(line).get("text").asText());
                    }
                }
            }
        }
        return messages;
    }
}
