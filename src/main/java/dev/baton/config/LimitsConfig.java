package dev.baton.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Abuse limits.
 *
 * @param maxBodyBytes                largest accepted request body
 * @param conversationTurnsPerMinute  messages one conversation may send per minute
 * @param ipRequestsPerMinute         API requests one client address may make per minute
 * @param bodyRead                    how long a request body may take to arrive in full
 * @param socketUpgradesPerMinute     WebSocket connections one client address may open per minute
 * @param failedTokensPerMinute       refused tokens one client address may present per minute before all its
 *                                    API requests and sockets are refused for a while
 * @param socketsPerConversation      open sockets one conversation may hold (browser tabs)
 * @param socketsPerAgent             open console sockets one agent may hold
 * @param emptyConversationTtl        a conversation nobody wrote in this long after opening it is deleted
 */
public record LimitsConfig(
        int maxBodyBytes,
        int conversationTurnsPerMinute,
        int ipRequestsPerMinute,
        Duration bodyRead,
        int socketUpgradesPerMinute,
        int failedTokensPerMinute,
        int socketsPerConversation,
        int socketsPerAgent,
        Duration emptyConversationTtl) {

    /** Shorter would delete conversations whose user is still reading the greeting. */
    public static final Duration MIN_EMPTY_CONVERSATION_TTL = Duration.ofMinutes(1);

    public static final Duration MAX_EMPTY_CONVERSATION_TTL = Duration.ofDays(30);

    public LimitsConfig {
        if (maxBodyBytes < 1_024 || maxBodyBytes > 1_048_576) {
            throw new ConfigException("limits.maxBodyBytes must be between 1024 and 1048576, not " + maxBodyBytes);
        }
        if (conversationTurnsPerMinute < 1) {
            throw new ConfigException("limits.conversationTurnsPerMinute must be at least 1");
        }
        if (ipRequestsPerMinute < 1) {
            throw new ConfigException("limits.ipRequestsPerMinute must be at least 1");
        }
        if (bodyRead == null || bodyRead.isNegative() || bodyRead.isZero() || bodyRead.toSeconds() > 300) {
            throw new ConfigException("limits.bodyReadSeconds must be between 1 and 300, not " + bodyRead);
        }
        if (socketUpgradesPerMinute < 1) {
            throw new ConfigException("limits.socketUpgradesPerMinute must be at least 1");
        }
        if (failedTokensPerMinute < 1) {
            throw new ConfigException("limits.failedTokensPerMinute must be at least 1");
        }
        if (socketsPerConversation < 1 || socketsPerAgent < 1) {
            throw new ConfigException("limits.socketsPerConversation and limits.socketsPerAgent must be at least 1");
        }
        Objects.requireNonNull(emptyConversationTtl, "emptyConversationTtl");
        if (emptyConversationTtl.compareTo(MIN_EMPTY_CONVERSATION_TTL) < 0
                || emptyConversationTtl.compareTo(MAX_EMPTY_CONVERSATION_TTL) > 0) {
            throw new ConfigException("limits.emptyConversationTtlSeconds must be between "
                    + MIN_EMPTY_CONVERSATION_TTL.toSeconds() + " and " + MAX_EMPTY_CONVERSATION_TTL.toSeconds()
                    + ", not " + emptyConversationTtl.toSeconds());
        }
    }
}
