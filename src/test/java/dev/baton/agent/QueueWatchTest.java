package dev.baton.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationEvent;
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
import dev.baton.handoff.Priority;
import dev.baton.handoff.QueueHandoffDesk;
import dev.baton.handoff.SlaPolicy;
import dev.baton.handoff.Ticket;
import dev.baton.handoff.TicketMeter;
import dev.baton.handoff.TicketStatus;
import dev.baton.store.jdbc.Database;
import dev.baton.store.jdbc.JdbcAgentStore;
import dev.baton.store.jdbc.JdbcConversationStore;
import dev.baton.store.jdbc.JdbcPresenceStore;
import dev.baton.store.jdbc.JdbcTicketStore;
import dev.baton.testing.HandClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The queue watch's timed actions, on a fake clock over an in-memory embedded store. */
class QueueWatchTest {

    private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");
    private static final QueueWatch.Timing TIMING =
            new QueueWatch.Timing(Duration.ofMinutes(10), Duration.ofHours(24), Duration.ofSeconds(5), true);
    private static final Duration OFFLINE_AFTER = Duration.ofSeconds(60);

    private final HandClock clock = new HandClock(T0);
    private final List<ConversationEvent> published = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService unused = Executors.newSingleThreadScheduledExecutor();
    private Database database;
    private JdbcConversationStore conversations;
    private JdbcTicketStore tickets;
    private HandoffService handoff;
    private AgentPresence presence;
    private QueueWatch watch;
    private AgentAccounts accounts;
    private LocalConversationEvents events;

    @BeforeEach
    void wire() {
        database = Database.open(
                "jdbc:h2:mem:watch" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "baton",
                "",
                2);
        conversations = new JdbcConversationStore(database);
        tickets = new JdbcTicketStore(database);
        events = new LocalConversationEvents();
        events.subscribeAll((id, e) -> published.add(e));
        handoff = new HandoffService(
                conversations,
                tickets,
                new QueueHandoffDesk(
                        tickets,
                        Duration.ofMinutes(3),
                        SlaPolicy.DEFAULT,
                        Duration.ofSeconds(1),
                        clock,
                        Ticker.systemTicker(),
                        Runnable::run),
                text -> text,
                new Dialogue(new ExtractorDetailReader(new DetailExtractor()), new Localizer()),
                events,
                clock);
        presence = new AgentPresence(new JdbcPresenceStore(database), "i_test", OFFLINE_AFTER, clock);
        accounts = new AgentAccounts(new JdbcAgentStore(database), clock);
        watch = watch(TIMING);
    }

    private QueueWatch watch(QueueWatch.Timing timing) {
        return new QueueWatch(tickets, handoff, presence, events, timing, 2, clock, unused);
    }

    @AfterEach
    void close() {
        unused.shutdownNow();
        database.close();
    }

    private Ticket queued(String id, Priority priority) {
        return queued(id, priority, Details.NONE);
    }

    private Ticket queued(String id, Priority priority, Details details) {
        Instant now = clock.instant();
        Ticket ticket =
                Ticket.open("t_" + id, "c_" + id, priority, "human_requested", 1, details, now, SlaPolicy.DEFAULT);
        Conversation c = new Conversation(
                "c_" + id, "hash", "en", "web", ConversationState.BOT, DialogueMemory.EMPTY, 0, 0, now, now);
        conversations.create(c);
        conversations.commit(new Turn(
                c.next(ConversationState.QUEUED, DialogueMemory.EMPTY.withTicketId(ticket.id()), 1, now),
                List.of(new Message(c.id(), 1, Sender.USER, "human please", List.of(), null, now)),
                Optional.of(ticket)));
        return ticket;
    }

    private List<ConversationEvent.SlaAlert> alerts() {
        return published.stream()
                .filter(ConversationEvent.SlaAlert.class::isInstance)
                .map(ConversationEvent.SlaAlert.class::cast)
                .toList();
    }

    private Actor online(String name) {
        var issued = accounts.add(name, 1, Set.of());
        Actor actor = new Actor(issued.agent().id(), name, 1, false);
        presence.connected(actor);
        return actor;
    }

    @Test
    void emailFollowUpIsOfferedOnceAfterTheConfiguredWait() {
        online("ann"); // available, so the offer waits (and nothing is assigned: auto-assignment is off)
        watch = watch(
                new QueueWatch.Timing(Duration.ofMinutes(10), Duration.ofHours(24), Duration.ofSeconds(5), false));
        Ticket t = queued("mail", Priority.NORMAL);

        clock.advance(Duration.ofMinutes(9));
        watch.sweep();
        assertThat(conversations.messages(t.conversationId(), 1, 10)).isEmpty();

        clock.advance(Duration.ofMinutes(2));
        watch.sweep();
        watch.sweep();
        List<Message> offers = conversations.messages(t.conversationId(), 1, 10);
        assertThat(offers).hasSize(1);
        assertThat(offers.get(0).text()).contains("email", "24 hours");
        assertThat(conversations.find(t.conversationId()).orElseThrow().memory().pending())
                .isEqualTo(DialogueMemory.PendingQuestion.EMAIL);
    }

    @Test
    void agentsAreWarnedOnceWhenAFirstResponseIsNearlyDueAndOnceWhenOverdue() {
        List<String> counted = new ArrayList<>();
        watch = new QueueWatch(tickets, handoff, presence, events, TIMING, 2, clock, unused, new TicketMeter() {
            @Override
            public void changed(Ticket before, Ticket after) {}

            @Override
            public void alerted(Ticket ticket, boolean breached) {
                counted.add((breached ? "breach " : "warning ") + ticket.id());
            }
        });
        Ticket urgent = queued("u", Priority.URGENT);

        clock.advance(Duration.ofMinutes(3));
        watch.sweep();
        assertThat(alerts()).isEmpty();

        clock.advance(Duration.ofSeconds(61)); // under a fifth of the 5 minutes left
        watch.sweep();
        watch.sweep();
        assertThat(alerts())
                .singleElement()
                .satisfies(a -> assertThat(a.breached()).isFalse());

        clock.advance(Duration.ofMinutes(1));
        watch.sweep();
        assertThat(alerts()).hasSize(2);
        assertThat(alerts().get(1).breached()).isTrue();
        assertThat(alerts().get(1).ticket().id()).isEqualTo(urgent.id());
        assertThat(counted)
                .as("each alert counted once")
                .containsExactly("warning " + urgent.id(), "breach " + urgent.id());
    }

    @Test
    void aTicketAnsweredInTimeRaisesNoAlarm() {
        Ticket t = queued("ok", Priority.URGENT);
        Actor ann = online("ann");
        handoff.claim(t.id(), ann, 2);
        handoff.reply(t.id(), ann, "Hi, I'm on it");

        clock.advance(Duration.ofMinutes(30));
        watch.sweep();

        assertThat(alerts()).isEmpty();
    }

    @Test
    void idleQueuedTicketsAreAbandonedButNotThoseWithAnEmail() {
        Ticket idle = queued("idle", Priority.NORMAL);
        Ticket mailed = queued("mailed", Priority.NORMAL, Details.NONE.withEmail("li.lei@example.com"));

        clock.advance(Duration.ofHours(25));
        watch.sweep();

        assertThat(tickets.find(mailed.id()).orElseThrow().status())
                .as("answered by email later")
                .isEqualTo(TicketStatus.QUEUED);
        assertThat(tickets.find(idle.id()).orElseThrow().status()).isEqualTo(TicketStatus.ABANDONED);
        assertThat(conversations.find(idle.conversationId()).orElseThrow().state())
                .isEqualTo(ConversationState.BOT);
    }

    @Test
    void autoAssignmentGivesEachQueuedTicketToTheLeastLoadedConnectedAgentUpToCapacity() {
        Ticket first = queued("a1", Priority.NORMAL);
        clock.advance(Duration.ofSeconds(1));
        Ticket second = queued("a2", Priority.NORMAL);
        clock.advance(Duration.ofSeconds(1));
        Ticket third = queued("a3", Priority.URGENT);
        clock.advance(Duration.ofSeconds(1));
        queued("a4", Priority.NORMAL);
        clock.advance(Duration.ofSeconds(1));
        queued("a5", Priority.NORMAL);
        Actor ann = online("ann");
        Actor bob = online("bob");
        handoff.claim(first.id(), ann, 2); // ann starts with one

        watch.assign();

        assertThat(tickets.find(third.id()).orElseThrow().assignee())
                .as("urgent first, to the idle agent")
                .isEqualTo(bob.id());
        assertThat(tickets.find(second.id()).orElseThrow().assignee()).isIn(ann.id(), bob.id());
        assertThat(tickets.load(ann.id())).isEqualTo(2);
        assertThat(tickets.load(bob.id())).isEqualTo(2);
        assertThat(tickets.queued(10)).as("capacity 2 each: one left waiting").hasSize(1);

        presence.disconnected(bob);
        presence.disconnected(ann);
        assertThat(presence.local()).isEmpty();
    }
}
