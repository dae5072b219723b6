package dev.baton.faq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.nlu.IcuTextNormalizer;
import dev.baton.nlu.LabelledText;
import dev.baton.nlu.ScriptLanguageDetector;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The corpus in faq-corpus/ holds what Baton promises to know. */
class ShippedCorpusTest {

    private static final FaqCorpus CORPUS = new FaqCorpusLoader().load(Path.of("faq-corpus"));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "contact-channels",
                "required-info",
                "unresolved",
                "response-time",
                "contact-tips",
                "service-hours",
                "transaction-terms",
                "never-share-secrets"
            })
    void everyRequiredFaqIsAnsweredInBothLanguagesWithEnoughExamples(String id) {
        FaqEntry entry = CORPUS.entry(id).orElseThrow();
        assertThat(entry.kind()).isEqualTo(Kind.FAQ);
        assertThat(entry.answer().zh()).isNotBlank();
        assertThat(entry.answer().en()).isNotBlank();
        assertThat(entry.examples().zh()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(entry.examples().en()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(entry.dev().size()).isPositive();
    }

    @Test
    void everyFundsAtRiskKindHasAnUrgentIntentWithItsReason() {
        List<String> reasons =
                CORPUS.ofKind(Kind.URGENT).stream().map(FaqEntry::reason).toList();
        assertThat(reasons)
                .contains(
                        "funds_at_risk.unauthorized_transfer",
                        "funds_at_risk.wrong_address",
                        "funds_at_risk.secret_leaked",
                        "funds_at_risk.impersonation",
                        "funds_at_risk.account_locked");
    }

    @Test
    void smallTalkHumanAndOutOfScopeIntentsExist() {
        assertThat(CORPUS.ofKind(Kind.SMALLTALK))
                .extracting(FaqEntry::id)
                .contains("greeting", "thanks", "goodbye", "bot-identity");
        assertThat(CORPUS.entry("human-request").orElseThrow().kind()).isEqualTo(Kind.HUMAN);
        assertThat(CORPUS.ofKind(Kind.OUT_OF_SCOPE)).isNotEmpty();
    }

    @Test
    void noDevLineIsAlsoATrainingExample() {
        for (FaqEntry entry : CORPUS.entries()) {
            assertThat(entry.dev().zh())
                    .doesNotContainAnyElementsOf(entry.examples().zh());
            assertThat(entry.dev().en())
                    .doesNotContainAnyElementsOf(entry.examples().en());
        }
    }

    @Test
    void answersNameContactDetailsByPlaceholderAndAreIndexedWithoutThem() {
        assertThat(CORPUS.entry("contact-channels").orElseThrow().answer().zh())
                .contains("{support.email}", "{support.phone}", "{support.website}", "{support.app_path}")
                .contains("{support.community}");
        List<String> indexed = CorpusTexts.answers(CORPUS, new IcuTextNormalizer(new ScriptLanguageDetector())).stream()
                .map(LabelledText::text)
                .toList();
        assertThat(indexed)
                .isNotEmpty()
                .noneMatch(text -> text.contains("{") || text.matches("(?s).*support\\.[a-z].*"));
        assertThat(indexed).anyMatch(text -> text.contains("客服邮箱"));
    }

    @Test
    void synonymsAreLoaded() {
        assertThat(CORPUS.synonyms().groups()).isGreaterThan(20);
    }
}
