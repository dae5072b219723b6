package dev.baton.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.learning.MessageGrouping.Background;
import dev.baton.learning.MessageGrouping.Group;
import dev.baton.nlu.HashingSentenceEncoder;
import dev.baton.nlu.IcuTextNormalizer;
import dev.baton.nlu.LuceneTokenizer;
import dev.baton.nlu.ScriptLanguageDetector;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Grouping on a stand-in encoder whose vectors are close when texts share character pairs. */
class MessageGroupingTest {

    private static final Map<String, Background> BACKGROUND =
            Map.of("han", new Background(0.2, 0.1), "latin", new Background(0.2, 0.1));

    private final MessageGrouping grouping = new MessageGrouping(
            new IcuTextNormalizer(new ScriptLanguageDetector()),
            new LuceneTokenizer(),
            new HashingSentenceEncoder(),
            BACKGROUND,
            MessageGrouping.THRESHOLD);

    private List<Group> group(double threshold, String... texts) {
        return grouping.group(List.of(texts).stream().map(grouping::embed).toList(), threshold);
    }

    @Test
    void messagesAskingTheSameThingShareAGroupAndTheOthersStayAlone() {
        List<Group> groups = group(
                MessageGrouping.THRESHOLD,
                "staking rewards on eth",
                "where is my nft",
                "staking rewards for sol",
                "staking rewards eth when");

        assertThat(groups).extracting(Group::members).containsExactly(List.of(0, 2, 3), List.of(1));
        assertThat(groups.get(0).terms()).startsWith("staking", "rewards").doesNotContain("sol", "for");
        assertThat(groups.get(1).terms()).contains("nft");
    }

    @Test
    void chineseAndEnglishMessagesNeverShareAGroup() {
        List<Group> groups = group(-100, "质押 staking", "staking");

        assertThat(groups).extracting(Group::members).containsExactly(List.of(0), List.of(1));
    }

    @Test
    void aHigherCutGroupsFewerMessages() {
        String[] texts = {"质押收益多少", "质押收益怎么算", "质押什么时候到账", "手续费太贵了", "手续费怎么算"};

        long loose =
                group(1.0, texts).stream().filter(g -> g.members().size() > 1).count();
        long strict =
                group(6.0, texts).stream().filter(g -> g.members().size() > 1).count();

        assertThat(loose).isGreaterThan(strict);
        assertThat(group(1.0, texts).get(0).terms()).contains("质押");
    }

    @Test
    void everyEncoderSpaceNeedsABackground() {
        assertThatThrownBy(() -> new MessageGrouping(
                        new IcuTextNormalizer(new ScriptLanguageDetector()),
                        new LuceneTokenizer(),
                        new HashingSentenceEncoder(),
                        Map.of("han", new Background(0.2, 0.1)),
                        1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("latin");
        assertThatThrownBy(() -> MessageGrouping.standard(
                        new IcuTextNormalizer(new ScriptLanguageDetector()),
                        new LuceneTokenizer(),
                        new HashingSentenceEncoder()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
