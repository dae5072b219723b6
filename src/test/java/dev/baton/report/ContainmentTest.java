package dev.baton.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.conversation.Sender;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edges of the containment rule, on conversations made by hand. */
class ContainmentTest {

    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    private static final Duration WINDOW = Duration.ofHours(24);

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    /** A conversation of turns: the user at a minute, Baton's action and intent at once. */
    private static ConversationFacts turns(String chat, Object... minuteActionIntent) {
        List<MessageFact> messages = new ArrayList<>();
        for (int i = 0; i < minuteActionIntent.length; i += 3) {
            Instant when = at((Integer) minuteActionIntent[i]);
            messages.add(new MessageFact(Sender.USER, when, null, null, null));
            messages.add(new MessageFact(
                    Sender.BOT, when, (String) minuteActionIntent[i + 1], (String) minuteActionIntent[i + 2], null));
        }
        return new ConversationFacts(
                "c" + messages.hashCode(), chat, messages.get(0).at(), messages, List.of());
    }

    private static Containment.Outcome outcome(ConversationFacts c, int nowMinutes) {
        return Containment.outcome(c, List.of(c), WINDOW, at(nowMinutes));
    }

    @Test
    void aReturnNeedsThirtyMinutesOfQuiet() {
        ConversationFacts asksAgainAtOnce = turns(null, 0, "answer", "fees", 29, "answer", "fees");
        ConversationFacts asksAgainLater = turns(null, 0, "answer", "fees", 30, "answer", "fees");

        assertThat(outcome(asksAgainAtOnce, 2_000)).isEqualTo(Containment.Outcome.CONTAINED);
        assertThat(outcome(asksAgainLater, 2_000)).isEqualTo(Containment.Outcome.CAME_BACK);
    }

    @Test
    void theWindowRunsFromTheEndOfTheFirstSession() {
        ConversationFacts c = turns(null, 0, "answer", "fees", 10, "answer", "limits");

        assertThat(outcome(c, 10 + 24 * 60 - 1)).isEqualTo(Containment.Outcome.PENDING);
        assertThat(outcome(c, 10 + 24 * 60)).isEqualTo(Containment.Outcome.CONTAINED);
    }

    @Test
    void anUnrelatedReturnOrOneAfterTheWindowLeavesItContained() {
        ConversationFacts unrelated = turns(null, 0, "answer", "fees", 120, "answer", "limits");
        ConversationFacts afterWindow = turns(null, 0, "answer", "fees", 24 * 60 + 1, "answer", "fees");

        assertThat(outcome(unrelated, 3_000)).isEqualTo(Containment.Outcome.CONTAINED);
        assertThat(outcome(afterWindow, 3_000)).isEqualTo(Containment.Outcome.CONTAINED);
    }

    @Test
    void aClarificationOrGreetingAloneIsNotAnswered() {
        assertThat(outcome(turns(null, 0, "clarify", "fees"), 3_000)).isEqualTo(Containment.Outcome.NOT_ANSWERED);
        assertThat(outcome(turns(null, 0, "smalltalk", "greeting"), 3_000)).isEqualTo(Containment.Outcome.NOT_ANSWERED);
    }

    @Test
    void aChatsLaterConversationWithinTheWindowIsAReturn() {
        ConversationFacts first = turns("telegram:1", 0, "answer", "fees");
        ConversationFacts related = turns("telegram:1", 600, "clarify", "fees");
        ConversationFacts other = turns("telegram:2", 600, "answer", "fees");

        assertThat(Containment.outcome(first, List.of(first, related), WINDOW, at(3_000)))
                .isEqualTo(Containment.Outcome.CAME_BACK);
        assertThat(Containment.outcome(first, List.of(first), WINDOW, at(3_000)))
                .isEqualTo(Containment.Outcome.CONTAINED);
        assertThat(Containment.of(List.of(first, other), WINDOW, at(3_000)).contained())
                .isEqualTo(2);
    }
}
