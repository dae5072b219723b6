package dev.baton.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.decision.Decider;
import dev.baton.decision.Localizer;
import dev.baton.faq.Examples;
import dev.baton.faq.FaqCorpus;
import dev.baton.faq.FaqEntry;
import dev.baton.faq.Kind;
import dev.baton.faq.Localized;
import dev.baton.faq.Synonyms;
import dev.baton.nlu.Features;
import dev.baton.nlu.HashingSentenceEncoder;
import dev.baton.nlu.IcuTextNormalizer;
import dev.baton.nlu.LuceneTokenizer;
import dev.baton.nlu.ScriptLanguageDetector;
import dev.baton.nlu.TextNormalizer;
import dev.baton.nlu.TinyModels;
import dev.baton.safety.FundsAtRiskRules;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training end to end on a small corpus: cross-validation, calibration, the model card, the model file. */
class CorpusTrainerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    private final TextNormalizer normalizer = new IcuTextNormalizer(new ScriptLanguageDetector());
    private final FaqCorpus corpus = new FaqCorpus(
            List.of(
                    entry(
                            "contact",
                            Kind.FAQ,
                            "客服在哪",
                            "怎么联系客服",
                            "在哪里找客服",
                            "客服入口在哪里",
                            "怎么找到在线客服",
                            "where is support",
                            "how do i contact support",
                            "find support",
                            "contact customer service",
                            "where can i reach you"),
                    entry(
                            "speed",
                            Kind.FAQ,
                            "多久回复",
                            "邮件几天回",
                            "回复要多久",
                            "客服回复慢",
                            "多长时间能回",
                            "how long to reply",
                            "when will you answer",
                            "reply time",
                            "how fast do you respond",
                            "email reply takes how long"),
                    entry(
                            "greeting",
                            Kind.SMALLTALK,
                            "你好",
                            "嗨",
                            "在吗",
                            "您好",
                            "哈喽",
                            "hi",
                            "hello",
                            "hey there",
                            "good morning",
                            "hiya")),
            Synonyms.none(),
            "hash-of-the-test-corpus");

    @Test
    void writesACardWithTheCorpusHashThresholdsAndCrossValidatedMetrics() {
        ModelCard card = train().card();
        assertThat(card.corpusHash()).isEqualTo("hash-of-the-test-corpus");
        assertThat(card.trainedOn()).isEqualTo("2026-01-02");
        assertThat(card.labels()).containsExactlyInAnyOrder("contact", "speed", "greeting");
        assertThat(card.examples()).isEqualTo(30);
        assertThat(card.blend().k()).isIn(3, 5);
        assertThat(card.crossValidation().folds()).isEqualTo(2);
        assertThat(card.crossValidation().heldOutExamples()).isEqualTo(30);
        assertThat(card.crossValidation().secondOpinionShare()).isNull();
        assertThat(card.training().features()).isEqualTo(Features.WORDS_AND_CHAR_TRIGRAMS);
        assertThat(card.training().encoder()).isNull();
    }

    @Test
    void trainingTwiceGivesTheSameCardAndTheSamePredictions(@TempDir Path dir) throws Exception {
        CorpusTrainer.Result first = train();
        CorpusTrainer.Result second = train();
        assertThat(second.card()).isEqualTo(first.card());
        for (String probe : TinyModels.PROBES) {
            String text = normalizer.normalize(probe).text();
            assertThat(second.classifier().probabilities(text))
                    .containsExactly(first.classifier().probabilities(text));
        }
        ModelStore store = new ModelStore(dir);
        store.save(first.classifier(), first.card());
        assertThat(store.card()).isEqualTo(first.card());
    }

    @Test
    void withAnEncoderItCalibratesASecondOpinionAndIndexesEveryExample() {
        CorpusTrainer trainer = new CorpusTrainer(
                new LuceneTokenizer(),
                FundsAtRiskRules.standard(),
                new MaxentParams(30, 0.1, 1, 1),
                2,
                List.of(3, 5),
                CLOCK,
                new PrintStream(new ByteArrayOutputStream()),
                new HashingSentenceEncoder());
        CorpusTrainer.Result result = trainer.train(corpus, normalizer, new Decider(corpus, new Localizer()));

        assertThat(result.card().secondOpinion()).isNotNull();
        assertThat(result.card().secondOpinion().k()).isIn(5, 10);
        assertThat(result.card().training().encoder()).isEqualTo("hashing-test-encoder");
        assertThat(result.card().crossValidation().secondOpinionShare()).isBetween(0.0, 1.0);
        assertThat(result.semanticIndex().size()).isEqualTo(30);
        assertThat(train().semanticIndex()).isNull();
        assertThat(train().card().secondOpinion()).isNull();
    }

    private CorpusTrainer.Result train() {
        CorpusTrainer trainer = new CorpusTrainer(
                new LuceneTokenizer(),
                FundsAtRiskRules.standard(),
                new MaxentParams(30, 0.1, 1, 1),
                2,
                List.of(3, 5),
                CLOCK,
                new PrintStream(new ByteArrayOutputStream()));
        return trainer.train(corpus, normalizer, new Decider(corpus, new Localizer()));
    }

    private static FaqEntry entry(String id, Kind kind, String... examples) {
        List<String> all = List.of(examples);
        return new FaqEntry(
                id,
                kind,
                null,
                List.of(),
                List.of(),
                new Localized(id, id),
                new Localized(id + " 回答", id + " answer"),
                new Examples(all.subList(0, 5), all.subList(5, 10)),
                null);
    }
}
