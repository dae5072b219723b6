package dev.baton.store.jdbc;

import static dev.baton.store.jdbc.Fixtures.T0;
import static dev.baton.store.jdbc.Fixtures.conversation;
import static dev.baton.store.jdbc.Fixtures.queued;
import static dev.baton.store.jdbc.Fixtures.ticket;
import static dev.baton.store.jdbc.Fixtures.turn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationStore;
import dev.baton.conversation.Turn;
import dev.baton.details.Details;
import dev.baton.handoff.Priority;
import dev.baton.handoff.QueueCount;
import dev.baton.handoff.QueuedTicket;
import dev.baton.handoff.Ticket;
import dev.baton.handoff.TicketStatus;
import dev.baton.handoff.TicketStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The part of {@link StoreContract} on tickets: written with their turn, and taken from the queue urgent first,
 * then oldest, then by id, by workers that never take the same one.
 */
interface TicketQueueContract {

    /** The store's database, migrated and emptied before each test. */
    Database database();

    ConversationStore conversations();

    TicketStore tickets();

    @Test
    default void aTicketIsInsertedWithItsTurnAndUpdatedByLaterTurns() {
        Conversation c = conversation("c1");
        conversations().create(c);
        Ticket opened = ticket("t1", "c1", Priority.NORMAL, TicketStatus.QUEUED, T0.plusSeconds(1));
        Turn first = turn(c, T0.plusSeconds(1), Optional.of(opened), "I want a human");
        conversations().commit(first);
        assertThat(tickets().find("t1")).contains(opened);

        Ticket changed = new Ticket(
                "t1",
                "c1",
                Priority.URGENT,
                "funds_at_risk.wrong_address",
                TicketStatus.ASSIGNED,
                2,
                Details.NONE.withAccountId("bob"),
                "a_7",
                null,
                opened.createdAt(),
                T0.plusSeconds(9),
                T0.plusSeconds(300),
                T0.plusSeconds(8),
                null,
                null);
        conversations().commit(turn(first.conversation(), T0.plusSeconds(9), Optional.of(changed), "it is bob"));

        assertThat(tickets().find("t1")).contains(changed);
    }

    @Test
    default void theQueueTakesUrgentTicketsFirstThenTheOldestThenById() {
        queued(conversations(), "n1", Priority.NORMAL, TicketStatus.QUEUED, 0);
        queued(conversations(), "n3", Priority.NORMAL, TicketStatus.QUEUED, 0);
        queued(conversations(), "n2", Priority.NORMAL, TicketStatus.QUEUED, 1);
        queued(conversations(), "u2", Priority.URGENT, TicketStatus.QUEUED, 3);
        queued(conversations(), "u1", Priority.URGENT, TicketStatus.QUEUED, 2);
        queued(conversations(), "a1", Priority.URGENT, TicketStatus.ASSIGNED, 0);

        assertThat(tickets().queued(10)).extracting(Ticket::id).containsExactly("u1", "u2", "n1", "n3", "n2");
        assertThat(tickets().queued(2)).extracting(Ticket::id).containsExactly("u1", "u2");
        assertThat(List.of("u1", "u2", "n1", "n3", "n2", "a1", "unknown"))
                .map(tickets()::queuePosition)
                .containsExactly(1, 2, 3, 4, 5, 0, 0);
    }

    @Test
    default void theQueueOrderListsOnlyQueuedTicketsInOrderWithoutTheirDetails() {
        queued(conversations(), "n1", Priority.NORMAL, TicketStatus.QUEUED, 0);
        queued(conversations(), "u1", Priority.URGENT, TicketStatus.QUEUED, 5);
        queued(conversations(), "a1", Priority.URGENT, TicketStatus.ASSIGNED, 0);

        assertThat(tickets().queueOrder())
                .containsExactly(
                        new QueuedTicket("u1", Priority.URGENT, T0.plusSeconds(5)),
                        new QueuedTicket("n1", Priority.NORMAL, T0));
    }

    @Test
    default void theQueueIsCountedByPriorityAndTierWithEachGroupsOldest() {
        queued(conversations(), "n1", Priority.NORMAL, TicketStatus.QUEUED, 4);
        queued(conversations(), "n2", Priority.NORMAL, TicketStatus.QUEUED, 1);
        queued(conversations(), "u1", Priority.URGENT, TicketStatus.QUEUED, 5);
        queued(conversations(), "a1", Priority.URGENT, TicketStatus.ASSIGNED, 0);

        assertThat(tickets().queueCounts())
                .containsExactlyInAnyOrder(
                        new QueueCount(Priority.NORMAL, 1, 2, T0.plusSeconds(1)),
                        new QueueCount(Priority.URGENT, 1, 1, T0.plusSeconds(5)));
    }

    @Test
    default void twoWorkersLockingCandidatesByIdTakeDifferentTicketsFromTheHeadOfTheQueue() throws SQLException {
        queued(conversations(), "n1", Priority.NORMAL, TicketStatus.QUEUED, 0);
        queued(conversations(), "u1", Priority.URGENT, TicketStatus.QUEUED, 1);

        try (Connection first = database().dataSource().getConnection();
                Connection second = database().dataSource().getConnection()) {
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
        List<String> candidates = Sql.column(
                connection,
                "SELECT id FROM tickets WHERE status = 'queued' ORDER BY priority_rank, created_at, id LIMIT 10");
        for (String id : candidates) {
            String locked = Sql.single(
                    connection,
                    "SELECT id FROM tickets WHERE id = '" + id + "' AND status = 'queued'"
                            + database().dialect().lockSkippingLocked());
            if (locked != null) {
                return locked;
            }
        }
        return null;
    }
}
