package dev.baton.bench.proxy;

import dev.baton.conversation.ConversationStore;
import dev.baton.conversation.Message;
import dev.baton.conversation.Sender;
import dev.baton.store.jdbc.ChannelRows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What became of the messaging work after the kill, read from the store and the stand-in app: every acknowledged
 * webhook delivery made exactly one turn; every reply was sent and received, in order, a repeat only for a message
 * the killed instance was sending when it died; and the rows leased at the kill were done by the survivor, those of
 * the killed instance only after their lease ran out.
 */
final class ProxyChannelCheck {

    /** The inbound side. */
    record Inbound(
            long acknowledged,
            long done,
            long notDone,
            long withoutOneTurn,
            long chatsWithTwoConversations,
            long leasedAtKill,
            long takenOverAfterLease,
            long survivorsOwn,
            List<String> examples) {
        boolean passed() {
            return notDone == 0 && withoutOneTurn == 0 && takenOverAfterLease > 0;
        }
    }

    /**
     * The outbox side. Repeats are what the outbox promises for a message it could not record as sent:
     * {@code resentAfterKill} were posted by the killed instance before it died, {@code resentAfterFailedTry} by an
     * instance whose earlier try failed or timed out (the store counts more than one attempt); any other repeat is
     * unexpected.
     */
    record Outbox(
            long rows,
            long sent,
            long notSent,
            long neverReceived,
            long resentAfterKill,
            long resentAfterFailedTry,
            long unexpectedRepeats,
            long outOfOrder,
            long leasedAtKill,
            long takenOverAfterLease,
            List<String> examples) {
        boolean passed() {
            return notSent == 0
                    && neverReceived == 0
                    && unexpectedRepeats == 0
                    && outOfOrder == 0
                    && takenOverAfterLease > 0;
        }
    }

    private static final int EXAMPLES = 5;

    private final ChannelRows rows;
    private final ConversationStore conversations;

    ProxyChannelCheck(ChannelRows rows, ConversationStore conversations) {
        this.rows = rows;
        this.conversations = conversations;
    }

    /** Whether no delivery or reply of the channel is pending any more. */
    boolean settled() {
        return rows.inbound(ProxyWebhooks.CHANNEL).stream().noneMatch(r -> "pending".equals(r.status()))
                && rows.outbox(ProxyWebhooks.CHANNEL).stream().noneMatch(r -> "pending".equals(r.status()));
    }

    Inbound inbound(ProxyFailoverRun.Observed seen) {
        Map<String, ChannelRows.Inbound> byEvent = new HashMap<>();
        rows.inbound(ProxyWebhooks.CHANNEL).forEach(r -> byEvent.put(r.eventId(), r));
        Map<String, List<String>> chats = rows.chatConversations(ProxyWebhooks.CHANNEL);
        List<String> examples = new ArrayList<>();
        long acknowledged = 0;
        long done = 0;
        long withoutOneTurn = 0;
        for (ProxyWebhooks.Delivery d : seen.deliveries()) {
            if (!d.acknowledged()) {
                continue;
            }
            acknowledged++;
            ChannelRows.Inbound row = byEvent.get(d.messageId());
            if (row != null && "done".equals(row.status())) {
                done++;
            } else {
                example(examples, d.messageId() + ": " + (row == null ? "not stored" : row.status()));
                continue;
            }
            long turns = chats.getOrDefault(d.userId(), List.of()).stream()
                    .flatMap(id -> conversations.messages(id, 0, 1_000).stream())
                    .filter(m -> m.sender() == Sender.USER && m.text().equals(d.text()))
                    .count();
            if (turns != 1) {
                withoutOneTurn++;
                example(examples, d.messageId() + ": " + turns + " turns");
            }
        }
        long takenOver = 0;
        long own = 0;
        for (ChannelRows.Inbound atKill : seen.inboundAtKill()) {
            ChannelRows.Inbound now = byEvent.get(atKill.eventId());
            if (now != null && now.processedAt() >= atKill.leaseUntil()) {
                takenOver++;
            } else if (now != null && now.processedAt() > 0) {
                own++;
            }
        }
        return new Inbound(
                acknowledged,
                done,
                acknowledged - done,
                withoutOneTurn,
                chats.values().stream().filter(c -> c.size() > 1).count(),
                seen.inboundAtKill().size(),
                takenOver,
                own,
                examples);
    }

    Outbox outbox(ProxyFailoverRun.Observed seen, List<ProxyReceiver.Receipt> receipts) {
        Map<Long, List<ProxyReceiver.Receipt>> byId = new HashMap<>();
        receipts.forEach(
                r -> byId.computeIfAbsent(r.outboxId(), k -> new ArrayList<>()).add(r));
        List<ChannelRows.Outbox> all = rows.outbox(ProxyWebhooks.CHANNEL);
        List<String> examples = new ArrayList<>();
        long sent = 0;
        long never = 0;
        long resent = 0;
        long retried = 0;
        long unexpected = 0;
        for (ChannelRows.Outbox row : all) {
            if ("sent".equals(row.status())) {
                sent++;
            } else {
                example(examples, "outbox " + row.id() + " " + row.status());
            }
            List<ProxyReceiver.Receipt> got = byId.getOrDefault(row.id(), List.of());
            if (got.isEmpty()) {
                never++;
                example(examples, "outbox " + row.id() + " never received");
            } else if (got.size() > 1) {
                // Allowed only where the killed instance had posted it before it died and could not record it.
                boolean explained = got.subList(0, got.size() - 1).stream()
                        .allMatch(r -> r.instance() == 0 && r.atMillis() <= seen.killMillis());
                if (explained) {
                    resent += got.size() - 1;
                } else if (row.attempts() > 1) {
                    retried += got.size() - 1;
                } else {
                    unexpected += got.size() - 1;
                    example(examples, "outbox " + row.id() + " received " + got.size() + " times");
                }
            }
        }
        long takenOver = 0;
        for (ChannelRows.Outbox atKill : seen.outboxAtKill()) {
            boolean bySurvivor = byId.getOrDefault(atKill.id(), List.of()).stream()
                    .anyMatch(r -> r.instance() != 0 && r.atMillis() >= atKill.leaseUntil());
            if (bySurvivor) {
                takenOver++;
            }
        }
        return new Outbox(
                all.size(),
                sent,
                all.size() - sent,
                never,
                resent,
                retried,
                unexpected,
                outOfOrder(receipts, examples),
                seen.outboxAtKill().size(),
                takenOver,
                examples);
    }

    /** Conversations whose replies first arrived out of seq order. */
    private static long outOfOrder(List<ProxyReceiver.Receipt> receipts, List<String> examples) {
        Map<String, Long> last = new HashMap<>();
        Map<Long, Boolean> first = new HashMap<>();
        long out = 0;
        for (ProxyReceiver.Receipt r : receipts) {
            if (first.putIfAbsent(r.outboxId(), true) != null) {
                continue;
            }
            Long before = last.put(r.conversationId(), r.seq());
            if (before != null && before > r.seq()) {
                out++;
                example(examples, r.conversationId() + " seq " + r.seq() + " after " + before);
            }
        }
        return out;
    }

    /** The store's messages of a conversation, to compare a widget's with. */
    List<Message> messages(String conversationId) {
        return conversations.messages(conversationId, 0, 10_000);
    }

    private static void example(List<String> examples, String what) {
        if (examples.size() < EXAMPLES) {
            examples.add(what);
        }
    }
}
