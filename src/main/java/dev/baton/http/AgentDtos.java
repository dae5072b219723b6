package dev.baton.http;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.baton.agent.AgentDesk;
import dev.baton.agent.AgentPresence;
import dev.baton.conversation.DecisionTrail;
import dev.baton.conversation.Message;
import dev.baton.decision.ReplyLanguage;
import dev.baton.details.ChainValue;
import dev.baton.details.Details;
import dev.baton.handoff.Actor;
import dev.baton.handoff.Note;
import dev.baton.handoff.Ticket;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** The agent API's wire format. */
final class AgentDtos {

    private AgentDtos() {}

    /**
     * {@code GET /api/v1/agent/me}.
     *
     * @param availability available, away or offline (on no instance's agent stream), or null without presence
     * @param chosen       what the agent chose: available or away
     */
    record Me(
            String id,
            String name,
            int tier,
            boolean supervisor,
            boolean editor,
            int capacity,
            String availability,
            String chosen) {
        static Me of(Actor a, int capacity, AgentPresence.Status status) {
            return new Me(
                    a.id(),
                    a.name(),
                    a.tier(),
                    a.supervisor(),
                    a.editor(),
                    capacity,
                    status == null ? null : status.availability().wire(),
                    status == null ? null : status.chosen().wire());
        }
    }

    /** {@code PUT /api/v1/agent/me/availability}: available or away. */
    record AvailabilityBody(String status) {}

    /** One agent in {@code GET /api/v1/agent/agents}; {@code lastSeen} is null for an agent never connected. */
    record AgentAvailability(
            String id, String name, int tier, boolean supervisor, String availability, String chosen, String lastSeen) {
        static AgentAvailability of(AgentPresence.Status s) {
            return new AgentAvailability(
                    s.agent().id(),
                    s.agent().name(),
                    s.agent().tier(),
                    s.agent().supervisor(),
                    s.availability().wire(),
                    s.chosen().wire(),
                    s.lastSeen() == null ? null : s.lastSeen().toString());
        }
    }

    record AgentList(List<AgentAvailability> agents) {}

    /** {@code POST .../messages} and {@code .../notes}. */
    record TextBody(String text) {}

    /** {@code POST .../escalate}. */
    record EscalateBody(String note) {}

    record AgentRef(String id, String name) {}

    record TicketSummary(
            String id,
            String conversationId,
            String status,
            String priority,
            String reason,
            int tier,
            AgentRef assignee,
            String preview,
            String createdAt,
            String updatedAt,
            String firstResponseDue,
            String firstResponseAt,
            String assignedAt,
            String resolvedAt,
            Integer rating) {
        static TicketSummary of(Ticket t, Function<String, String> names) {
            String description = t.details().description();
            String preview =
                    description == null ? null : description.lines().findFirst().orElse(null);
            if (preview != null && preview.length() > 140) {
                preview = preview.substring(0, 140) + "…";
            }
            return new TicketSummary(
                    t.id(),
                    t.conversationId(),
                    t.status().wire(),
                    t.priority().code(),
                    t.reason(),
                    t.tier(),
                    t.assignee() == null ? null : new AgentRef(t.assignee(), names.apply(t.assignee())),
                    preview,
                    time(t.createdAt()),
                    time(t.updatedAt()),
                    time(t.firstResponseDue()),
                    time(t.firstResponseAt()),
                    time(t.assignedAt()),
                    time(t.resolvedAt()),
                    t.rating());
        }
    }

    record Queue(List<TicketSummary> tickets) {}

    record DetailsView(
            String accountId,
            String description,
            List<String> txHashes,
            List<String> addresses,
            String amount,
            String chain,
            String time,
            String errorMessage,
            String email) {
        static DetailsView of(Details d) {
            return new DetailsView(
                    d.accountId(),
                    d.description(),
                    values(d.txHashes()),
                    values(d.addresses()),
                    d.amount(),
                    d.chain(),
                    d.time(),
                    d.errorMessage(),
                    d.email());
        }

        private static List<String> values(List<ChainValue> values) {
            return values.stream()
                    .map(v -> v.chain() == null
                            ? v.value()
                            : v.value() + " (" + v.chain() + (v.verified() ? "" : ", unverified") + ")")
                    .toList();
        }
    }

    record NoteView(String agentId, String agent, String text, String createdAt) {
        static NoteView of(Note n, Function<String, String> names) {
            return new NoteView(n.agentId(), names.apply(n.agentId()), n.text(), time(n.createdAt()));
        }
    }

    /** {@code GET /api/v1/agent/tickets/{id}}: the summary's fields, then the details and notes. */
    record TicketDetail(
            @JsonUnwrapped TicketSummary summary,
            String language,
            String channel,
            String conversationState,
            DetailsView details,
            List<NoteView> notes) {
        static TicketDetail of(AgentDesk.TicketView v, Function<String, String> names) {
            return new TicketDetail(
                    TicketSummary.of(v.ticket(), names),
                    AgentDtos.language(v.language()),
                    v.channel(),
                    v.conversationState().wire(),
                    DetailsView.of(v.ticket().details()),
                    v.notes().stream().map(n -> NoteView.of(n, names)).toList());
        }
    }

    record AgentMessage(long seq, String sender, String text, String createdAt, DecisionTrail decision) {
        static AgentMessage of(Message m) {
            return new AgentMessage(m.seq(), m.sender().wire(), m.text(), time(m.createdAt()), m.decision());
        }
    }

    record TranscriptPage(List<AgentMessage> messages) {}

    record Sent(long seq) {}

    record CannedAnswers(String language, List<AgentDesk.Canned> answers) {}

    static String language(ReplyLanguage language) {
        return switch (language) {
            case SIMPLIFIED -> "zh-Hans";
            case TRADITIONAL -> "zh-Hant";
            case ENGLISH -> "en";
        };
    }

    static String time(Instant at) {
        return at == null ? null : at.toString();
    }
}
