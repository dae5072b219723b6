package dev.baton.handoff;

import java.time.Duration;
import java.time.Instant;

/**
 * How soon an agent must first answer a handed-off user: by default 5 minutes when funds or secrets are at
 * risk, 60 minutes otherwise, and a day for a user who wrote by email (the help desk's promise for mail);
 * funds at risk are urgent on every channel.
 */
public record SlaPolicy(Duration urgentFirstResponse, Duration normalFirstResponse, Duration emailFirstResponse) {

    public static final SlaPolicy DEFAULT = new SlaPolicy(Duration.ofMinutes(5), Duration.ofMinutes(60));

    /** The channel whose users wrote by email. */
    public static final String EMAIL = "email";

    public SlaPolicy {
        if (!positive(urgentFirstResponse) || !positive(normalFirstResponse) || !positive(emailFirstResponse)) {
            throw new IllegalArgumentException("first-response times must be positive");
        }
    }

    /** With email's deadline a day. */
    public SlaPolicy(Duration urgentFirstResponse, Duration normalFirstResponse) {
        this(urgentFirstResponse, normalFirstResponse, Duration.ofHours(24));
    }

    /** The deadlines for a conversation on {@code channel}: email's in place of the normal one for email. */
    public SlaPolicy on(String channel) {
        return EMAIL.equals(channel)
                ? new SlaPolicy(urgentFirstResponse, emailFirstResponse, emailFirstResponse)
                : this;
    }

    public Instant firstResponseDue(Priority priority, Instant openedAt) {
        return openedAt.plus(priority == Priority.URGENT ? urgentFirstResponse : normalFirstResponse);
    }

    private static boolean positive(Duration d) {
        return d != null && !d.isNegative() && !d.isZero();
    }
}
