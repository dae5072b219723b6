package dev.baton.config;

/**
 * Abuse limits.
 *
 * @param maxBodyBytes                largest accepted request body
 * @param conversationTurnsPerMinute  messages one conversation may send per minute
 * @param ipRequestsPerMinute         API requests one client address may make per minute
 */
public record LimitsConfig(int maxBodyBytes, int conversationTurnsPerMinute, int ipRequestsPerMinute) {
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
    }
}
