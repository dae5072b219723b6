package dev.baton.channel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Durable state of the messaging channels: inbound deliveries (unique per platform id), which conversation
 * each platform chat is in, and the outbox. Leases let several workers, on several instances, share the work
 * without doing any of it twice at once. Every write is durable when the method returns.
 */
public interface ChannelStore {

    /** Stores a redacted delivery; empty when the platform delivered this id before (a retry). */
    OptionalLong accept(InboundMessage message, Instant now);

    /**
     * Leases pending deliveries until {@code leaseUntil}, oldest first, at most one per chat and only the
     * oldest pending one of its chat (a chat's messages are taken in order).
     */
    List<PendingInbound> leaseInbound(Instant now, Instant leaseUntil, int limit);

    /** Gives up on a delivery that cannot make a turn (kept, with why). */
    void failInbound(long id, String error, Instant now);

    /**
     * When the newest delivery still kept from a platform chat was taken in, on Baton's clock; empty when there
     * is none (never, or pruned). WhatsApp's 24-hour customer-service window is judged from it.
     */
    Optional<Instant> lastInbound(String channel, String chatId);

    /** The conversation a platform chat is in now, if any. */
    Optional<String> currentConversation(String channel, String chatId);

    /** The platform chat a conversation is linked to, if any. */
    Optional<Chat> chatOf(String conversationId);

    /** Makes {@code conversationId} the chat's current conversation. */
    void link(String conversationId, String channel, String chatId, Instant now);

    /**
     * Leases due outbox messages until {@code leaseUntil}: per conversation only the oldest unsent one, so
     * that a conversation's messages go out in order.
     */
    List<LeasedDelivery> leaseOutbox(Instant now, Instant leaseUntil, int limit);

    void sent(long outboxId, Instant now);

    void retryLater(long outboxId, int attempts, Instant next, String error);

    void dead(long outboxId, int attempts, String error);

    /**
     * Marks a reply as delivered in the webhook's own response, if no worker has taken it: true when the
     * caller may send it that way.
     */
    boolean claimPassive(String conversationId, long seq, Instant now);

    /** Outbox rows in a status ({@code pending}, {@code sent}, {@code dead}), newest first. */
    List<OutboxEntry> outbox(String status, int limit);

    /** The outbox's unsent messages counted by channel and status ({@code pending}, {@code dead}). */
    List<OutboxCount> outboxCounts();

    /** Puts a dead letter back in line for another round of tries; false when it is not dead. */
    boolean revive(long outboxId, Instant now);

    /**
     * Forgets what is finished and older than {@code before}: processed or failed deliveries (their ids stop
     * guarding against retries, which platforms give up long before) and sent outbox rows. Returns how many rows
     * went.
     */
    int prune(Instant before);
}
