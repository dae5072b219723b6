package dev.baton.store.jdbc;

import static dev.baton.store.jdbc.Fixtures.T0;
import static dev.baton.store.jdbc.Fixtures.conversation;
import static dev.baton.store.jdbc.Fixtures.ticket;
import static dev.baton.store.jdbc.Fixtures.turn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.conversation.Conversation;
import dev.baton.conversation.Message;
import dev.baton.conversation.Origin;
import dev.baton.conversation.Rewrite;
import dev.baton.conversation.Sender;
import dev.baton.conversation.Turn;
import dev.baton.handoff.CapacityCheck;
import dev.baton.handoff.Note;
import dev.baton.handoff.Priority;
import dev.baton.handoff.TicketStatus;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which turns a batch may write: only those that cannot be refused for a reason of their own. */
class TurnBatchesTest {

    private final Turn plain = turn(conversation("c1"), "hello");

    @Test
    void aWidgetUsersMessageAndTheReplyArePlain() {
        assertThat(TurnBatches.plain(plain)).isTrue();
    }

    @Test
    void aTicketACapacityCheckNotesOrAnAuditEntryAreNot() {
        assertThat(TurnBatches.plain(new Turn(
                        plain.conversation(),
                        plain.messages(),
                        Optional.of(ticket("t1", "c1", Priority.NORMAL, TicketStatus.QUEUED, T0)))))
                .isFalse();
        assertThat(TurnBatches.plain(new Turn(
                        plain.conversation(),
                        plain.messages(),
                        Optional.empty(),
                        List.of(new Note("t1", "a_1", "note", T0)),
                        List.of(),
                        Optional.empty(),
                        Optional.empty())))
                .isFalse();
        assertThat(TurnBatches.plain(new Turn(
                        plain.conversation(),
                        plain.messages(),
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        Optional.of(new CapacityCheck("a_1", 3)),
                        Optional.empty())))
                .isFalse();
    }

    @Test
    void aPlatformDeliveryARedactionOrAnAgentsMessageAreNot() {
        assertThat(TurnBatches.plain(new Turn(
                        plain.conversation(),
                        plain.messages(),
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        Optional.of(new Origin(7, Duration.ZERO)))))
                .isFalse();
        Message earlier = new Message("c1", 1, Sender.USER, "my words", List.of(), null, T0);
        assertThat(TurnBatches.plain(new Turn(
                        plain.conversation(),
                        plain.messages(),
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        List.of(new Rewrite(earlier, "[redacted]")),
                        Optional.empty())))
                .isFalse();
        Conversation c = conversation("c1");
        Message agent = new Message("c1", 1, Sender.AGENT, "hi, I am Li", List.of(), null, T0);
        assertThat(TurnBatches.plain(new Turn(c.next(c.state(), c.memory(), 1, T0), List.of(agent), Optional.empty())))
                .isFalse();
    }

    @Test
    void aTurnOfAMessagingPlatformsConversationIsNot() {
        Conversation telegram = new Conversation(
                "c2",
                "hash",
                "zh-CN",
                "telegram",
                plain.conversation().state(),
                plain.conversation().memory(),
                0,
                0,
                T0,
                T0);
        assertThat(TurnBatches.plain(turn(telegram, "你好"))).isFalse();
    }

    @Test
    void onlyABatchTheDatabaseRolledBackIsHandedBackToBeCommittedTurnByTurn() {
        assertThat(TurnBatches.rolledBack(
                        new StoreException("cannot commit", new SQLException("deadlock detected", "40P01"))))
                .isTrue();
        assertThat(TurnBatches.rolledBack(new SQLException("could not serialize", "40001")))
                .isTrue();
        // A lost connection may have lost it during the commit: its turns fail rather than risk a second write.
        assertThat(TurnBatches.rolledBack(
                        new StoreException("cannot commit", new SQLException("connection lost", "08006"))))
                .isFalse();
        assertThat(TurnBatches.rolledBack(new IllegalStateException("no cause")))
                .isFalse();
    }
}
