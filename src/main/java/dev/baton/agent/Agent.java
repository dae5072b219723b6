package dev.baton.agent;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A human agent account.
 *
 * @param tier       1, or 2 for the more experienced team that escalated tickets go to
 * @param supervisor whether the agent may read every agent's conversations
 * @param editor     whether the agent may change what Baton knows
 * @param revokedAt  when its token was revoked, or null while it is valid
 */
public record Agent(
        String id, String name, int tier, boolean supervisor, boolean editor, Instant createdAt, Instant revokedAt) {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}");

    public Agent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        checkName(name);
        if (tier != 1 && tier != 2) {
            throw new IllegalArgumentException("tier is 1 or 2, not " + tier);
        }
    }

    /** Whether {@code name} is a valid agent name: letters, digits, '.', '_' or '-', at most 64 chars. */
    public static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an agent name is 1-64 letters, digits, '.', '_' or '-' (starting "
                    + "with a letter or digit), not '" + name + "'");
        }
    }

    public boolean has(Right right) {
        return switch (right) {
            case SUPERVISOR -> supervisor;
            case EDITOR -> editor;
        };
    }

    /** This agent with {@code right} granted ({@code held}) or withdrawn. */
    public Agent with(Right right, boolean held) {
        return new Agent(
                id,
                name,
                tier,
                right == Right.SUPERVISOR ? held : supervisor,
                right == Right.EDITOR ? held : editor,
                createdAt,
                revokedAt);
    }

    public boolean active() {
        return revokedAt == null;
    }
}
