package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.App;
import dev.baton.faq.FaqCorpus;
import dev.baton.nlu.training.ModelCard;
import dev.baton.nlu.training.ModelStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The model in models/ must be the one trained on faq-corpus/ as it is now. */
class ShippedModelTest {

    @Test
    void theShippedModelWasTrainedOnTheCurrentCorpus() throws Exception {
        FaqCorpus corpus = App.corpus(Path.of("faq-corpus"));
        ModelCard card = new ModelStore(Path.of("models")).card();
        assertThat(card.corpusHash())
                .as("models/ is stale: faq-corpus/ changed since training; run: java -jar target/baton.jar train")
                .isEqualTo(corpus.hash());
        assertThat(card.labels()).containsExactlyInAnyOrderElementsOf(
                corpus.entries().stream().map(e -> e.id()).toList());
        assertThat(card.thresholds()).containsKeys("answer", "margin", "urgent");
        assertThat(card.crossValidation()).containsKeys("actionAccuracy", "urgentRecall", "intentAccuracy");
    }
}
