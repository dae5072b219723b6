package dev.baton.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.baton.nlu.HashingSentenceEncoder;
import dev.baton.nlu.IntentScore;
import dev.baton.nlu.LabelledText;
import dev.baton.nlu.Language;
import dev.baton.nlu.NormalizedText;
import dev.baton.nlu.Prediction;
import dev.baton.nlu.SentenceEncoder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The semantic index and vote on a tiny corpus, with a deterministic stand-in encoder. */
class SemanticSecondOpinionTest {

    private static final List<LabelledText> EXAMPLES = List.of(
            new LabelledText("hours", Language.EN, "when are you open"),
            new LabelledText("hours", Language.EN, "are you open on sunday"),
            new LabelledText("hours", Language.ZH, "几点上班"),
            new LabelledText("email", Language.EN, "what is your email address"),
            new LabelledText("email", Language.EN, "send you an email"),
            new LabelledText("email", Language.ZH, "邮箱地址是多少"));
    private static final List<String> LABELS = List.of("email", "hours");

    private final HashingSentenceEncoder encoder = new HashingSentenceEncoder();

    @Test
    void theNearestExamplesComeFirstAndOnlyFromTheMessagesOwnScript(@TempDir Path dir) throws Exception {
        LuceneSemanticIndex built = LuceneSemanticIndex.build(EXAMPLES, encoder);
        built.save(dir);
        LuceneSemanticIndex index = LuceneSemanticIndex.open(dir, encoder);

        assertThat(index.size()).isEqualTo(6);
        List<FaqHit> hits = index.neighbours("are you open on monday", 2);
        assertThat(hits).extracting(FaqHit::id).containsExactly("hours", "hours");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score()).isLessThanOrEqualTo(1.0 + 1e-6);
        assertThat(index.neighbours("邮箱地址", 1)).extracting(FaqHit::id).containsExactly("email");
        assertThat(built.neighbours("are you open on monday", 3))
                .isEqualTo(index.neighbours("are you open on monday", 3));
    }

    @Test
    void theVoteIsEachIntentsShareOfTheNeighboursSimilarity() {
        Map<String, Integer> at = Map.of("email", 0, "hours", 1);
        double[] vote = SemanticVote.shares(
                List.of(
                        new FaqHit("hours", 0.6),
                        new FaqHit("email", 0.2),
                        new FaqHit("hours", -0.5),
                        new FaqHit("email", 0.9)),
                3,
                at,
                2);
        assertThat(vote[1]).isCloseTo(0.75, within(1e-9));
        assertThat(vote[0]).isCloseTo(0.25, within(1e-9));
        assertThat(SemanticVote.shares(List.of(), 3, at, 2)).containsExactly(0, 0);
        assertThat(SemanticVote.blend(new double[] {1, 0}, new double[] {0, 1}, 0.3))
                .containsExactly(0.7, 0.3);
    }

    @Test
    void aSecondOpinionCanTurnAnUnsureRanking() {
        SemanticSecondOpinion opinion = new SemanticSecondOpinion(
                LuceneSemanticIndex.build(EXAMPLES, encoder), LABELS, new SemanticSecondOpinion.Blend(0.6, 3));
        Prediction first = new Prediction(List.of(new IntentScore("email", 0.55), new IntentScore("hours", 0.45)));
        NormalizedText text =
                new NormalizedText("are you open on sundays", "are you open on sundays", Language.EN, false);

        Prediction refined = opinion.refine(text, first).orElseThrow();

        assertThat(refined.intent()).isEqualTo("hours");
        assertThat(refined.ranked()).extracting(IntentScore::intent).containsExactlyInAnyOrder("email", "hours");
    }

    @Test
    void aBusyEncoderDeclinesANewMessageButStillAnswersFromWhatItRemembers(@TempDir Path dir) throws Exception {
        CountDownLatch encoding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        HashingSentenceEncoder plain = new HashingSentenceEncoder();
        LuceneSemanticIndex built = LuceneSemanticIndex.build(EXAMPLES, plain);
        built.save(dir);
        SentenceEncoder slow = new SentenceEncoder() {
            @Override
            public String name() {
                return plain.name();
            }

            @Override
            public List<String> spaces() {
                return plain.spaces();
            }

            @Override
            public String spaceOf(String text) {
                return plain.spaceOf(text);
            }

            @Override
            public float[] encode(String text, String space) {
                if (text.equals("blocking message")) {
                    encoding.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return plain.encode(text, space);
            }
        };
        SemanticSecondOpinion opinion = new SemanticSecondOpinion(
                LuceneSemanticIndex.open(dir, slow), LABELS, new SemanticSecondOpinion.Blend(0.6, 3));
        Prediction first = new Prediction(List.of(new IntentScore("email", 0.55), new IntentScore("hours", 0.45)));
        NormalizedText seen = new NormalizedText("when are you open", "when are you open", Language.EN, false);
        assertThat(opinion.refine(seen, first)).isPresent();

        Thread busy = new Thread(() ->
                opinion.refine(new NormalizedText("blocking message", "blocking message", Language.EN, false), first));
        busy.start();
        encoding.await();
        try {
            assertThat(opinion.refine(new NormalizedText("a new one", "a new one", Language.EN, false), first))
                    .isEmpty();
            assertThat(opinion.refine(seen, first)).isPresent();
        } finally {
            release.countDown();
            busy.join();
        }
        assertThat(opinion.refine(new NormalizedText("a new one", "a new one", Language.EN, false), first))
                .isPresent();
    }
}
