package dev.baton.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
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
import dev.baton.handoff.TicketStatus;
import dev.baton.store.jdbc.Database;
import dev.baton.store.jdbc.JdbcAgentStore;
import dev.baton.store.jdbc.JdbcConversationStore;
import dev.baton.store.jdbc.JdbcPresenceStore;
import dev.baton.store.jdbc.JdbcTicketStore;
import dev.baton.testing.HandClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Agents' availability in the queue watch, on a fake clock over an in-memory embedded store: a silent agent's
 * ticket goes back to the queue exactly at its deadline, an offline agent's after the timeout, an away agent
 * gets nothing, and with nobody available email follow-up is offered at once.
 */
class QueueWatchRequeueTest {

    private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");
    private static final Duration OFFLINE_AFTER = Duration.ofSeconds(60);
    private static final Duration GRACE = Duration.ofMinutes(2);
    private static final QueueWatch.Timing TIMING = new QueueWatch.Timing(
            Duration.ofMinutes(10), Duration.ofHours(24), Duration.ofSeconds(5), true, GRACE, Duration.ofSeconds(15));

    private final HandClock clock = new HandClock(T0);
    private final ScheduledExecutorService unused = Executors.newSingleThreadScheduledExecutor();
    private Database database;
    private JdbcConversationStore conversations;
    private JdbcTicketStore tickets;
    private HandoffService handoff;
    private AgentPresence presence;
    private QueueWatch watch;
    private AgentAccounts accounts;

    @BeforeEach
    void wire() {
        database = Database.open(
                "jdbc:h2:mem:requeue" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "baton",
                "",
                2);
        conversations = new JdbcConversationStore(database);
        tickets = new JdbcTicketStore(database);
        LocalConversationEvents events = new LocalConversationEvents();
        presence = new AgentPresence(new JdbcPresenceStore(database), "i_test", OFFLINE_AFTER, clock);
        QueueHandoffDesk desk = new QueueHandoffDesk(
                tickets,
                Duration.ofMinutes(3),
                SlaPolicy.DEFAULT,
                Duration.ofSeconds(1),
                clock,
                Ticker.systemTicker(),
                Runnable::run,
                presence::anyoneAvailable);
        handoff = new HandoffService(
                conversations,
                tickets,
                desk,
                text -> text,
                new Dialogue(new ExtractorDetailReader(new DetailExtractor()), new Localizer()),
                events,
                clock);
        accounts = new AgentAccounts(new JdbcAgentStore(database), clock);
        watch = new QueueWatch(tickets, handoff, presence, events, TIMING, 2, clock, unused);
    }

    @AfterEach
    void close() {
        unused.shutdownNow();
        database.close();
    }

    private Ticket queued(String id, Priority priority, String language) {
        Instant now = clock.instant();
        Ticket ticket =
                Ticket.open("t_" + id, "c_" + id, priority, "human_requested", 1, Details.NONE, now, SlaPolicy.DEFAULT);
        Conversation c = new Conversation(
                "c_" + id, "hash", language, "web", ConversationState.BOT, DialogueMemory.EMPTY, 0, 0, now, now);
        conversations.create(c);
        conversations.commit(new Turn(
                c.next(ConversationState.QUEUED, DialogueMemory.EMPTY.withTicketId(ticket.id()), 1, now),
                List.of(new Message(c.id(), 1, Sender.USER, "human please", List.of(), null, now)),
                Optional.of(ticket)));
        return ticket;
    }

    private Actor online(String name) {
        var issued = accounts.add(name, 1, Set.of());
        Actor actor = new Actor(issued.agent().id(), name, 1, false);
        presence.connected(actor);
        return actor;
    }

    private Ticket stored(Ticket t) {
        return tickets.find(t.id()).orElseThrow();
    }

    private String lastMessage(Ticket t) {
        List<Message> all = conversations.messages(t.conversationId(), 0, 100);
        return all.get(all.size() - 1).text();
    }

    @Test
    void aSilentAgentsTicketReturnsToTheQueueExactlyAtItsDeadlineNotAMillisecondBefore() {
        Ticket urgent = queued("silent", Priority.URGENT, "en");
        Instant due = urgent.firstResponseDue(); // T0 + 5 min
        clock.advance(Duration.ofSeconds(1));
        Ticket later = queued("later", Priority.URGENT, "en");
        Actor ann = online("ann");
        clock.advance(Duration.ofSeconds(30));
        watch.assign(); // ann takes the oldest urgent ticket, then the next
        assertThat(stored(urgent).assignee()).isEqualTo(ann.id());
        handoff.reply(later.id(), ann, "Looking at it now"); // answered: it stays hers

        clock.advance(Duration.between(clock.instant(), due.minusMillis(1)));
        watch.sweep();
        assertThat(stored(urgent).status())
                .as("a millisecond before the deadline")
                .isEqualTo(TicketStatus.ASSIGNED);

        clock.advance(Duration.ofMillis(1));
        watch.sweep();
        watch.sweep();

        Ticket back = stored(urgent);
        assertThat(back.status()).as("at the deadline").isEqualTo(TicketStatus.QUEUED);
        assertThat(back.assignee()).isNull();
        assertThat(back.priority()).isEqualTo(Priority.URGENT);
        assertThat(back.createdAt()).as("its place: it keeps its creation time").isEqualTo(T0);
        assertThat(tickets.queuePosition(back.id())).isEqualTo(1);
        assertThat(stored(later).assignee()).isEqualTo(ann.id());
        assertThat(tickets.audit(urgent.id()))
                .filteredOn(e -> e.action().equals("requeue"))
                .singleElement()
                .extracting(AuditEntry::agentId, AuditEntry::detail, AuditEntry::at)
                .containsExactly("system", "first_response_overdue (" + ann.id() + ")", due);
        assertThat(conversations.find(urgent.conversationId()).orElseThrow().state())
                .isEqualTo(ConversationState.QUEUED);
        assertThat(lastMessage(urgent)).startsWith("Sorry: the agent who took your case can't reply right now");
        assertThat(stored(urgent).assignee())
                .as("not auto-assigned back to the agent who went silent on it")
                .isNull();
    }

    @Test
    void anOfflineAgentsUnansweredTicketReturnsOnceTheyHaveBeenGoneForTheTimeout() {
        Ticket t = queued("gone", Priority.NORMAL, "zh-Hans");
        Actor ann = online("ann");
        handoff.claim(t.id(), ann, 2);
        clock.advance(Duration.ofSeconds(10));
        presence.disconnected(ann);
        Instant left = clock.instant();

        clock.advance(OFFLINE_AFTER.minusMillis(1));
        watch.sweep();
        assertThat(stored(t).status()).as("within the offline timeout").isEqualTo(TicketStatus.ASSIGNED);

        clock.advance(Duration.ofMillis(1));
        watch.sweep();

        assertThat(stored(t).status()).isEqualTo(TicketStatus.QUEUED);
        assertThat(tickets.audit(t.id()))
                .filteredOn(e -> e.action().equals("requeue"))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).startsWith("agent_offline"))
                .satisfies(e -> assertThat(e.at()).isEqualTo(left.plus(OFFLINE_AFTER)));
        assertThat(lastMessage(t))
                .as("told in the user's language, with no made-up wait: nobody is available")
                .contains("接待你的客服暂时无法回复", "排第 1 位", "目前没有客服在线")
                .doesNotContain("分钟");
    }

    @Test
    void anAgentConnectedThroughAnotherInstanceKeepsTheirTicket() {
        Ticket t = queued("elsewhere", Priority.NORMAL, "en");
        Actor ann = online("ann");
        handoff.claim(t.id(), ann, 2);
        presence.disconnected(ann);
        var otherInstance = new AgentPresence(new JdbcPresenceStore(database), "i_other", OFFLINE_AFTER, clock);
        otherInstance.connected(ann);

        clock.advance(Duration.ofSeconds(50));
        otherInstance.heartbeat();
        clock.advance(Duration.ofSeconds(50));
        watch.sweep();

        assertThat(stored(t).assignee()).isEqualTo(ann.id());
        assertThat(presence.snapshot().of(ann.id()).orElseThrow().availability())
                .isEqualTo(Availability.AVAILABLE);
    }

    @Test
    void anAwayAgentGetsNothingAutoAssignedWhileAnAvailableOneDoes() {
        Actor ann = online("ann");
        Actor bob = online("bob");
        presence.choose(ann.id(), Availability.AWAY);
        Ticket first = queued("q1", Priority.NORMAL, "en");
        clock.advance(Duration.ofSeconds(1));
        Ticket second = queued("q2", Priority.URGENT, "en");
        clock.advance(Duration.ofSeconds(1));
        Ticket third = queued("q3", Priority.NORMAL, "en");

        watch.assign();

        assertThat(tickets.load(ann.id())).as("away").isZero();
        assertThat(stored(second).assignee()).isEqualTo(bob.id());
        assertThat(stored(first).assignee()).isEqualTo(bob.id());
        assertThat(stored(third).status()).as("bob is at capacity 2").isEqualTo(TicketStatus.QUEUED);

        presence.choose(ann.id(), Availability.AVAILABLE);
        watch.assign();
        assertThat(stored(third).assignee()).isEqualTo(ann.id());
    }

    @Test
    void withNobodyAvailableEmailFollowUpIsOfferedAtOnceSayingSo() {
        Actor ann = online("ann");
        presence.choose(ann.id(), Availability.AWAY);
        Ticket t = queued("nobody", Priority.NORMAL, "en");

        watch.sweep();

        assertThat(lastMessage(t)).startsWith("No agent is available right now. Leave your email address");
        assertThat(conversations.find(t.conversationId()).orElseThrow().memory().pending())
                .isEqualTo(DialogueMemory.PendingQuestion.EMAIL);
    }
}
