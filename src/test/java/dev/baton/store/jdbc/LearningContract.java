package dev.baton.store.jdbc;

import static dev.baton.store.jdbc.Fixtures.T0;
import static dev.baton.store.jdbc.Fixtures.conversation;
import static dev.baton.store.jdbc.Fixtures.turn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.conversation.ConcurrentTurnException;
import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationStore;
import dev.baton.conversation.Message;
import dev.baton.conversation.Rewrite;
import dev.baton.conversation.Turn;
import dev.baton.conversation.Unanswered;
import dev.baton.learning.CapturedMessage;
import dev.baton.learning.CapturedMessage.State;
import dev.baton.learning.LearningStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The part of {@link StoreContract} on the learning loop: a message Baton could not answer is kept with its
 * turn and read back with the stored text, leaves the open list once an editor accepts or dismisses it (each
 * only once), and is forgotten after the retention.
 */
interface LearningContract {

    Database database();

    ConversationStore conversations();

    LearningStore learning();

    /** Commits a turn of {@code c} whose user message (the turn's first) Baton asked back on; returns the turn. */
    private Turn unclear(Conversation c, Instant at, String text) {
        Turn plain = turn(c, at, Optional.empty(), text);
        Message user = plain.messages().get(0);
        Turn kept = new Turn(
                plain.conversation(),
                plain.messages(),
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.of(new Unanswered(user.seq(), "zh-Hans", "clarify", "low_confidence", "fees", 0.31)));
        conversations().commit(kept);
        return kept;
    }

    @Test
    default void aMessageBatonCouldNotAnswerIsKeptWithItsTurnAndReadWithTheStoredText() {
        Conversation c = conversation("c1");
        conversations().create(c);
        unclear(c, T0, "客服邮箱多少");
        conversations().commit(turn(conversations().find("c1").orElseThrow(), "谢谢"));

        List<CapturedMessage> open = learning().open(10);

        assertThat(open).hasSize(1);
        CapturedMessage m = open.get(0);
        assertThat(m.text()).isEqualTo("客服邮箱多少");
        assertThat(m.conversationId()).isEqualTo("c1");
        assertThat(m.seq()).isEqualTo(1);
        assertThat(m.language()).isEqualTo("zh-Hans");
        assertThat(m.decision()).isEqualTo("clarify");
        assertThat(m.reason()).isEqualTo("low_confidence");
        assertThat(m.intent()).isEqualTo("fees");
        assertThat(m.confidence()).isEqualTo(0.31);
        assertThat(m.at()).isEqualTo(T0);
        assertThat(m.state()).isEqualTo(State.OPEN);
    }

    @Test
    default void aTurnThatLosesTheRaceKeepsNothing() {
        Conversation c = conversation("c1");
        conversations().create(c);
        conversations().commit(turn(c, "first"));

        assertThatThrownBy(() -> unclear(c, T0, "second, on a stale read")).isInstanceOf(ConcurrentTurnException.class);
        assertThat(learning().open(10)).isEmpty();
    }

    @Test
    default void aLaterRedactionOfTheMessageReachesWhatEditorsRead() {
        Conversation c = conversation("c1");
        conversations().create(c);
        Turn kept = unclear(c, T0, "abandon ability able about");
        Conversation read = conversations().find("c1").orElseThrow();
        Turn next = turn(read, "above absent absorb abstract");
        conversations()
                .commit(new Turn(
                        next.conversation(),
                        next.messages(),
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        List.of(new Rewrite(kept.messages().get(0), "[redacted]"))));

        assertThat(learning().open(10)).extracting(CapturedMessage::text).containsExactly("[redacted]");
    }

    @Test
    default void theOpenListIsNewestFirstAndLimited() {
        for (int i = 1; i <= 3; i++) {
            Conversation c = conversation("c" + i);
            conversations().create(c);
            unclear(c, T0.plusSeconds(i), "message " + i);
        }

        assertThat(learning().open(2)).extracting(CapturedMessage::text).containsExactly("message 3", "message 2");
        assertThat(learning().open(0)).isEmpty();
    }

    @Test
    default void acceptedAndDismissedMessagesLeaveTheListEachOnlyOnceAndAreAudited() throws SQLException {
        for (int i = 1; i <= 3; i++) {
            Conversation c = conversation("c" + i);
            conversations().create(c);
            unclear(c, T0.plusSeconds(i), "message " + i);
        }
        List<Long> ids =
                learning().open(10).stream().map(CapturedMessage::id).sorted().toList();

        assertThat(learning().accept(List.of(ids.get(0), ids.get(1)), "contact-channels", "a_1", T0.plusSeconds(9)))
                .isEqualTo(2);
        assertThat(learning().accept(List.of(ids.get(0)), "contact-channels", "a_2", T0.plusSeconds(10)))
                .isZero();
        assertThat(learning().dismiss(List.of(ids.get(1), ids.get(2), 999_999L), "a_2", T0.plusSeconds(11)))
                .isEqualTo(1);

        assertThat(learning().open(10)).isEmpty();
        assertThat(learning().find(List.of(ids.get(2), ids.get(0), 999_999L)))
                .extracting(CapturedMessage::state)
                .containsExactly(State.ACCEPTED, State.DISMISSED);
        try (Connection connection = database().dataSource().getConnection()) {
            assertThat(Sql.single(
                            connection,
                            "SELECT entry_id || ' ' || handled_by FROM learning_messages WHERE id = " + ids.get(0)))
                    .isEqualTo("contact-channels a_1");
            assertThat(Sql.column(
                            connection,
                            "SELECT action || ' ' || detail FROM audit_log WHERE action LIKE 'learning.%' "
                                    + "AND at >= " + T0.plusSeconds(9).toEpochMilli() + " ORDER BY id"))
                    .containsExactly(
                            "learning.accept learning messages " + ids.get(0) + "," + ids.get(1)
                                    + " as examples of contact-channels",
                            "learning.dismiss learning messages " + ids.get(1) + "," + ids.get(2) + ",999999");
        }
    }

    @Test
    default void keptMessagesAreForgottenAfterTheRetentionWhateverTheirStateAndTheTranscriptStays() {
        Conversation old = conversation("old");
        conversations().create(old);
        unclear(old, T0, "old and open");
        Conversation handled = conversation("handled");
        conversations().create(handled);
        unclear(handled, T0.plusSeconds(1), "old and dismissed");
        learning().dismiss(List.of(learning().open(10).get(0).id()), "a_1", T0.plusSeconds(2));
        Conversation recent = conversation("recent");
        conversations().create(recent);
        unclear(recent, T0.plus(Duration.ofDays(30)), "recent");

        assertThat(learning().deleteBefore(T0.plus(Duration.ofDays(30)))).isEqualTo(2);
        assertThat(learning().deleteBefore(T0.plus(Duration.ofDays(30)))).isZero();

        assertThat(learning().open(10)).extracting(CapturedMessage::text).containsExactly("recent");
        assertThat(conversations().messages("old", 0, 10))
                .extracting(Message::text)
                .contains("old and open");
    }
}
