package dev.baton.store.jdbc;

import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationState;
import dev.baton.conversation.ConversationStore;
import dev.baton.conversation.DecisionTrail;
import dev.baton.conversation.DialogueMemory;
import dev.baton.conversation.Message;
import dev.baton.conversation.Sender;
import dev.baton.conversation.Turn;
import dev.baton.decision.QuickReply;
import dev.baton.decision.ReplyLanguage;
import dev.baton.details.ChainValue;
import dev.baton.details.Details;
import dev.baton.handoff.Priority;
import dev.baton.handoff.SlaPolicy;
import dev.baton.handoff.Ticket;
import dev.baton.handoff.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Conversations, turns and tickets for the store tests. Instants are whole milliseconds, as stored. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2025-03-01T08:00:00.123Z");

    private Fixtures() {}

    static Conversation conversation(String id) {
        return conversation(id, T0);
    }

    /** A conversation opened at {@code created}, nobody having written in it. */
    static Conversation conversation(String id, Instant created) {
        return new Conversation(
                id,
                "sha256-of-" + id,
                "zh-CN",
                "web",
                ConversationState.BOT,
                DialogueMemory.EMPTY,
                0,
                0,
                created,
                created);
    }

    static Details details() {
        return new Details(
                "alice@example.com",
                "我的 USDT 转错地址了 😱",
                List.of(new ChainValue(
                        "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060", "ethereum", true)),
                List.of(new ChainValue("TJ9aQpm4ZxhWnJx3KqRtF2Xx1SyAxxxxxx", "tron", false)),
                "200 USDT",
                "TRC20",
                "昨天晚上",
                null,
                null);
    }

    static DialogueMemory memory() {
        return new DialogueMemory(
                List.of(
                        new QuickReply("faq.withdraw.pending", "提现未到账 ⏳"),
                        new QuickReply("faq.deposit.missing", "Deposit missing")),
                2,
                DialogueMemory.PendingQuestion.ACCOUNT,
                1,
                details(),
                Priority.URGENT,
                "funds_at_risk.wrong_address",
                "t_1",
                "contact-channels",
                true,
                ReplyLanguage.TRADITIONAL);
    }

    /** The turn after {@code read}: a user message and a bot reply per text, at {@code now}. */
    static Turn turn(Conversation read, Instant now, Optional<Ticket> ticket, String... userTexts) {
        List<Message> messages = new ArrayList<>();
        long seq = read.lastSeq();
        for (String text : userTexts) {
            messages.add(new Message(read.id(), ++seq, Sender.USER, text, List.of(), null, now));
            messages.add(new Message(
                    read.id(),
                    ++seq,
                    Sender.BOT,
                    "回复 reply to " + text,
                    List.of(new QuickReply("faq.fees", "手续费 💸")),
                    new DecisionTrail("answer", "faq.fees", "fees", 0.91, null, "matched"),
                    now));
        }
        Conversation next = read.next(ConversationState.BOT, memory(), messages.size(), now);
        return new Turn(next, messages, ticket);
    }

    static Turn turn(Conversation read, String... userTexts) {
        return turn(read, read.updatedAt().plusSeconds(1), Optional.empty(), userTexts);
    }

    static Ticket ticket(String id, String conversationId, Priority priority, TicketStatus status, Instant created) {
        Ticket queued =
                Ticket.open(id, conversationId, priority, "low_confidence", 1, details(), created, SlaPolicy.DEFAULT);
        return switch (status) {
            case QUEUED -> queued;
            case ASSIGNED -> queued.claim("a_1", created);
            case WAITING_ON_USER -> queued.claim("a_1", created).agentReplied(created);
            case RESOLVED -> queued.claim("a_1", created).resolve(created).rate(4, created);
            case ABANDONED -> queued.abandon(created);
        };
    }

    /** A conversation of its own ("c-" + the ticket's id) whose turn opened a ticket, that many seconds after T0. */
    static void queued(
            ConversationStore conversations,
            String ticketId,
            Priority priority,
            TicketStatus status,
            int secondsAfterT0) {
        Conversation c = conversation("c-" + ticketId);
        conversations.create(c);
        conversations.commit(turn(
                c,
                T0.plusSeconds(secondsAfterT0),
                Optional.of(ticket(ticketId, c.id(), priority, status, T0.plusSeconds(secondsAfterT0))),
                "help"));
    }
}
