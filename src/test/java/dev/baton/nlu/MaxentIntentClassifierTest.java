package dev.baton.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaxentIntentClassifierTest {

    private final LuceneTokenizer tokenizer = new LuceneTokenizer();
    private final MaxentIntentClassifier model = TinyModels.train();

    @Test
    void learnsTheTinyIntents() {
        assertThat(model.classify(text("客服在哪里")).intent()).isEqualTo("contact");
        assertThat(model.classify(text("how fast do you reply")).intent()).isEqualTo("speed");
        assertThat(model.classify(text("hello there")).intent()).isEqualTo("greeting");
    }

    @Test
    void aModelSavedAndLoadedPredictsExactlyWhatTheTrainedOneDid(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("model.bin");
        try (OutputStream out = Files.newOutputStream(file)) {
            model.save(out);
        }
        MaxentIntentClassifier loaded;
        try (InputStream in = Files.newInputStream(file)) {
            loaded = MaxentIntentClassifier.load(in, tokenizer);
        }
        assertThat(loaded.labels()).isEqualTo(model.labels());
        for (String probe : TinyModels.PROBES) {
            assertThat(loaded.probabilities(probe)).containsExactly(model.probabilities(probe));
        }
    }

    @Test
    void trainingIsDeterministic() {
        MaxentIntentClassifier again = TinyModels.train();
        for (String probe : TinyModels.PROBES) {
            assertThat(again.probabilities(probe)).containsExactly(model.probabilities(probe));
        }
    }

    @Test
    void oneInstanceGivesTheSameAnswersFromManyThreads() throws Exception {
        List<double[]> expected = new ArrayList<>();
        for (String probe : TinyModels.PROBES) {
            expected.add(model.probabilities(probe));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Callable<Integer> task = () -> {
                    int mismatches = 0;
                    for (int i = 0; i < 500; i++) {
                        int p = i % TinyModels.PROBES.size();
                        double[] got = model.probabilities(TinyModels.PROBES.get(p));
                        mismatches += java.util.Arrays.equals(got, expected.get(p)) ? 0 : 1;
                    }
                    return mismatches;
                };
                results.add(pool.submit(task));
            }
            for (Future<Integer> r : results) {
                assertThat(r.get()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMessageWithoutFeaturesGetsAFlatDistribution() {
        Prediction p = model.classify(text("?!"));
        assertThat(p.confidence()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(p.margin()).isZero();
    }

    private static NormalizedText text(String s) {
        return new NormalizedText(s, s, s.chars().anyMatch(c -> c > 0x2E80) ? Language.ZH : Language.EN, false);
    }
}
