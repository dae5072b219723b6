package dev.baton.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.baton.faq.CorpusTexts;
import dev.baton.faq.FaqCorpusLoader;
import dev.baton.nlu.IcuTextNormalizer;
import dev.baton.nlu.LabelledText;
import dev.baton.nlu.OnnxSentenceEncoder;
import dev.baton.nlu.ScriptLanguageDetector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The backgrounds grouping measures similarity against still describe the shipped encoder on the corpus: a
 * new encoder or a corpus that drifted far makes the constants stale, and this says so.
 */
class MeasuredBackgroundTest {

    @Test
    void theMeasuredBackgroundsMatchTheEncoderOnTheCorpus() {
        List<LabelledText> examples = new ArrayList<>(CorpusTexts.examples(
                new FaqCorpusLoader().load(Path.of("faq-corpus")),
                new IcuTextNormalizer(new ScriptLanguageDetector())));
        Collections.shuffle(examples, new Random(7));
        examples = examples.subList(0, Math.min(600, examples.size()));
        OnnxSentenceEncoder encoder = OnnxSentenceEncoder.load();
        int n = examples.size();
        String[] spaces = new String[n];
        float[][] vectors = new float[n][];
        for (int i = 0; i < n; i++) {
            spaces[i] = encoder.spaceOf(examples.get(i).text());
            vectors[i] = encoder.encode(examples.get(i).text(), spaces[i]);
        }
        for (String space : encoder.spaces()) {
            double sum = 0;
            double squares = 0;
            int pairs = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    boolean unrelated =
                            !examples.get(i).label().equals(examples.get(j).label());
                    if (unrelated && spaces[i].equals(space) && spaces[j].equals(space)) {
                        double cos = 0;
                        for (int k = 0; k < vectors[i].length; k++) {
                            cos += vectors[i][k] * vectors[j][k];
                        }
                        sum += cos;
                        squares += cos * cos;
                        pairs++;
                    }
                }
            }
            double mean = sum / pairs;
            MessageGrouping.Background measured = MessageGrouping.MEASURED.get(space);
            assertThat(mean).as(space).isCloseTo(measured.mean(), within(0.02));
            assertThat(Math.sqrt(squares / pairs - mean * mean)).as(space).isCloseTo(measured.spread(), within(0.02));
        }
    }
}
