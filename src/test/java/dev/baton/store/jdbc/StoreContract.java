package dev.baton.store.jdbc;

import static dev.baton.store.jdbc.Fixtures.T0;
import static dev.baton.store.jdbc.Fixtures.conversation;
import static dev.baton.store.jdbc.Fixtures.ticket;
import static dev.baton.store.jdbc.Fixtures.turn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.conversation.ConcurrentTurnException;
import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationState;
import dev.baton.conversation.ConversationStore;
import dev.baton.conversation.DialogueMemory;
import dev.baton.conversation.Message;
import dev.baton.conversation.Sender;
import dev.baton.conversation.Turn;
import dev.baton.details.Details;
import dev.baton.handoff.Priority;
import dev.baton.handoff.QueuedTicket;
import dev.baton.handoff.Ticket;
import dev.baton.handoff.TicketStatus;
import dev.baton.handoff.TicketStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every database under the store must do; run by one subclass per database. The tables are emptied
 * before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContract {

    /** How long the expiry tests let an empty conversation live. */
    private static final Duration TTL = Duration.ofHours(1);

    Database database;
    ConversationStore conversations;
    TicketStore tickets;

    /** A freshly migrated database of this kind. */
    abstract Database open();

    abstract Dialect dialect();

    /** Removes what {@link #open()} made, after the database is closed. */
    void dispose() {
    }

    @BeforeAll
    void openDatabase() {
        database = open();
        conversations = new JdbcConversationStore(database);
        tickets = new JdbcTicketStore(database);
    }

    @AfterAll
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
        dispose();
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM outbox");
            s.executeUpdate("DELETE FROM chat_links");
            s.executeUpdate("DELETE FROM tickets");
            s.executeUpdate("DELETE FROM messages");
            s.executeUpdate("DELETE FROM conversations");
        }
    }

    @Test
    void theDialectIsDetectedFromTheUrl() {
        assertThat(database.dialect()).isEqualTo(dialect());
    }

    @Test
    void aCreatedConversationIsFoundAsItWasStored() {
        Conversation c = new Conversation("c1", "hash", null, "telegram", ConversationState.COLLECTING_DETAILS,
                Fixtures.memory(), 0, 0, T0, T0.plusMillis(5));
        conversations.create(c);

        assertThat(conversations.find("c1")).contains(c);
    }

    @Test
    void emptyMemoryAndMissingFieldsRoundTrip() {
        Conversation c = conversation("c1");
        conversations.create(c);
        DialogueMemory bare = new DialogueMemory(null, 0, null, 0, null, null, null, null, null, false, null);

        conversations.commit(new Turn(c.next(ConversationState.QUEUED, bare, 1, T0.plusSeconds(1)),
                List.of(new Message("c1", 1, Sender.SYSTEM, "", null, null, T0.plusSeconds(1))), Optional.empty()));

        assertThat(conversations.find("c1").orElseThrow().memory()).isEqualTo(DialogueMemory.EMPTY);
        Message stored = conversations.messages("c1", 0, 10).get(0);
        assertThat(stored.quickReplies()).isEmpty();
        assertThat(stored.decision()).isNull();
        assertThat(stored.text()).isEmpty();
    }

    @Test
    void unknownIdsFindNothing() {
        assertThat(conversations.find("nope")).isEmpty();
        assertThat(conversations.messages("nope", 0, 10)).isEmpty();
        assertThat(tickets.find("nope")).isEmpty();
        assertThat(tickets.queuePosition("nope")).isZero();
        assertThat(tickets.queued(10)).isEmpty();
    }

    @Test
    void aCommittedTurnAppendsItsMessagesInOrderAndAdvancesTheConversation() {
        Conversation c = conversation("c1");
        conversations.create(c);
        Turn first = turn(c, "hello");
        conversations.commit(first);
        Turn second = turn(first.conversation(), "how much are the fees", "and for withdrawals?");
        conversations.commit(second);

        assertThat(conversations.find("c1")).contains(second.conversation());
        assertThat(conversations.messages("c1", 0, 100)).extracting(Message::seq).containsExactly(1L, 2L, 3L, 4L,
                5L, 6L);
        assertThat(conversations.messages("c1", 0, 100))
                .containsExactlyElementsOf(concat(first.messages(), second.messages()));
    }

    @Test
    void messagesArePagedAfterASeqUpToALimit() {
        Conversation c = conversation("c1");
        conversations.create(c);
        conversations.commit(turn(c, "a", "b", "c", "d", "e"));

        assertThat(conversations.messages("c1", 0, 3)).extracting(Message::seq).containsExactly(1L, 2L, 3L);
        assertThat(conversations.messages("c1", 3, 3)).extracting(Message::seq).containsExactly(4L, 5L, 6L);
        assertThat(conversations.messages("c1", 9, 3)).extracting(Message::seq).containsExactly(10L);
        assertThat(conversations.messages("c1", 10, 3)).isEmpty();
        assertThat(conversations.messages("c1", 0, 0)).isEmpty();
    }

    @Test
    void aTurnOverAStaleVersionIsRejectedAndWritesNothing() {
        Conversation c = conversation("c1");
        conversations.create(c);
        Turn winner = turn(c, "first");
        Turn loser = turn(c, T0.plusSeconds(2),
                Optional.of(ticket("t1", "c1", Priority.URGENT, TicketStatus.QUEUED, T0)), "second");
        conversations.commit(winner);

        assertThatThrownBy(() -> conversations.commit(loser)).isInstanceOf(ConcurrentTurnException.class);
        assertThat(conversations.find("c1")).contains(winner.conversation());
        assertThat(conversations.messages("c1", 0, 10)).containsExactlyElementsOf(winner.messages());
        assertThat(tickets.find("t1")).isEmpty();
    }

    @Test
    void aTurnOfAConversationNeverCreatedIsRejected() {
        assertThatThrownBy(() -> conversations.commit(turn(conversation("ghost"), "hi")))
                .isInstanceOf(ConcurrentTurnException.class);
        assertThat(conversations.messages("ghost", 0, 10)).isEmpty();
    }

    @Test
    void aTurnThatFailsHalfwayLeavesNothingBehindAndTheStoreCarriesOn() {
        Conversation c = conversation("c1");
        conversations.create(c);
        Turn broken = turn(c, T0.plusSeconds(1),
                Optional.of(ticket("t1", "no-such-conversation", Priority.URGENT, TicketStatus.QUEUED, T0)), "hi");

        assertThatThrownBy(() -> conversations.commit(broken)).isInstanceOf(StoreException.class)
                .hasCauseInstanceOf(SQLException.class);
        assertThat(conversations.find("c1")).contains(c);
        assertThat(conversations.messages("c1", 0, 10)).isEmpty();
        assertThat(tickets.find("t1")).isEmpty();

        for (int i = 0; i < 8; i++) {
            Turn retry = turn(conversations.find("c1").orElseThrow(), "again " + i);
            conversations.commit(retry);
        }
        assertThat(conversations.messages("c1", 0, 100)).hasSize(16);
    }

    @Test
    void ofConcurrentTurnsOverOneVersionExactlyOneCommits() throws Exception {
        Conversation c = conversation("c1");
        conversations.create(c);
        List<Turn> contenders = List.of(turn(c, "a"), turn(c, "b"), turn(c, "c"), turn(c, "d"));

        List<Turn> committed = Race.run(contenders, conversations::commit);

        assertThat(committed).hasSize(1);
        Turn winner = committed.get(0);
        assertThat(conversations.find("c1")).contains(winner.conversation());
        assertThat(conversations.messages("c1", 0, 10)).containsExactlyElementsOf(winner.messages());
    }

    @Test
    void aTicketIsInsertedWithItsTurnAndUpdatedByLaterTurns() {
        Conversation c = conversation("c1");
        conversations.create(c);
        Ticket opened = ticket("t1", "c1", Priority.NORMAL, TicketStatus.QUEUED, T0.plusSeconds(1));
        Turn first = turn(c, T0.plusSeconds(1), Optional.of(opened), "I want a human");
        conversations.commit(first);
        assertThat(tickets.find("t1")).contains(opened);

        Ticket changed = new Ticket("t1", "c1", Priority.URGENT, "funds_at_risk.wrong_address",
                TicketStatus.ASSIGNED, 2, Details.NONE.withAccountId("bob"), "a_7", null, opened.createdAt(),
                T0.plusSeconds(9), T0.plusSeconds(300), T0.plusSeconds(8), null, null);
        conversations.commit(turn(first.conversation(), T0.plusSeconds(9), Optional.of(changed), "it is bob"));

        assertThat(tickets.find("t1")).contains(changed);
    }

    @Test
    void theQueueTakesUrgentTicketsFirstThenTheOldestThenById() {
        queue("n1", Priority.NORMAL, TicketStatus.QUEUED, 0);
        queue("n3", Priority.NORMAL, TicketStatus.QUEUED, 0);
        queue("n2", Priority.NORMAL, TicketStatus.QUEUED, 1);
        queue("u2", Priority.URGENT, TicketStatus.QUEUED, 3);
        queue("u1", Priority.URGENT, TicketStatus.QUEUED, 2);
        queue("a1", Priority.URGENT, TicketStatus.ASSIGNED, 0);

        assertThat(tickets.queued(10)).extracting(Ticket::id).containsExactly("u1", "u2", "n1", "n3", "n2");
        assertThat(tickets.queued(2)).extracting(Ticket::id).containsExactly("u1", "u2");
        assertThat(List.of("u1", "u2", "n1", "n3", "n2", "a1", "unknown")).map(tickets::queuePosition)
                .containsExactly(1, 2, 3, 4, 5, 0, 0);
    }

    @Test
    void theQueueOrderListsOnlyQueuedTicketsInOrderWithoutTheirDetails() {
        queue("n1", Priority.NORMAL, TicketStatus.QUEUED, 0);
        queue("u1", Priority.URGENT, TicketStatus.QUEUED, 5);
        queue("a1", Priority.URGENT, TicketStatus.ASSIGNED, 0);

        assertThat(tickets.queueOrder()).containsExactly(
                new QueuedTicket("u1", Priority.URGENT, T0.plusSeconds(5)),
                new QueuedTicket("n1", Priority.NORMAL, T0));
    }

    @Test
    void twoWorkersLockingCandidatesByIdTakeDifferentTicketsFromTheHeadOfTheQueue() throws SQLException {
        queue("n1", Priority.NORMAL, TicketStatus.QUEUED, 0);
        queue("u1", Priority.URGENT, TicketStatus.QUEUED, 1);

        try (Connection first = database.dataSource().getConnection();
             Connection second = database.dataSource().getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            try {
                assertThat(takeHead(first)).isEqualTo("u1");
                assertThat(takeHead(second)).isEqualTo("n1");
            } finally {
                first.rollback();
                second.rollback();
                first.setAutoCommit(true);
                second.setAutoCommit(true);
            }
        }
    }

    /** The way a queue worker must lock the head on both databases (see Dialect#lockSkippingLocked). */
    private String takeHead(Connection connection) throws SQLException {
        List<String> candidates = Sql.column(connection,
                "SELECT id FROM tickets WHERE status = 'queued' ORDER BY priority_rank, created_at, id LIMIT 10");
        for (String id : candidates) {
            String locked = Sql.single(connection, "SELECT id FROM tickets WHERE id = '" + id
                    + "' AND status = 'queued'" + database.dialect().lockSkippingLocked());
            if (locked != null) {
                return locked;
            }
        }
        return null;
    }

    @Test
    void chineseAndEmojiRoundTrip() {
        Conversation c = conversation("会话-1");
        conversations.create(c);
        Turn t = turn(c, T0.plusSeconds(1), Optional.of(ticket("票-1", "会话-1", Priority.URGENT,
                TicketStatus.QUEUED, T0)), "我的钱包被盗了 🆘🔥 𠀀 — can you help?");
        conversations.commit(t);

        assertThat(conversations.messages("会话-1", 0, 10)).containsExactlyElementsOf(t.messages());
        assertThat(conversations.find("会话-1")).contains(t.conversation());
        assertThat(tickets.find("票-1").orElseThrow().details()).isEqualTo(Fixtures.details());
    }

    @Test
    void conversationsNobodyWroteInAreDeletedOnceOldEnoughAndEveryOtherIsKept() throws SQLException {
        conversations.create(conversation("empty-old"));
        conversations.create(conversation("empty-at-cutoff", T0.plus(TTL)));
        conversations.create(conversation("empty-new", T0.plus(TTL).plusSeconds(1)));
        Conversation talked = conversation("talked");
        conversations.create(talked);
        conversations.commit(turn(talked, "hello"));
        queue("t1", Priority.NORMAL, TicketStatus.QUEUED, 0);
        conversations.create(conversation("linked"));
        try (Connection c = database.dataSource().getConnection()) {
            Sql.execute(c, "INSERT INTO chat_links (conversation_id, channel, chat_id, created_at) "
                    + "VALUES ('linked', 'telegram', '42', 0)");
        }

        assertThat(conversations.deleteEmptyBefore(T0.plus(TTL))).isEqualTo(1);

        assertThat(conversations.find("empty-old")).isEmpty();
        assertThat(List.of("empty-at-cutoff", "empty-new", "talked", "c-t1", "linked"))
                .allSatisfy(id -> assertThat(conversations.find(id)).as(id).isPresent());
        assertThat(conversations.messages("talked", 0, 10)).hasSize(2);
        assertThat(tickets.find("t1")).isPresent();
        assertThat(conversations.deleteEmptyBefore(T0.plus(TTL))).isZero();
    }

    @Test
    void instancesExpiringAtOnceDeleteEachEmptyConversationOnceInBatches() throws Exception {
        int count = 2 * JdbcConversationStore.EXPIRY_BATCH + 7;
        for (int i = 0; i < count; i++) {
            conversations.create(conversation("e" + i));
        }

        List<Integer> deleted = Race.counts(3, () -> conversations.deleteEmptyBefore(T0.plus(TTL)));

        assertThat(deleted.stream().mapToInt(Integer::intValue).sum()).isEqualTo(count);
        assertThat(conversations.deleteEmptyBefore(T0.plus(TTL))).isZero();
        assertThat(conversations.find("e0")).isEmpty();
    }

    @Test
    void aFirstTurnCommittingWhileExpiryWaitsOnItKeepsTheConversationAndItsMessage() throws Exception {
        conversations.create(conversation("c1"));
        ExecutorService sweeper = Executors.newSingleThreadExecutor();
        try (Connection turnInFlight = database.dataSource().getConnection()) {
            turnInFlight.setAutoCommit(false);
            Sql.execute(turnInFlight, "UPDATE conversations SET version = 1, last_seq = 2 WHERE id = 'c1' AND version = 0");
            Sql.execute(turnInFlight, "INSERT INTO messages (conversation_id, seq, sender, text, created_at) "
                    + "VALUES ('c1', 1, 'user', 'hello', 0)");
            String holder = Sql.single(turnInFlight, dialect() == Dialect.H2 ? "SELECT SESSION_ID()"
                    : "SELECT pg_backend_pid()");

            Future<Integer> sweep = sweeper.submit(() -> conversations.deleteEmptyBefore(T0.plus(TTL)));
            awaitBlockedBy(holder);
            turnInFlight.commit();
            turnInFlight.setAutoCommit(true);

            assertThat(sweep.get(30, TimeUnit.SECONDS)).isZero();
        } finally {
            sweeper.shutdownNow();
        }
        assertThat(conversations.find("c1")).get().extracting(Conversation::version).isEqualTo(1L);
        assertThat(conversations.messages("c1", 0, 10)).extracting(Message::text).containsExactly("hello");
    }

    @Test
    void aTurnOfAnExpiredConversationIsRejectedAndWritesNothing() {
        Conversation c = conversation("c1");
        conversations.create(c);
        conversations.deleteEmptyBefore(T0.plus(TTL));

        assertThatThrownBy(() -> conversations.commit(turn(c, "too late"))).isInstanceOf(ConcurrentTurnException.class);
        assertThat(conversations.find("c1")).isEmpty();
        assertThat(conversations.messages("c1", 0, 10)).isEmpty();
    }

    /** Bounded polling until another session waits for a lock that session {@code holder} holds. */
    private void awaitBlockedBy(String holder) throws Exception {
        String waiting = dialect() == Dialect.H2
                ? "SELECT COUNT(*) FROM information_schema.sessions WHERE blocker_id = " + holder
                : "SELECT COUNT(*) FROM pg_stat_activity WHERE " + holder + " = ANY (pg_blocking_pids(pid))";
        try (Connection c = database.dataSource().getConnection()) {
            for (int i = 0; i < 1_000; i++) {
                if (!"0".equals(Sql.single(c, waiting))) {
                    return;
                }
                LockSupport.parkNanos(10_000_000);
            }
        }
        throw new AssertionError("the expiry never waited for the turn in flight");
    }

    private void queue(String ticketId, Priority priority, TicketStatus status, int secondsAfterT0) {
        Conversation c = conversation("c-" + ticketId);
        conversations.create(c);
        conversations.commit(turn(c, T0.plusSeconds(secondsAfterT0),
                Optional.of(ticket(ticketId, c.id(), priority, status, T0.plusSeconds(secondsAfterT0))), "help"));
    }

    private static List<Message> concat(List<Message> a, List<Message> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
