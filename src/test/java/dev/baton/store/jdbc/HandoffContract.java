package dev.baton.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.baton.agent.AgentAccounts;
import dev.baton.agent.HandoffService;
import dev.baton.agent.Right;
import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationState;
import dev.baton.conversation.Dialogue;
import dev.baton.conversation.DialogueMemory;
import dev.baton.conversation.ExtractorDetailReader;
import dev.baton.conversation.LocalConversationEvents;
import dev.baton.conversation.Message;
import dev.baton.conversation.Sender;
import dev.baton.conversation.Turn;
import dev.baton.decision.Localizer;
import dev.baton.details.DetailExtractor;
import dev.baton.details.Details;
import dev.baton.handoff.Actor;
import dev.baton.handoff.AuditEntry;
import dev.baton.handoff.Priority;
import dev.baton.handoff.QueueHandoffDesk;
import dev.baton.handoff.SlaPolicy;
import dev.baton.handoff.Ticket;
import dev.baton.handoff.TicketException;
import dev.baton.handoff.TicketQuery;
import dev.baton.handoff.TicketStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Agents' actions on tickets over a real database: a ticket's life with every action audited, the email
 * offer and abandonment here, the atomic claim under dozens of racing threads and the capacity check in
 * {@link ClaimRaceContract}. One subclass per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HandoffContract implements ClaimRaceContract {

    Database database;
    JdbcConversationStore conversations;
    JdbcTicketStore tickets;
    AgentAccounts accounts;
    HandoffService handoff;
    final Instant t0 = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

    abstract Database open();

    void dispose() {}

    @BeforeAll
    void openDatabase() {
        database = open();
        conversations = new JdbcConversationStore(database);
        tickets = new JdbcTicketStore(database);
        accounts = new AgentAccounts(new JdbcAgentStore(database), Clock.systemUTC());
        QueueHandoffDesk desk = new QueueHandoffDesk(
                tickets,
                Duration.ofMinutes(3),
                SlaPolicy.DEFAULT,
                Duration.ofSeconds(1),
                Clock.systemUTC(),
                Ticker.systemTicker(),
                Runnable::run);
        handoff = new HandoffService(
                conversations,
                tickets,
                desk,
                text -> text.replace("SECRET", "[redacted]"),
                new Dialogue(new ExtractorDetailReader(new DetailExtractor()), new Localizer()),
                new LocalConversationEvents(),
                Clock.systemUTC());
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
            for (String table :
                    List.of("audit_log", "ticket_notes", "tickets", "messages", "conversations", "agents")) {
                s.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    @Override
    public HandoffService handoff() {
        return handoff;
    }

    @Override
    public JdbcConversationStore conversations() {
        return conversations;
    }

    @Override
    public JdbcTicketStore tickets() {
        return tickets;
    }

    @Override
    public Ticket queued(String id, Priority priority, int secondsAfterT0) {
        Instant at = t0.plusSeconds(secondsAfterT0);
        Ticket ticket =
                Ticket.open("t_" + id, "c_" + id, priority, "human_requested", 1, Details.NONE, at, SlaPolicy.DEFAULT);
        Conversation c = new Conversation(
                "c_" + id, "hash", "zh-CN", "web", ConversationState.BOT, DialogueMemory.EMPTY, 0, 0, at, at);
        conversations.create(c);
        Message user = new Message(c.id(), 1, Sender.USER, "转人工", List.of(), null, at);
        conversations.commit(new Turn(
                c.next(ConversationState.QUEUED, DialogueMemory.EMPTY.withTicketId(ticket.id()), 1, at),
                List.of(user),
                Optional.of(ticket)));
        return ticket;
    }

    @Override
    public Actor agent(String name, int tier, boolean supervisor) {
        var issued = accounts.add(name, tier, supervisor ? Set.of(Right.SUPERVISOR) : Set.of());
        return new Actor(issued.agent().id(), name, tier, supervisor);
    }

    @Test
    void aTicketGoesThroughItsLifeWithEveryActionAudited() {
        Ticket t = queued("life", Priority.NORMAL, 0);
        Actor ann = agent("ann", 1, false);
        Actor bob = agent("bob", 1, false);
        Actor cai = agent("cai", 2, false);

        handoff.claim(t.id(), ann, 3);
        assertThatThrownBy(() -> handoff.claim(t.id(), bob, 3)).isInstanceOf(TicketException.class);
        assertThatThrownBy(() -> handoff.reply(t.id(), bob, "hi"))
                .isInstanceOfSatisfying(
                        TicketException.class,
                        e -> assertThat(e.problem()).isEqualTo(TicketException.Problem.FORBIDDEN));
        Message reply = handoff.reply(t.id(), ann, "你好，我来处理。你的 SECRET 不要发给任何人");
        assertThat(reply.text()).contains("[redacted]").doesNotContain("SECRET");
        assertThat(tickets.find(t.id()).orElseThrow().status()).isEqualTo(TicketStatus.WAITING_ON_USER);
        handoff.note(t.id(), ann, "user seems to be on an old app version");
        Ticket escalated = handoff.escalate(t.id(), ann, "needs chain analysis");
        assertThat(escalated.tier()).isEqualTo(2);
        assertThat(escalated.status()).isEqualTo(TicketStatus.QUEUED);
        assertThatThrownBy(() -> handoff.claim(t.id(), bob, 3))
                .as("tier 1 cannot take a tier-2 ticket")
                .isInstanceOfSatisfying(
                        TicketException.class,
                        e -> assertThat(e.problem()).isEqualTo(TicketException.Problem.FORBIDDEN));
        assertThat(tickets.list(new TicketQuery(Set.of(TicketStatus.QUEUED), 2, null, null, true, 10)))
                .extracting(Ticket::id)
                .containsExactly(t.id());
        handoff.claim(t.id(), cai, 3);
        Ticket resolved = handoff.resolve(t.id(), cai);
        assertThat(resolved.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThatThrownBy(() -> handoff.resolve(t.id(), cai)).isInstanceOf(TicketException.class);
        assertThatThrownBy(() -> handoff.claim(t.id(), cai, 3))
                .as("claim a resolved ticket")
                .isInstanceOfSatisfying(
                        TicketException.class,
                        e -> assertThat(e.problem()).isEqualTo(TicketException.Problem.INVALID_TRANSITION));

        assertThat(tickets.audit(t.id()))
                .extracting(AuditEntry::action, AuditEntry::agentId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("claim", ann.id()),
                        org.assertj.core.groups.Tuple.tuple("reply", ann.id()),
                        org.assertj.core.groups.Tuple.tuple("note", ann.id()),
                        org.assertj.core.groups.Tuple.tuple("escalate", ann.id()),
                        org.assertj.core.groups.Tuple.tuple("claim", cai.id()),
                        org.assertj.core.groups.Tuple.tuple("resolve", cai.id()));
        assertThat(tickets.notes(t.id()))
                .extracting(n -> n.text())
                .containsExactly("user seems to be on an old app version", "needs chain analysis");
        Conversation c = conversations.find(t.conversationId()).orElseThrow();
        assertThat(c.state()).isEqualTo(ConversationState.RESOLVED);
        assertThat(c.memory().pending()).isEqualTo(DialogueMemory.PendingQuestion.RATING);
        List<Message> transcript = conversations.messages(c.id(), 0, 20);
        assertThat(transcript)
                .extracting(Message::sender)
                .containsExactly(Sender.USER, Sender.SYSTEM, Sender.AGENT, Sender.BOT, Sender.SYSTEM, Sender.BOT);
        assertThat(transcript)
                .noneMatch(m -> m.text().contains("chain analysis") || m.text().contains("old app"));
        assertThat(transcript.get(transcript.size() - 1).quickReplies()).hasSize(5);
        assertThat(tickets.handling(t0.minusSeconds(60)).resolved()).isEqualTo(1);
    }

    @Test
    void emailIsOfferedOnceAndIdleTicketsAreAbandoned() {
        Ticket t = queued("mail", Priority.NORMAL, 0);
        assertThat(handoff.offerEmail(t.id())).isTrue();
        assertThat(handoff.offerEmail(t.id())).as("once per ticket").isFalse();
        Conversation c = conversations.find(t.conversationId()).orElseThrow();
        assertThat(c.memory().pending()).isEqualTo(DialogueMemory.PendingQuestion.EMAIL);
        assertThat(conversations.messages(c.id(), 1, 5).get(0).text()).contains("24");

        assertThat(handoff.abandon(t.id())).isTrue();
        assertThat(tickets.find(t.id()).orElseThrow().status()).isEqualTo(TicketStatus.ABANDONED);
        assertThat(conversations.find(c.id()).orElseThrow().state()).isEqualTo(ConversationState.BOT);
        assertThat(handoff.abandon(t.id())).isFalse();
    }
}
