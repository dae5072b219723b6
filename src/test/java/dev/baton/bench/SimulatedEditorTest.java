package dev.baton.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.bench.SimulatedEditor.Kept;
import dev.baton.bench.SimulatedEditor.Scope;
import dev.baton.faq.FaqCorpus;
import dev.baton.faq.FaqCorpusLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The editor of the learning benchmark, and the scores of groups against labelled topics. */
class SimulatedEditorTest {

    static FaqCorpus corpus;

    @BeforeAll
    static void load() {
        corpus = new FaqCorpusLoader().load(Path.of("faq-corpus"));
    }

    private static final List<Kept> KEPT = List.of(
            new Kept("客服邮箱多少", "zh", "contact-channels", "faq:contact-channels"),
            new Kept("support email?", "en", "contact-channels", "faq:contact-channels"),
            new Kept("kf email", "en", "contact-channels", "faq:contact-channels"),
            new Kept("how do i stake", "en", "staking", "fallback"),
            new Kept("staking apy", "en", "staking", "fallback"),
            new Kept("转人工", "zh", "human-request", "handoff:human"),
            new Kept("找人工", "zh", "human-request", "handoff:human"),
            new Kept("alone", "en", "contact-channels", "faq:contact-channels"));

    @Test
    void groupsAboutAFaqEntryBecomeItsExamplesInTheirLanguageAndStraysAreLeft() {
        List<List<Integer>> groups = List.of(List.of(0, 2, 3), List.of(1), List.of(4), List.of(5, 6), List.of(7));

        SimulatedEditor.Result result = SimulatedEditor.accept(corpus, KEPT, groups, Scope.FAQ);

        assertThat(result.accepted()).containsExactly(java.util.Map.entry("contact-channels", 2));
        var before = corpus.entry("contact-channels").orElseThrow().examples();
        var after = result.corpus().entry("contact-channels").orElseThrow().examples();
        assertThat(after.zh()).hasSize(before.zh().size() + 1).endsWith("客服邮箱多少");
        assertThat(after.en()).hasSize(before.en().size() + 1).endsWith("kf email");
        assertThat(result.corpus().entry("human-request").orElseThrow().examples())
                .isEqualTo(corpus.entry("human-request").orElseThrow().examples());
    }

    @Test
    void theDecliningEditorSendsGroupsBatonShouldDeclineToTheOutOfScopeEntry() {
        List<List<Integer>> groups = List.of(List.of(3, 4), List.of(5, 6), List.of(0, 1));

        SimulatedEditor.Result faqOnly = SimulatedEditor.accept(corpus, KEPT, groups, Scope.FAQ);
        SimulatedEditor.Result declining = SimulatedEditor.accept(corpus, KEPT, groups, Scope.WITH_OUT_OF_SCOPE);

        assertThat(faqOnly.total()).isEqualTo(2);
        assertThat(declining.accepted()).containsEntry("out-of-scope", 2).containsEntry("contact-channels", 2);
        assertThat(declining
                        .corpus()
                        .entry("out-of-scope")
                        .orElseThrow()
                        .examples()
                        .en())
                .endsWith("how do i stake", "staking apy");
    }

    @Test
    void purityAndCoverageCountOnlyGroupsOfTwoOrMore() {
        List<String> topics = List.of("a", "a", "b", "b", "c");

        GroupingScore score = GroupingScore.of(1.5, List.of(List.of(0, 1, 2), List.of(3), List.of(4)), topics);

        assertThat(score.groups()).isEqualTo(1);
        assertThat(score.coverage()).isEqualTo(3 / 5.0);
        assertThat(score.purity()).isEqualTo(2 / 3.0);
        assertThat(GroupingScore.of(1.5, List.of(List.of(0), List.of(1)), topics)
                        .purity())
                .isZero();
        assertThat(GroupingScore.mainTopic(List.of(2, 0, 1), topics)).isEqualTo("a");
    }
}
