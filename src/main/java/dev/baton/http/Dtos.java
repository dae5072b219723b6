package dev.baton.http;

import dev.baton.conversation.DecisionTrail;
import dev.baton.conversation.Message;
import dev.baton.conversation.Transcript;
import dev.baton.conversation.TurnResult;
import dev.baton.decision.QuickReply;
import dev.baton.handoff.QueueStatus;
import java.util.List;
import java.util.Locale;

/** The chat API's wire format: requests and responses as records. */
final class Dtos {

    private Dtos() {}

    /** {@code POST /api/v1/conversations}; both fields optional. */
    record CreateConversation(String locale, String channel) {}

    record ConversationCreated(String conversationId, String token) {}

    /** {@code POST /api/v1/conversations/{id}/messages}. */
    record SendMessage(String text, String quickReply) {}

    record QuickReplyView(String id, String label) {
        static List<QuickReplyView> of(List<QuickReply> replies) {
            return replies.stream()
                    .map(r -> new QuickReplyView(r.id(), r.label()))
                    .toList();
        }
    }

    record ReplyView(long messageId, String text, List<QuickReplyView> quickReplies) {}

    /** With no agent available anywhere there is no estimate: {@code estimatedWaitSeconds} is null then. */
    record HandoffView(
            String ticketId,
            String status,
            String priority,
            int queuePosition,
            Long estimatedWaitSeconds,
            boolean agentsAvailable) {
        static HandoffView of(QueueStatus q) {
            return q == null
                    ? null
                    : new HandoffView(
                            q.ticketId(),
                            q.status().wire(),
                            q.priority().name().toLowerCase(Locale.ROOT),
                            q.queuePosition(),
                            q.agentsAvailable() ? q.estimatedWaitSeconds() : null,
                            q.agentsAvailable());
        }
    }

    record TurnView(long messageId, ReplyView reply, DecisionTrail decision, HandoffView handoff, String state) {
        static TurnView of(TurnResult turn) {
            Message reply = turn.reply();
            ReplyView replyView = reply == null
                    ? null
                    : new ReplyView(reply.seq(), reply.text(), QuickReplyView.of(reply.quickReplies()));
            return new TurnView(
                    turn.userMessage().seq(),
                    replyView,
                    turn.decision(),
                    HandoffView.of(turn.handoff()),
                    turn.state().wire());
        }
    }

    record MessageView(long seq, String sender, String text, List<QuickReplyView> quickReplies, String createdAt) {
        static MessageView of(Message m) {
            return new MessageView(
                    m.seq(),
                    m.sender().wire(),
                    m.text(),
                    QuickReplyView.of(m.quickReplies()),
                    m.createdAt().toString());
        }
    }

    record TranscriptView(List<MessageView> messages, String state, HandoffView handoff) {
        static TranscriptView of(Transcript t) {
            return new TranscriptView(
                    t.messages().stream().map(MessageView::of).toList(),
                    t.state().wire(),
                    HandoffView.of(t.handoff()));
        }
    }

    record Health(String status) {}

    /** {@code GET /health/ready}: {@code ready}, {@code not_ready} or {@code stopping}, and each check. */
    record Ready(String status, java.util.Map<String, String> checks) {}
}
