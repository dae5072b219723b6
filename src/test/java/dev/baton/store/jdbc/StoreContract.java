package dev.baton.store.jdbc;

import static dev.baton.store.jdbc.Fixtures.T0;
import static dev.baton.store.jdbc.Fixtures.conversation;
import static dev.baton.store.jdbc.Fixtures.ticket;
import static dev.baton.store.jdbc.Fixtures.turn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.agent.AgentStore;
import dev.baton.agent.PresenceStore;
import dev.baton.channel.ChannelStore;
import dev.baton.conversation.ConcurrentTurnException;
import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationState;
import dev.baton.conversation.ConversationStore;
import dev.baton.conversation.DialogueMemory;
import dev.baton.conversation.Message;
import dev.baton.conversation.Sender;
import dev.baton.conversation.Turn;
import dev.baton.handoff.AuditTrail;
import dev.baton.handoff.Priority;
import dev.baton.handoff.TicketStatus;
import dev.baton.handoff.TicketStore;
import dev.baton.knowledge.KnowledgeStore;
import dev.baton.learning.LearningStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every database under the store must do; run by one subclass per database. The conversations and their
 * turns are here, the tickets and their queue in {@link TicketQueueContract}, the expiry of empty
 * conversations in {@link ExpiryContract}, the messages kept for the learning loop in {@link
 * LearningContract}, agents' availability in {@link PresenceContract}, messages as stored in {@link MessageContract},
 * platform chats' deliveries in {@link ChannelContract}, a turn's own path (remembered conversations, many
 * turns at once) in {@link TurnPathContract}. The tables are emptied before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContract
        implements TicketQueueContract,
                ExpiryContract,
                KnowledgeContract,
                LearningContract,
                PresenceContract,
                AuditContract,
                MessageContract,
                TurnPathContract,
                ChannelContract {

    Database database;
    ConversationStore conversations;
    JdbcTicketStore tickets;
    KnowledgeStore knowledge;
    LearningStore learning;
    AgentStore agents;
    PresenceStore presence;
    ChannelStore channels;

    /** A freshly migrated database of this kind. */
    abstract Database open();

    abstract Dialect dialect();

    /** Removes what {@link #open()} made, after the database is closed. */
    void dispose() {}

    @Override
    public Database database() {
        return database;
    }

    @Override
    public ConversationStore conversations() {
        return conversations;
    }

    @Override
    public TicketStore tickets() {
        return tickets;
    }

    @Override
    public AuditTrail audit() {
        return tickets;
    }

    @Override
    public KnowledgeStore knowledge() {
        return knowledge;
    }

    @Override
    public LearningStore learning() {
        return learning;
    }

    @Override
    public AgentStore agents() {
        return agents;
    }

    @Override
    public PresenceStore presence() {
        return presence;
    }

    @Override
    public ChannelStore channels() {
        return channels;
    }

    @BeforeAll
    void openDatabase() {
        database = open();
        conversations = new JdbcConversationStore(database);
        tickets = new JdbcTicketStore(database);
        knowledge = new JdbcKnowledgeStore(database);
        learning = new JdbcLearningStore(database);
        agents = new JdbcAgentStore(database);
        presence = new JdbcPresenceStore(database);
        channels = new JdbcChannelStore(database);
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
        try (Connection c = database.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM knowledge_live");
            s.executeUpdate("DELETE FROM knowledge_versions");
            s.executeUpdate("DELETE FROM knowledge_draft");
            s.executeUpdate("DELETE FROM knowledge_publishes");
            s.executeUpdate("DELETE FROM outbox");
            s.executeUpdate("DELETE FROM inbound");
            s.executeUpdate("DELETE FROM chat_links");
            s.executeUpdate("DELETE FROM tickets");
            s.executeUpdate("DELETE FROM learning_messages");
            s.executeUpdate("DELETE FROM messages");
            s.executeUpdate("DELETE FROM conversations");
            s.executeUpdate("DELETE FROM agent_connections");
            s.executeUpdate("DELETE FROM agents");
        }
    }

    @Test
    void theDialectIsDetectedFromTheUrl() {
        assertThat(database.dialect()).isEqualTo(dialect());
    }

    @Test
    void aCreatedConversationIsFoundAsItWasStored() {
        Conversation c = new Conversation(
                "c1",
                "hash",
                null,
                "telegram",
                ConversationState.COLLECTING_DETAILS,
                Fixtures.memory(),
                0,
                0,
                T0,
                T0.plusMillis(5));
        conversations.create(c);

        assertThat(conversations.find("c1")).contains(c);
    }

    @Test
    void emptyMemoryAndMissingFieldsRoundTrip() {
        Conversation c = conversation("c1");
        conversations.create(c);
        DialogueMemory bare = new DialogueMemory(null, 0, null, 0, null, null, null, null, null, false, null);

        conversations.commit(new Turn(
                c.next(ConversationState.QUEUED, bare, 1, T0.plusSeconds(1)),
                List.of(new Message("c1", 1, Sender.SYSTEM, "", null, null, T0.plusSeconds(1))),
                Optional.empty()));

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
        assertThat(conversations.messages("c1", 0, 100))
                .extracting(Message::seq)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(conversations.messages("c1", 0, 100))
                .containsExactlyElementsOf(concat(first.messages(), second.messages()));
    }

    @Test
    void aTurnOverAStaleVersionIsRejectedAndWritesNothing() {
        Conversation c = conversation("c1");
        conversations.create(c);
        Turn winner = turn(c, "first");
        Turn loser = turn(
                c,
                T0.plusSeconds(2),
                Optional.of(ticket("t1", "c1", Priority.URGENT, TicketStatus.QUEUED, T0)),
                "second");
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
        Turn broken = turn(
                c,
                T0.plusSeconds(1),
                Optional.of(ticket("t1", "no-such-conversation", Priority.URGENT, TicketStatus.QUEUED, T0)),
                "hi");

        assertThatThrownBy(() -> conversations.commit(broken))
                .isInstanceOf(StoreException.class)
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

    private static List<Message> concat(List<Message> a, List<Message> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
