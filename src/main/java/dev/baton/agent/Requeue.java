package dev.baton.agent;

import dev.baton.agent.TicketTurns.Action;
import dev.baton.conversation.ConversationState;
import dev.baton.conversation.Message;
import dev.baton.conversation.Phrases;
import dev.baton.conversation.Sender;
import dev.baton.handoff.AuditEntry;
import dev.baton.handoff.HandoffDesk;
import dev.baton.handoff.Ticket;
import dev.baton.handoff.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * A claimed ticket whose agent went silent before answering (offline, or past the deadline) goes back to the
 * queue in the place it had, committed as one turn of its conversation over the version read, so that two
 * instances sweeping at once return it once. The user is told, in their language; the audit log names
 * {@link #SYSTEM} and the reason.
 */
final class Requeue {

    /** Who the audit log names for what Baton does by itself. */
    static final String SYSTEM = "system";

    /** Why a ticket went back: a stable code in the audit line. */
    enum Why {
        AGENT_OFFLINE("agent_offline"),
        FIRST_RESPONSE_OVERDUE("first_response_overdue");

        private final String code;

        Why(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    private final TicketTurns turns;
    private final HandoffDesk desk;
    private final Phrases phrases;

    Requeue(TicketTurns turns, HandoffDesk desk, Phrases phrases) {
        this.turns = turns;
        this.desk = desk;
        this.phrases = phrases;
    }

    /**
     * Returns the ticket to the queue if it is still claimed and unanswered and {@code silent} still holds of it
     * as read for the commit (at the commit's time).
     *
     * @return whether it went back now (false: another instance did it, or the agent answered meanwhile)
     */
    boolean ifSilent(String ticketId, Why why, BiPredicate<Ticket, Instant> silent) {
        return turns.act(ticketId, (c, t, now) -> {
                    if (t.status() != TicketStatus.ASSIGNED || t.firstResponseAt() != null || !silent.test(t, now)) {
                        return null;
                    }
                    Ticket queued = t.requeue(now);
                    String text = phrases.text(Phrases.REQUEUED, c.language()) + "\n\n"
                            + phrases.queued(c.language(), desk.status(queued));
                    Message told = new Message(c.id(), c.lastSeq() + 1, Sender.BOT, text, List.of(), null, now);
                    AuditEntry audit = new AuditEntry(
                            now, SYSTEM, "requeue", t.id(), t.conversationId(), why.code() + " (" + t.assignee() + ")");
                    return new Action<>(
                            c,
                            ConversationState.QUEUED,
                            c.memory(),
                            List.of(told),
                            queued,
                            List.of(),
                            List.of(audit),
                            Optional.empty(),
                            Boolean.TRUE);
                })
                != null;
    }
}
