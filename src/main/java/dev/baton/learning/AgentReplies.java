package dev.baton.learning;

import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationStore;
import dev.baton.conversation.Message;
import dev.baton.conversation.Sender;
import dev.baton.handoff.Ticket;
import dev.baton.handoff.TicketStatus;
import dev.baton.handoff.TicketStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How an agent answered what Baton could not: read from the stored transcript, the first agent message after
 * a kept message, where an agent resolved the conversation (its ticket is resolved). An editor sees what worked
 * and can write the answer from it.
 */
final class AgentReplies {

    private static final int PAGE = 200;
    /** How far after a kept message the transcript is read for a reply. */
    private static final int MAX_READ = 1_000;

    private final ConversationStore conversations;
    private final TicketStore tickets;

    AgentReplies(ConversationStore conversations, TicketStore tickets) {
        this.conversations = conversations;
        this.tickets = tickets;
    }

    /** The agent's reply to each message that has one, by the message's learning id. */
    Map<Long, String> of(List<CapturedMessage> messages) {
        Map<String, List<CapturedMessage>> byConversation = new LinkedHashMap<>();
        for (CapturedMessage m : messages) {
            byConversation
                    .computeIfAbsent(m.conversationId(), k -> new ArrayList<>())
                    .add(m);
        }
        Map<Long, String> replies = new HashMap<>();
        byConversation.forEach((conversationId, kept) -> {
            if (resolvedByAgent(conversationId)) {
                replies.putAll(replies(conversationId, kept));
            }
        });
        return replies;
    }

    private boolean resolvedByAgent(String conversationId) {
        Optional<String> ticketId =
                conversations.find(conversationId).map(Conversation::memory).map(m -> m.ticketId());
        return ticketId.flatMap(tickets::find)
                .map(Ticket::status)
                .filter(s -> s == TicketStatus.RESOLVED)
                .isPresent();
    }

    private Map<Long, String> replies(String conversationId, List<CapturedMessage> kept) {
        long from = kept.stream().mapToLong(CapturedMessage::seq).min().orElseThrow();
        Map<Long, String> out = new HashMap<>();
        long after = from;
        for (int read = 0; read < MAX_READ && out.size() < kept.size(); read += PAGE) {
            List<Message> page = conversations.messages(conversationId, after, PAGE);
            for (Message m : page) {
                if (m.sender() == Sender.AGENT) {
                    for (CapturedMessage k : kept) {
                        if (k.seq() < m.seq()) {
                            out.putIfAbsent(k.id(), m.text());
                        }
                    }
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).seq();
        }
        return out;
    }
}
