package dev.baton.http;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.baton.config.LimitsConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one client address may do to open sockets and guess tokens: WebSocket upgrades per minute, refused
 * tokens per minute (after which every API request and socket from that address is refused until the bucket
 * refills), and how many sockets one conversation or one agent may hold open at once.
 */
final class SocketLimits {

    /** The attribute a socket's upgrade leaves for its handlers: the client address, as the limits see it. */
    static final String ADDRESS = "baton.address";

    private final RateLimiter upgrades;
    private final RateLimiter refusals;
    private final int perConversation;
    private final int perAgent;
    private final Map<String, Integer> open = new ConcurrentHashMap<>();

    SocketLimits(LimitsConfig limits, Ticker ticker) {
        this.upgrades = new RateLimiter(
                limits.socketUpgradesPerMinute(), Math.max(5, limits.socketUpgradesPerMinute() / 3), ticker);
        this.refusals = new RateLimiter(limits.failedTokensPerMinute(), limits.failedTokensPerMinute(), ticker);
        this.perConversation = limits.socketsPerConversation();
        this.perAgent = limits.socketsPerAgent();
    }

    /** Before a socket upgrades: 429 for an address over its upgrade rate or its refused tokens. */
    void beforeUpgrade(Context ctx) {
        String address = ctx.ip();
        refuseGuessers(ctx, address);
        long wait = upgrades.acquire(address);
        if (wait > 0) {
            throw HttpErrors.rateLimited(ctx, wait, "too many sockets opened from this address");
        }
        ctx.attribute(ADDRESS, address);
    }

    /** 429 for an address that presented too many refused tokens lately. */
    void refuseGuessers(Context ctx, String address) {
        long wait = refusals.waiting(address);
        if (wait > 0) {
            throw HttpErrors.rateLimited(ctx, wait, "too many refused tokens from this address");
        }
    }

    /** Counts a refused token against {@code address}. */
    void tokenRefused(String address) {
        if (address != null) {
            refusals.acquire(address);
        }
    }

    /** Takes a socket for a conversation; false when it already holds as many as it may. */
    boolean openForConversation(String conversationId) {
        return take("c:" + conversationId, perConversation);
    }

    void closedForConversation(String conversationId) {
        give("c:" + conversationId);
    }

    /** Takes a console socket for an agent; false when the agent already holds as many as it may. */
    boolean openForAgent(String agentId) {
        return take("a:" + agentId, perAgent);
    }

    void closedForAgent(String agentId) {
        give("a:" + agentId);
    }

    private boolean take(String key, int cap) {
        boolean[] taken = {false};
        open.compute(key, (k, n) -> {
            int held = n == null ? 0 : n;
            if (held >= cap) {
                return n;
            }
            taken[0] = true;
            return held + 1;
        });
        return taken[0];
    }

    private void give(String key) {
        open.computeIfPresent(key, (k, n) -> n <= 1 ? null : n - 1);
    }
}
