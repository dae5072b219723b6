package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.Understanding;
import dev.baton.faq.CorpusTexts;
import dev.baton.faq.FaqCorpus;
import dev.baton.faq.LuceneFaqRetriever;
import dev.baton.nlu.IcuTextNormalizer;
import dev.baton.nlu.LabelledText;
import dev.baton.nlu.LuceneTokenizer;
import dev.baton.nlu.NormalizedText;
import dev.baton.nlu.ScriptLanguageDetector;
import dev.baton.nlu.TextNormalizer;
import dev.baton.training.DevSplit;
import dev.baton.training.EvalCase;
import dev.baton.training.ModelCard;
import dev.baton.training.ModelStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model and index in models/ must be the ones trained on faq-corpus/ as it is now. */
class ShippedModelTest {

    @Test
    void theShippedModelWasTrainedOnTheCurrentCorpus() throws Exception {
        FaqCorpus corpus = Understanding.corpus(Path.of("faq-corpus"));
        ModelCard card = new ModelStore(Path.of("models")).card();
        assertThat(card.corpusHash())
                .as("models/ is stale: faq-corpus/ changed since training; run: java -jar target/baton.jar train")
                .isEqualTo(corpus.hash());
        assertThat(card.labels())
                .containsExactlyInAnyOrderElementsOf(
                        corpus.entries().stream().map(e -> e.id()).toList());
        assertThat(card.crossValidation().urgentRecall()).isNotNull();
    }

    @Test
    void theShippedIndexIsTheOneTheCorpusBuildsToday() throws Exception {
        FaqCorpus corpus = Understanding.corpus(Path.of("faq-corpus"));
        ModelCard card = new ModelStore(Path.of("models")).card();
        TextNormalizer normalizer = new IcuTextNormalizer(new ScriptLanguageDetector());
        List<LabelledText> texts = new ArrayList<>(CorpusTexts.examples(corpus, normalizer));
        texts.addAll(CorpusTexts.answers(corpus, normalizer));
        LuceneFaqRetriever built = LuceneFaqRetriever.build(
                texts, new LuceneTokenizer(), corpus.synonyms(), card.training().retriever());
        LuceneFaqRetriever shipped = LuceneFaqRetriever.open(
                Path.of("models", ModelStore.INDEX_DIR), new LuceneTokenizer(), corpus.synonyms());
        for (EvalCase c : DevSplit.cases(corpus)) {
            NormalizedText q = normalizer.normalize(c.text());
            assertThat(shipped.search(q, 3)).as(c.text()).isEqualTo(built.search(q, 3));
        }
    }
}
