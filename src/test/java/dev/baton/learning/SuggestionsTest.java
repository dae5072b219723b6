package dev.baton.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.baton.learning.LearningException.Problem;
import dev.baton.learning.MessageGrouping.Background;
import dev.baton.learning.SuggestionGroup.Suggestion;
import dev.baton.nlu.HashingSentenceEncoder;
import dev.baton.nlu.IcuTextNormalizer;
import dev.baton.nlu.LuceneTokenizer;
import dev.baton.nlu.ScriptLanguageDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The editors' side of the learning loop over an in-memory store, a stand-in encoder and a fake draft. */
class SuggestionsTest {

    /** The draft: takes examples and moves to the next revision, or refuses a stale one. */
    static final class FakeDraft implements ExampleSink {
        long revision = 12;
        final List<AcceptedExample> taken = new ArrayList<>();

        @Override
        public int accept(long revision, String entryId, List<AcceptedExample> examples, String agentId) {
            if (revision != this.revision) {
                throw new IllegalStateException("stale_draft");
            }
            taken.addAll(examples);
            return (int) ++this.revision;
        }
    }

    private final LearningFixture fixture = new LearningFixture();
    private final FakeDraft draft = new FakeDraft();
    private final Suggestions suggestions = new Suggestions(
            fixture.store,
            new MessageGrouping(
                    new IcuTextNormalizer(new ScriptLanguageDetector()),
                    new LuceneTokenizer(),
                    new HashingSentenceEncoder(),
                    Map.of("han", new Background(0.2, 0.1), "latin", new Background(0.2, 0.1)),
                    MessageGrouping.THRESHOLD),
            fixture.conversations,
            fixture.tickets,
            Set.of("contact-channels", "out-of-scope")::contains,
            fixture.clock);

    @AfterEach
    void close() {
        fixture.close();
    }

    private static List<String> texts(SuggestionGroup group) {
        return group.messages().stream().map(s -> s.message().text()).toList();
    }

    private long idOf(String text) {
        return fixture.store.open(100).stream()
                .filter(m -> m.text().equals(text))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void groupsAreRankedByVolumeThenRecencyWithTheirTermsAndSuggestedEntry() {
        fixture.unclear("c1", "staking rewards on eth", "en", "out-of-scope");
        fixture.unclear("c2", "客服邮箱是多少", "zh-Hans", "contact-channels");
        fixture.unclear("c3", "staking rewards for sol", "en", "out-of-scope");
        fixture.unclear("c4", "where is my nft", "en", "unknown-intent");
        fixture.unclear("c5", "staking rewards eth when", "en", "contact-channels");

        List<SuggestionGroup> groups = suggestions.groups(20);

        assertThat(groups).extracting(SuggestionGroup::size).containsExactly(3, 1, 1);
        SuggestionGroup staking = groups.get(0);
        assertThat(texts(staking))
                .containsExactly("staking rewards eth when", "staking rewards for sol", "staking rewards on eth");
        assertThat(staking.terms()).startsWith("staking", "rewards");
        assertThat(staking.suggestedEntry()).isEqualTo("out-of-scope");
        assertThat(staking.lastAt()).isEqualTo(LearningFixture.T0.plusSeconds(300));
        assertThat(staking.id()).matches("g-[0-9a-f]{12}");
        assertThat(texts(groups.get(1))).containsExactly("where is my nft");
        assertThat(groups.get(1).suggestedEntry()).isNull();
        assertThat(groups.get(2).suggestedEntry()).isEqualTo("contact-channels");
        assertThat(suggestions.groups(1)).hasSize(1);
        assertThatThrownBy(() -> suggestions.groups(0))
                .isInstanceOfSatisfying(
                        LearningException.class, e -> assertThat(e.problem()).isEqualTo(Problem.INVALID_REQUEST));
    }

    @Test
    void whereAnAgentResolvedTheConversationTheirFirstReplyAfterTheMessageIsShown() {
        fixture.unclear("resolved", "staking rewards on eth", "en", "out-of-scope");
        fixture.agentReplies("resolved", "Staking is not offered in the wallet yet.", true);
        fixture.unclear("open", "staking rewards on sol", "en", "out-of-scope");
        fixture.agentReplies("open", "Let me check.", false);

        List<Suggestion> messages = suggestions.groups(20).get(0).messages();

        assertThat(messages)
                .extracting(s -> s.message().conversationId(), Suggestion::agentReply)
                .containsExactly(tuple("open", null), tuple("resolved", "Staking is not offered in the wallet yet."));
    }

    @Test
    void aRedactionAfterTheFactIsWhatTheGroupShows() {
        fixture.unclear("c1", "abandon ability able about", "en", "out-of-scope");
        assertThat(suggestions.groups(20).get(0).terms()).contains("abandon");

        fixture.redactFirst("c1", "[redacted]");

        SuggestionGroup group = suggestions.groups(20).get(0);
        assertThat(texts(group)).containsExactly("[redacted]");
        assertThat(group.terms()).doesNotContain("abandon", "ability");
    }

    @Test
    void acceptedMessagesBecomeExamplesInTheirLanguageAndLeaveTheList() {
        fixture.unclear("c1", "客服郵箱是多少", "zh-Hant", "contact-channels");
        fixture.unclear("c2", "support email?", "en", "contact-channels");
        fixture.unclear("c3", "staking?", "en", "out-of-scope");

        Suggestions.Accepted accepted = suggestions.accept(
                List.of(idOf("客服郵箱是多少"), idOf("support email?")), "contact-channels", 12, "a_1", draft);

        assertThat(accepted).isEqualTo(new Suggestions.Accepted(13, 2));
        assertThat(draft.taken)
                .containsExactly(new AcceptedExample("客服郵箱是多少", "zh"), new AcceptedExample("support email?", "en"));
        assertThat(suggestions.groups(20))
                .flatExtracting(SuggestionsTest::texts)
                .containsExactly("staking?");
    }

    @Test
    void nothingIsAcceptedWhenAMessageIsUnknownHandledOrTheDraftRefuses() {
        fixture.unclear("c1", "support email?", "en", "contact-channels");
        fixture.unclear("c2", "staking?", "en", "out-of-scope");
        long email = idOf("support email?");
        long staking = idOf("staking?");
        suggestions.dismiss(List.of(staking), "a_2");

        assertThatThrownBy(() -> suggestions.accept(List.of(email, 999_999L), "contact-channels", 12, "a_1", draft))
                .isInstanceOfSatisfying(LearningException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_MESSAGE);
                    assertThat(e.getMessage()).contains("999999");
                });
        assertThatThrownBy(() -> suggestions.accept(List.of(email, staking), "contact-channels", 12, "a_1", draft))
                .isInstanceOfSatisfying(
                        LearningException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MESSAGE_HANDLED));
        assertThatThrownBy(() -> suggestions.accept(List.of(email), "contact-channels", 11, "a_1", draft))
                .hasMessage("stale_draft");
        assertThatThrownBy(() -> suggestions.accept(List.of(email), " ", 12, "a_1", draft))
                .isInstanceOfSatisfying(
                        LearningException.class, e -> assertThat(e.problem()).isEqualTo(Problem.INVALID_REQUEST));

        assertThat(draft.taken).isEmpty();
        assertThat(fixture.store.open(10)).extracting(CapturedMessage::id).containsExactly(email);
    }

    @Test
    void dismissingCountsOnlyTheMessagesStillOpen() {
        fixture.unclear("c1", "support email?", "en", "contact-channels");
        long email = idOf("support email?");

        assertThat(suggestions.dismiss(List.of(email, email, 999_999L), "a_1")).isEqualTo(1);
        assertThat(suggestions.dismiss(List.of(email), "a_1")).isZero();
        assertThat(suggestions.groups(20)).isEmpty();
        assertThatThrownBy(() -> suggestions.dismiss(List.of(), "a_1")).isInstanceOf(LearningException.class);
    }
}
