package dev.baton.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.details.Details;
import dev.baton.dialogue.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FifoHandoffDeskTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    /** The queue order as a store would return it, counting how often it is read. */
    private static final class Queue implements TicketStore {
        final List<QueuedTicket> order = new ArrayList<>();
        final AtomicInteger reads = new AtomicInteger();

        void add(Ticket t) {
            order.add(QueuedTicket.of(t));
            order.sort(QueuedTicket.ORDER);
        }

        @Override
        public List<QueuedTicket> queueOrder() {
            reads.incrementAndGet();
            return List.copyOf(order);
        }

        @Override
        public Optional<Ticket> find(String ticketId) {
            return Optional.empty();
        }

        @Override
        public List<Ticket> queued(int limit) {
            return List.of();
        }

        @Override
        public int queuePosition(String ticketId) {
            return 0;
        }
    }

    private final Queue queue = new Queue();
    private final AtomicLong nanos = new AtomicLong();
    private final FifoHandoffDesk desk = new FifoHandoffDesk(queue, Duration.ofMinutes(3), Duration.ofSeconds(1),
            nanos::get, Runnable::run);

    private Ticket ticket(Priority priority, int secondsAfterT0) {
        return desk.open("c", priority, "human_requested", Details.NONE, T0.plusSeconds(secondsAfterT0));
    }

    @Test
    void urgentTicketsGoBeforeNormalOnesThenOldestFirst() {
        Ticket oldNormal = ticket(Priority.NORMAL, 0);
        Ticket newNormal = ticket(Priority.NORMAL, 10);
        Ticket urgent = ticket(Priority.URGENT, 20);
        queue.add(oldNormal);
        queue.add(newNormal);
        queue.add(urgent);

        assertThat(desk.status(urgent).queuePosition()).isEqualTo(1);
        assertThat(desk.status(oldNormal).queuePosition()).isEqualTo(2);
        assertThat(desk.status(newNormal).queuePosition()).isEqualTo(3);
        assertThat(desk.status(newNormal).estimatedWaitSeconds()).isEqualTo(3 * 180);
    }

    @Test
    void aTicketNotYetStoredIsPlacedAmongTheQueuedOnes() {
        queue.add(ticket(Priority.NORMAL, 0));
        queue.add(ticket(Priority.URGENT, 5));

        assertThat(desk.status(ticket(Priority.NORMAL, 30)).queuePosition()).isEqualTo(3);
        assertThat(desk.status(ticket(Priority.URGENT, 30)).queuePosition()).isEqualTo(2);
    }

    @Test
    void theQueueIsReReadAtMostOncePerStalenessPeriodWithoutMakingATurnWait() {
        queue.add(ticket(Priority.NORMAL, 0));
        Ticket mine = ticket(Priority.NORMAL, 60);

        assertThat(desk.status(mine).queuePosition()).isEqualTo(2);
        queue.add(ticket(Priority.URGENT, 61));
        assertThat(desk.status(mine).queuePosition()).as("within a second: the old snapshot").isEqualTo(2);
        assertThat(queue.reads).hasValue(1);

        nanos.addAndGet(Duration.ofMillis(1_001).toNanos());

        desk.status(mine); // served from the old snapshot while the new one is read
        assertThat(queue.reads).hasValue(2);
        assertThat(desk.status(mine).queuePosition()).isEqualTo(3);

        nanos.addAndGet(Duration.ofSeconds(60).toNanos());
        queue.add(ticket(Priority.URGENT, 62));
        assertThat(desk.status(mine).queuePosition()).as("after a quiet spell: read afresh").isEqualTo(4);
    }

    @Test
    void aTicketThatLeftTheQueueHasNoPlace() {
        Ticket t = ticket(Priority.NORMAL, 0);
        Ticket assigned = new Ticket(t.id(), t.conversationId(), t.priority(), t.reason(), TicketStatus.ASSIGNED,
                1, t.details(), t.createdAt(), t.updatedAt());

        assertThat(desk.status(assigned).queuePosition()).isZero();
        assertThat(desk.status(assigned).status()).isEqualTo(TicketStatus.ASSIGNED);
    }
}
