package dev.baton.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.decision.Thresholds;
import dev.baton.faq.LuceneFaqRetriever;
import dev.baton.nlu.Features;
import dev.baton.nlu.HybridIntentClassifier.Blend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The card's JSON: the shipped one reads into the typed card, and a written card reads back the same. */
class ModelCardTest {

    private static final Path SHIPPED = Path.of("models");

    @Test
    void theShippedCardReadsIntoTypedParts() throws Exception {
        ModelCard card = new ModelStore(SHIPPED).card();

        assertThat(card.training().features()).isEqualTo(Features.WORDS_AND_CHAR_TRIGRAMS);
        assertThat(card.training().retriever()).isEqualTo(LuceneFaqRetriever.Options.ENTRIES);
        assertThat(card.training().encoder()).isNotBlank();
        assertThat(card.blend().k()).isPositive();
        assertThat(card.thresholds().answer()).isBetween(0.0, 1.0);
        assertThat(card.crossValidation().folds()).isGreaterThan(1);
        assertThat(card.crossValidation().heldOutExamples()).isEqualTo(card.examples());
        assertThat(card.secondOpinion().blend().k()).isPositive();
        assertThat(card.secondOpinion().thresholds().urgent()).isBetween(0.0, 1.0);
    }

    @Test
    void theShippedCardRoundTripsThroughTheStore(@TempDir Path dir) throws Exception {
        ModelCard shipped = new ModelStore(SHIPPED).card();
        Path copy = dir.resolve(ModelStore.CARD_FILE);
        new ObjectMapper().writeValue(copy.toFile(), shipped);

        assertThat(new ModelStore(dir).card()).isEqualTo(shipped);
        JsonNode original = new ObjectMapper()
                .readTree(SHIPPED.resolve(ModelStore.CARD_FILE).toFile());
        JsonNode written = new ObjectMapper().readTree(copy.toFile());
        assertThat(fieldNames(written)).containsExactlyInAnyOrderElementsOf(fieldNames(original));
        assertThat(fieldNames(written.get("training")))
                .containsExactlyInAnyOrderElementsOf(fieldNames(original.get("training")));
        assertThat(fieldNames(written.get("secondOpinion")))
                .containsExactlyInAnyOrderElementsOf(fieldNames(original.get("secondOpinion")));
    }

    @Test
    void aCardWithoutSecondOpinionOrEncoderLeavesThemOut(@TempDir Path dir) throws Exception {
        ModelCard card = new ModelCard(
                "hash",
                "2026-01-02",
                30,
                List.of("a", "b"),
                ModelCard.Training.of(
                        MaxentParams.forCorpus(), Features.WORDS, LuceneFaqRetriever.Options.ENTRIES, null),
                new Blend(0.4, 3),
                new Thresholds(0.35, 0, 0.25),
                new ModelCard.CrossValidation(30, 0.9, null, 0.05, null, 2, 0.88),
                null);
        Path file = dir.resolve(ModelStore.CARD_FILE);
        new ObjectMapper().writeValue(file.toFile(), card);

        String json = Files.readString(file);
        assertThat(json).doesNotContain("secondOpinion", "encoder", "urgentRecall", "null");
        assertThat(new ModelStore(dir).card()).isEqualTo(card);
    }

    @Test
    void aSecondOpinionOutOfRangeIsRefused() {
        assertThatThrownBy(() -> new ModelCard.SecondOpinion(0.3, 0, 0.3, 0.1, 0.3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ModelCard.SecondOpinion(0.3, 10, 1.3, 0.1, 0.3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
