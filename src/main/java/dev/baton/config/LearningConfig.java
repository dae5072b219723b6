package dev.baton.config;

import java.time.Duration;
import java.util.Objects;

/**
 * The learning loop: whether the messages Baton could not answer are kept for editors, and for how long.
 *
 * @param capture   keep them (the default; turning it off is the opt-out, and nothing new is recorded)
 * @param retention a kept message older than this is deleted, whatever editors did with it
 */
public record LearningConfig(boolean capture, Duration retention) {

    public static final Duration MAX_RETENTION = Duration.ofDays(3_650);

    public LearningConfig {
        Objects.requireNonNull(retention, "retention");
        if (retention.compareTo(Duration.ofDays(1)) < 0 || retention.compareTo(MAX_RETENTION) > 0) {
            throw new ConfigException("learning.retentionDays must be between 1 and " + MAX_RETENTION.toDays()
                    + ", not " + retention.toDays());
        }
    }
}
