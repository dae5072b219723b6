package dev.baton.store.jdbc;

import static dev.baton.store.jdbc.Fixtures.T0;
import static dev.baton.store.jdbc.Fixtures.conversation;
import static dev.baton.store.jdbc.Fixtures.queued;
import static dev.baton.store.jdbc.Fixtures.turn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.conversation.ConcurrentTurnException;
import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationStore;
import dev.baton.conversation.Message;
import dev.baton.handoff.Priority;
import dev.baton.handoff.TicketStatus;
import dev.baton.handoff.TicketStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * The part of {@link StoreContract} on conversations nobody wrote in: deleted once old enough and only then,
 * each once when instances expire at once, never while a first turn commits, and a turn of one gone is
 * rejected.
 */
interface ExpiryContract {

    /** How long the expiry tests let an empty conversation live. */
    Duration TTL = Duration.ofHours(1);

    /** The store's database, migrated and emptied before each test. */
    Database database();

    ConversationStore conversations();

    TicketStore tickets();

    @Test
    default void conversationsNobodyWroteInAreDeletedOnceOldEnoughAndEveryOtherIsKept() throws SQLException {
        conversations().create(conversation("empty-old"));
        conversations().create(conversation("empty-at-cutoff", T0.plus(TTL)));
        conversations().create(conversation("empty-new", T0.plus(TTL).plusSeconds(1)));
        Conversation talked = conversation("talked");
        conversations().create(talked);
        conversations().commit(turn(talked, "hello"));
        queued(conversations(), "t1", Priority.NORMAL, TicketStatus.QUEUED, 0);
        conversations().create(conversation("linked"));
        try (Connection c = database().dataSource().getConnection()) {
            Sql.execute(
                    c,
                    "INSERT INTO chat_links (conversation_id, channel, chat_id, created_at) "
                            + "VALUES ('linked', 'telegram', '42', 0)");
        }

        assertThat(conversations().deleteEmptyBefore(T0.plus(TTL))).isEqualTo(1);

        assertThat(conversations().find("empty-old")).isEmpty();
        assertThat(List.of("empty-at-cutoff", "empty-new", "talked", "c-t1", "linked"))
                .allSatisfy(id -> assertThat(conversations().find(id)).as(id).isPresent());
        assertThat(conversations().messages("talked", 0, 10)).hasSize(2);
        assertThat(tickets().find("t1")).isPresent();
        assertThat(conversations().deleteEmptyBefore(T0.plus(TTL))).isZero();
    }

    @Test
    default void instancesExpiringAtOnceDeleteEachEmptyConversationOnceInBatches() throws Exception {
        int count = 2 * JdbcConversationStore.EXPIRY_BATCH + 7;
        for (int i = 0; i < count; i++) {
            conversations().create(conversation("e" + i));
        }

        List<Integer> deleted = Race.counts(3, () -> conversations().deleteEmptyBefore(T0.plus(TTL)));

        assertThat(deleted.stream().mapToInt(Integer::intValue).sum()).isEqualTo(count);
        assertThat(conversations().deleteEmptyBefore(T0.plus(TTL))).isZero();
        assertThat(conversations().find("e0")).isEmpty();
    }

    @Test
    default void aFirstTurnCommittingWhileExpiryWaitsOnItKeepsTheConversationAndItsMessage() throws Exception {
        conversations().create(conversation("c1"));
        ExecutorService sweeper = Executors.newSingleThreadExecutor();
        try (Connection turnInFlight = database().dataSource().getConnection()) {
            turnInFlight.setAutoCommit(false);
            Sql.execute(
                    turnInFlight, "UPDATE conversations SET version = 1, last_seq = 2 WHERE id = 'c1' AND version = 0");
            Sql.execute(
                    turnInFlight,
                    "INSERT INTO messages (conversation_id, seq, sender, text, created_at) "
                            + "VALUES ('c1', 1, 'user', 'hello', 0)");
            String holder = Sql.single(
                    turnInFlight,
                    database().dialect() == Dialect.H2 ? "SELECT SESSION_ID()" : "SELECT pg_backend_pid()");

            Future<Integer> sweep = sweeper.submit(() -> conversations().deleteEmptyBefore(T0.plus(TTL)));
            awaitBlockedBy(holder);
            turnInFlight.commit();
            turnInFlight.setAutoCommit(true);

            assertThat(sweep.get(30, TimeUnit.SECONDS)).isZero();
        } finally {
            sweeper.shutdownNow();
        }
        assertThat(conversations().find("c1"))
                .get()
                .extracting(Conversation::version)
                .isEqualTo(1L);
        assertThat(conversations().messages("c1", 0, 10))
                .extracting(Message::text)
                .containsExactly("hello");
    }

    @Test
    default void aTurnOfAnExpiredConversationIsRejectedAndWritesNothing() {
        Conversation c = conversation("c1");
        conversations().create(c);
        conversations().deleteEmptyBefore(T0.plus(TTL));

        assertThatThrownBy(() -> conversations().commit(turn(c, "too late")))
                .isInstanceOf(ConcurrentTurnException.class);
        assertThat(conversations().find("c1")).isEmpty();
        assertThat(conversations().messages("c1", 0, 10)).isEmpty();
    }

    /** Bounded polling until another session waits for a lock that session {@code holder} holds. */
    private void awaitBlockedBy(String holder) throws Exception {
        String waiting = database().dialect() == Dialect.H2
                ? "SELECT COUNT(*) FROM information_schema.sessions WHERE blocker_id = " + holder
                : "SELECT COUNT(*) FROM pg_stat_activity WHERE " + holder + " = ANY (pg_blocking_pids(pid))";
        try (Connection c = database().dataSource().getConnection()) {
            for (int i = 0; i < 1_000; i++) {
                if (!"0".equals(Sql.single(c, waiting))) {
                    return;
                }
                LockSupport.parkNanos(10_000_000);
            }
        }
        throw new AssertionError("the expiry never waited for the turn in flight");
    }
}
