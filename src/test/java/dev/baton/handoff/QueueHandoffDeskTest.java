package dev.baton.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.details.Details;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class QueueHandoffDeskTest {

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
        public List<QueueCount> queueCounts() {
            throw new UnsupportedOperationException();
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

        HandlingStats stats = HandlingStats.NONE;

        @Override
        public HandlingStats handling(Instant since) {
            return stats;
        }

        @Override
        public List<Ticket> list(TicketQuery query) {
            return List.of();
        }

        @Override
        public int load(String agentId) {
            return 0;
        }

        @Override
        public List<Note> notes(String ticketId) {
            return List.of();
        }

        @Override
        public List<AuditEntry> audit(String ticketId) {
            return List.of();
        }
    }

    private final Queue queue = new Queue();
    private final AtomicLong nanos = new AtomicLong();
    private final QueueHandoffDesk desk = new QueueHandoffDesk(
            queue,
            Duration.ofMinutes(3),
            SlaPolicy.DEFAULT,
            Duration.ofSeconds(1),
            Clock.fixed(T0, ZoneOffset.UTC),
            nanos::get,
            Runnable::run);

    private Ticket ticket(Priority priority, int secondsAfterT0) {
        return desk.open("c", "web", priority, "human_requested", 1, Details.NONE, T0.plusSeconds(secondsAfterT0));
    }

    @Test
    void aTicketFromMailIsDueInADayUnlessFundsAreAtRisk() {
        Ticket mailed = desk.open("c", "email", Priority.NORMAL, "human_requested", 1, Details.NONE, T0);
        Ticket urgent = desk.open("c", "email", Priority.URGENT, "funds_at_risk", 2, Details.NONE, T0);

        assertThat(mailed.firstResponseDue()).isEqualTo(T0.plus(Duration.ofHours(24)));
        assertThat(urgent.firstResponseDue()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(ticket(Priority.NORMAL, 0).firstResponseDue()).isEqualTo(T0.plus(Duration.ofMinutes(60)));
        assertThat(mailed.raised(Priority.URGENT, "funds_at_risk", T0.plusSeconds(60), SlaPolicy.DEFAULT.on("email"))
                        .firstResponseDue())
                .isEqualTo(T0.plusSeconds(60).plus(Duration.ofMinutes(5)));
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
        assertThat(desk.status(mine).queuePosition())
                .as("within a second: the old snapshot")
                .isEqualTo(2);
        assertThat(queue.reads).hasValue(1);

        nanos.addAndGet(Duration.ofMillis(1_001).toNanos());

        desk.status(mine); // served from the old snapshot while the new one is read
        assertThat(queue.reads).hasValue(2);
        assertThat(desk.status(mine).queuePosition()).isEqualTo(3);

        nanos.addAndGet(Duration.ofSeconds(60).toNanos());
        queue.add(ticket(Priority.URGENT, 62));
        assertThat(desk.status(mine).queuePosition())
                .as("after a quiet spell: read afresh")
                .isEqualTo(4);
    }

    @Test
    void aTicketThatLeftTheQueueHasNoPlace() {
        Ticket t = ticket(Priority.NORMAL, 0);
        Ticket assigned = t.claim("a_1", T0.plusSeconds(5));

        assertThat(desk.status(assigned).queuePosition()).isZero();
        assertThat(desk.status(assigned).status()).isEqualTo(TicketStatus.ASSIGNED);
    }

    @Test
    void theWaitComesFromRecentHandlingTimesSharedAmongTheAgentsAtWork() {
        Ticket first = ticket(Priority.NORMAL, 0);
        queue.add(first);
        queue.add(ticket(Priority.NORMAL, 1));
        Ticket third = ticket(Priority.NORMAL, 2);
        queue.add(third);

        assertThat(desk.status(third).estimatedWaitSeconds())
                .as("no history: the configured 3 min each")
                .isEqualTo(3 * 180);

        Duration measured = Duration.ofMinutes(8);
        assertThat(QueueHandoffDesk.estimate(3, new HandlingStats(10, measured, 2), Duration.ofMinutes(3)))
                .as("3 tickets of 8 min shared by 2 agents")
                .isEqualTo(Duration.ofMinutes(12));
        assertThat(QueueHandoffDesk.estimate(3, new HandlingStats(2, measured, 2), Duration.ofMinutes(3)))
                .as("too few resolutions to trust: the configured time")
                .isEqualTo(Duration.ofSeconds(270));
        assertThat(QueueHandoffDesk.estimate(1, new HandlingStats(5, measured, 0), Duration.ofMinutes(3)))
                .as("nobody at work still counts as one")
                .isEqualTo(measured);
    }

    @Test
    void theFirstResponseIsDueByTheSlaOfThePriority() {
        Ticket urgent = ticket(Priority.URGENT, 0);
        Ticket normal = ticket(Priority.NORMAL, 0);

        assertThat(urgent.firstResponseDue()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(normal.firstResponseDue()).isEqualTo(T0.plus(Duration.ofMinutes(60)));
        assertThat(normal.raised(Priority.URGENT, "secret_exposed", T0.plusSeconds(60), SlaPolicy.DEFAULT)
                        .firstResponseDue())
                .isEqualTo(T0.plusSeconds(60 + 300));
    }
}
