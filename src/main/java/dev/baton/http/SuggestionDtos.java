package dev.baton.http;

import dev.baton.learning.CapturedMessage;
import dev.baton.learning.SuggestionGroup;
import java.util.List;

/** The learning loop's wire format under {@code /api/v1/knowledge/suggestions}. */
final class SuggestionDtos {

    private SuggestionDtos() {}

    record Groups(List<GroupView> groups) {}

    record GroupView(
            String id, int size, String lastAt, List<String> terms, String suggestedEntry, List<MessageView> messages) {
        static GroupView of(SuggestionGroup g) {
            return new GroupView(
                    g.id(),
                    g.size(),
                    AgentDtos.time(g.lastAt()),
                    g.terms(),
                    g.suggestedEntry(),
                    g.messages().stream().map(MessageView::of).toList());
        }
    }

    record MessageView(
            long id,
            String text,
            String language,
            String at,
            String decision,
            String intent,
            double confidence,
            String conversationId,
            String agentReply) {
        static MessageView of(SuggestionGroup.Suggestion s) {
            CapturedMessage m = s.message();
            return new MessageView(
                    m.id(),
                    m.text(),
                    m.language(),
                    AgentDtos.time(m.at()),
                    m.decision(),
                    m.intent(),
                    m.confidence(),
                    m.conversationId(),
                    s.agentReply());
        }
    }

    /** {@code POST .../accept}. */
    record AcceptBody(List<Long> messageIds, String entryId, Long revision) {}

    record Accepted(long revision, int accepted) {}

    /** {@code POST .../dismiss}. */
    record DismissBody(List<Long> messageIds) {}

    record Dismissed(int dismissed) {}
}
