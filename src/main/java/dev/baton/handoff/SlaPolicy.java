package dev.baton.handoff;

import java.time.Duration;
import java.time.Instant;

/**
 * How soon an agent must first answer a handed-off user: by default 5 minutes when funds or secrets are at
 * risk, 60 minutes otherwise.
 */
public record SlaPolicy(Duration urgentFirstResponse, Duration normalFirstResponse) {

    public static final SlaPolicy DEFAULT = new SlaPolicy(Duration.ofMinutes(5), Duration.ofMinutes(60));

    public SlaPolicy {
        if (!positive(urgentFirstResponse) || !positive(normalFirstResponse)) {
            throw new IllegalArgumentException("first-response times must be positive");
        }
    }

    public Instant firstResponseDue(Priority priority, Instant openedAt) {
        return openedAt.plus(priority == Priority.URGENT ? urgentFirstResponse : normalFirstResponse);
    }

    private static boolean positive(Duration d) {
        return d != null && !d.isNegative() && !d.isZero();
    }
}
