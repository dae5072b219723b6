package dev.baton.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.details.Details;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every move of a ticket's status, allowed and refused. */
class TicketTest {

    private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Ticket QUEUED =
            Ticket.open("t_1", "c_1", Priority.NORMAL, "human_requested", 1, Details.NONE, T0, SlaPolicy.DEFAULT);

    /** A ticket in each status, reached by the allowed moves. */
    private static final Map<TicketStatus, Ticket> IN = Map.of(
            TicketStatus.QUEUED, QUEUED,
            TicketStatus.ASSIGNED, QUEUED.claim("a_1", T0),
            TicketStatus.WAITING_ON_USER, QUEUED.claim("a_1", T0).agentReplied(T0),
            TicketStatus.RESOLVED, QUEUED.claim("a_1", T0).resolve(T0),
            TicketStatus.ABANDONED, QUEUED.abandon(T0));

    /** Each move, and the statuses it starts from. */
    private static final Map<String, Set<TicketStatus>> ALLOWED = Map.of(
            "claim", EnumSet.of(TicketStatus.QUEUED),
            "reply", EnumSet.of(TicketStatus.ASSIGNED, TicketStatus.WAITING_ON_USER),
            "escalate", EnumSet.of(TicketStatus.ASSIGNED, TicketStatus.WAITING_ON_USER),
            "resolve", EnumSet.of(TicketStatus.ASSIGNED, TicketStatus.WAITING_ON_USER),
            "reopen", EnumSet.of(TicketStatus.RESOLVED),
            "abandon", EnumSet.of(TicketStatus.QUEUED, TicketStatus.WAITING_ON_USER),
            "rate", EnumSet.of(TicketStatus.RESOLVED),
            "requeue", EnumSet.of(TicketStatus.ASSIGNED));

    private static final Map<String, Function<Ticket, Ticket>> MOVES = Map.of(
            "claim", t -> t.claim("a_2", T1),
            "reply", t -> t.agentReplied(T1),
            "escalate", t -> t.escalate(T1),
            "resolve", t -> t.resolve(T1),
            "reopen", t -> t.reopen(T1, SlaPolicy.DEFAULT),
            "abandon", t -> t.abandon(T1),
            "rate", t -> t.rate(5, T1),
            "requeue", t -> t.requeue(T1));

    @Test
    void everyMoveIsAllowedFromItsStatusesAndRefusedFromEveryOther() {
        int checked = 0;
        for (var move : MOVES.entrySet()) {
            for (TicketStatus from : TicketStatus.values()) {
                Ticket ticket = IN.get(from);
                if (ALLOWED.get(move.getKey()).contains(from)) {
                    assertThat(move.getValue().apply(ticket).updatedAt())
                            .as(move.getKey() + " from " + from)
                            .isEqualTo(T1);
                } else {
                    assertThatThrownBy(() -> move.getValue().apply(ticket))
                            .as(move.getKey() + " from " + from)
                            .isInstanceOfSatisfying(
                                    TicketException.class,
                                    e -> assertThat(e.problem()).isEqualTo(TicketException.Problem.INVALID_TRANSITION));
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(MOVES.size() * TicketStatus.values().length);
    }

    @Test
    void eachMoveLandsInItsStatus() {
        assertThat(QUEUED.claim("a_1", T1)).satisfies(t -> {
            assertThat(t.status()).isEqualTo(TicketStatus.ASSIGNED);
            assertThat(t.assignee()).isEqualTo("a_1");
            assertThat(t.assignedAt()).isEqualTo(T1);
        });
        Ticket assigned = IN.get(TicketStatus.ASSIGNED);
        Ticket waiting = assigned.agentReplied(T1);
        assertThat(waiting.status()).isEqualTo(TicketStatus.WAITING_ON_USER);
        assertThat(waiting.firstResponseAt()).isEqualTo(T1);
        assertThat(waiting.agentReplied(T1.plusSeconds(5)).firstResponseAt())
                .as("the first response stays")
                .isEqualTo(T1);
        assertThat(waiting.userWrote(T1).status()).isEqualTo(TicketStatus.ASSIGNED);
        assertThat(assigned.userWrote(T1)).as("nothing to hand back").isSameAs(assigned);
        assertThat(QUEUED.userWrote(T1)).isSameAs(QUEUED);

        Ticket escalated = assigned.escalate(T1);
        assertThat(escalated.status()).isEqualTo(TicketStatus.QUEUED);
        assertThat(escalated.tier()).isEqualTo(2);
        assertThat(escalated.assignee()).isNull();
        assertThatThrownBy(() -> escalated.claim("a_2", T1).escalate(T1))
                .as("tier 2 is the top")
                .isInstanceOf(TicketException.class);

        Ticket resolved = assigned.resolve(T1);
        assertThat(resolved.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(resolved.resolvedAt()).isEqualTo(T1);
        assertThat(resolved.rate(2, T1).rating()).isEqualTo(2);
        assertThatThrownBy(() -> resolved.rate(6, T1)).isInstanceOf(IllegalArgumentException.class);

        Ticket reopened = resolved.reopen(T1.plusSeconds(30), SlaPolicy.DEFAULT);
        assertThat(reopened.status()).isEqualTo(TicketStatus.QUEUED);
        assertThat(reopened.assignee()).isNull();
        assertThat(reopened.resolvedAt()).isNull();
        assertThat(reopened.createdAt()).as("keeps its place by age").isEqualTo(T0);
        assertThat(reopened.firstResponseDue()).isEqualTo(T1.plusSeconds(30).plus(Duration.ofMinutes(60)));

        assertThat(QUEUED.abandon(T1).status()).isEqualTo(TicketStatus.ABANDONED);
        assertThat(waiting.abandon(T1).assignee()).isNull();
    }

    @Test
    void aHeldTicketAlwaysHasItsAgentAndAQueuedOneNever() {
        assertThatThrownBy(() -> new Ticket(
                        "t",
                        "c",
                        Priority.NORMAL,
                        "r",
                        TicketStatus.ASSIGNED,
                        1,
                        Details.NONE,
                        null,
                        null,
                        T0,
                        T0,
                        T1,
                        T0,
                        null,
                        null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ticket(
                        "t",
                        "c",
                        Priority.NORMAL,
                        "r",
                        TicketStatus.QUEUED,
                        1,
                        Details.NONE,
                        "a_1",
                        null,
                        T0,
                        T0,
                        T1,
                        null,
                        null,
                        null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void agentsSeeTheirOwnAndUnheldTicketsAtTheirTierAndSupervisorsSeeAll() {
        Actor tier1 = new Actor("a_1", "ann", 1, false);
        Actor other = new Actor("a_2", "bob", 1, false);
        Actor tier2 = new Actor("a_3", "cai", 2, false);
        Actor boss = new Actor("a_4", "dee", 1, true);
        Ticket mine = IN.get(TicketStatus.ASSIGNED);
        Ticket senior = mine.escalate(T1);

        assertThat(tier1.maySee(QUEUED)).isTrue();
        assertThat(tier1.maySee(mine)).isTrue();
        assertThat(other.maySee(mine)).isFalse();
        assertThat(other.mayAct(mine)).isFalse();
        assertThat(boss.maySee(mine)).isTrue();
        assertThat(boss.mayAct(mine)).isTrue();
        assertThat(tier1.maySee(senior)).isFalse();
        assertThat(tier1.mayClaim(senior)).isFalse();
        assertThat(tier2.mayClaim(senior)).isTrue();
        assertThat(tier2.mayClaim(QUEUED)).isTrue();
    }

    @Test
    void aSilentAgentsTicketGoesBackToTheQueueInThePlaceItHad() {
        Ticket urgent =
                Ticket.open("t_u", "c_u", Priority.URGENT, "secret_exposed", 2, Details.NONE, T0, SlaPolicy.DEFAULT);
        Ticket claimed = urgent.claim("a_1", T1);

        Ticket back = claimed.requeue(T1.plusSeconds(240));

        assertThat(back.status()).isEqualTo(TicketStatus.QUEUED);
        assertThat(back.assignee()).isNull();
        assertThat(back.assignedAt()).isNull();
        assertThat(back.updatedAt()).isEqualTo(T1.plusSeconds(240));
        assertThat(back)
                .as("what fixes its place and its deadline is kept")
                .extracting(Ticket::priority, Ticket::tier, Ticket::createdAt, Ticket::firstResponseDue, Ticket::reason)
                .containsExactly(Priority.URGENT, 2, T0, urgent.firstResponseDue(), "secret_exposed");
        assertThat(QueuedTicket.of(back)).isEqualTo(QueuedTicket.of(urgent));
    }

    @Test
    void aTicketItsAgentHasAnsweredIsNotRequeued() {
        Ticket answeredThenUserWrote = QUEUED.claim("a_1", T0).agentReplied(T1).userWrote(T1.plusSeconds(1));

        assertThat(answeredThenUserWrote.status()).isEqualTo(TicketStatus.ASSIGNED);
        assertThatThrownBy(() -> answeredThenUserWrote.requeue(T1.plusSeconds(2)))
                .isInstanceOf(TicketException.class)
                .hasMessageContaining("answered")
                .extracting(e -> ((TicketException) e).problem())
                .isEqualTo(TicketException.Problem.INVALID_TRANSITION);
    }

    @Test
    void theAnswerIsDueByTheDeadlineOrAGraceAfterALateClaim() {
        Duration grace = Duration.ofMinutes(2);
        Instant due = QUEUED.firstResponseDue();

        assertThat(QUEUED.answerDue(grace)).as("not claimed").isEqualTo(due);
        assertThat(QUEUED.claim("a_1", T1).answerDue(grace)).as("claimed early").isEqualTo(due);
        assertThat(QUEUED.claim("a_1", due.minusSeconds(60)).answerDue(grace))
                .as("claimed a minute before the deadline")
                .isEqualTo(due.plusSeconds(60));
        assertThat(QUEUED.claim("a_1", due.plusSeconds(600)).answerDue(grace))
                .as("claimed after it")
                .isEqualTo(due.plusSeconds(600).plus(grace));
    }
}
