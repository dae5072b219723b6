package dev.baton.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.agent.HandoffService;
import dev.baton.conversation.ConversationState;
import dev.baton.conversation.Message;
import dev.baton.conversation.Sender;
import dev.baton.handoff.Actor;
import dev.baton.handoff.AuditEntry;
import dev.baton.handoff.Priority;
import dev.baton.handoff.Ticket;
import dev.baton.handoff.TicketException;
import dev.baton.handoff.TicketStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The part of {@link HandoffContract} where agents race over a real database: dozens claiming the same
 * tickets at once get each exactly once, and one agent claiming many at once stops at its capacity.
 */
interface ClaimRaceContract {

    int AGENTS = 40;
    int TICKETS = 12;

    HandoffService handoff();

    JdbcConversationStore conversations();

    JdbcTicketStore tickets();

    /** A conversation waiting in the queue with its ticket, opened {@code secondsAfterT0} after the start. */
    Ticket queued(String id, Priority priority, int secondsAfterT0);

    /** A new agent account acting as {@code name}. */
    Actor agent(String name, int tier, boolean supervisor);

    @Test
    default void dozensOfAgentsClaimingAtOnceGetEachTicketExactlyOnce() throws Exception {
        List<Ticket> queue = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            queue.add(queued("r" + i, i % 3 == 0 ? Priority.URGENT : Priority.NORMAL, i));
        }
        List<Actor> agents = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            agents.add(agent("agent" + i, 1, false));
        }
        Map<String, List<String>> winners = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(AGENTS);
        try {
            CountDownLatch ready = new CountDownLatch(AGENTS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (Actor a : agents) {
                done.add(pool.submit(() -> {
                    List<Ticket> order = new ArrayList<>(queue);
                    Collections.shuffle(order);
                    ready.countDown();
                    go.await(30, TimeUnit.SECONDS);
                    for (Ticket t : order) {
                        try {
                            Ticket claimed = handoff().claim(t.id(), a, TICKETS);
                            winners.computeIfAbsent(claimed.id(), k -> Collections.synchronizedList(new ArrayList<>()))
                                    .add(a.id());
                        } catch (TicketException e) {
                            assertThat(e.problem()).isEqualTo(TicketException.Problem.INVALID_TRANSITION);
                            refused.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(winners).hasSize(TICKETS);
        winners.values().forEach(w -> assertThat(w).hasSize(1));
        assertThat(refused.get()).isEqualTo(AGENTS * TICKETS - TICKETS);
        for (Ticket t : queue) {
            Ticket stored = tickets().find(t.id()).orElseThrow();
            assertThat(stored.status()).isEqualTo(TicketStatus.ASSIGNED);
            assertThat(stored.assignee()).isEqualTo(winners.get(t.id()).get(0));
            assertThat(conversations().find(t.conversationId()).orElseThrow().state())
                    .isEqualTo(ConversationState.WITH_AGENT);
            assertThat(conversations().messages(t.conversationId(), 0, 10))
                    .extracting(Message::sender)
                    .containsExactly(Sender.USER, Sender.SYSTEM);
            assertThat(tickets().audit(t.id())).extracting(AuditEntry::action).containsExactly("claim");
        }
    }

    @Test
    default void oneAgentClaimingManyAtOnceStopsAtCapacity() throws Exception {
        Actor ann = agent("ann", 1, false);
        List<Ticket> queue = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            queue.add(queued("k" + i, Priority.NORMAL, i));
        }
        AtomicInteger atCapacity = new AtomicInteger();
        List<Ticket> claimed = Race.run(queue, t -> {
            try {
                handoff().claim(t.id(), ann, 2);
            } catch (TicketException e) {
                assertThat(e.problem()).isEqualTo(TicketException.Problem.AT_CAPACITY);
                atCapacity.incrementAndGet();
                throw new dev.baton.conversation.ConcurrentTurnException(t.conversationId());
            }
        });

        assertThat(claimed).hasSize(2);
        assertThat(atCapacity).hasValue(8);
        assertThat(tickets().load(ann.id())).isEqualTo(2);
    }
}
