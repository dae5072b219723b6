package dev.baton.config;

import java.time.Duration;

/** Handoff settings: the handling time per ticket used to estimate a user's wait. */
public record HandoffConfig(Duration handlingTime) {
    public HandoffConfig {
        if (handlingTime == null || handlingTime.isNegative() || handlingTime.isZero()) {
            throw new ConfigException("handoff.handlingTimeSeconds must be positive");
        }
    }
}
