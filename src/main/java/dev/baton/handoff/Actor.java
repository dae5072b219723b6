package dev.baton.handoff;

import java.util.Objects;

/**
 * An agent acting on tickets, with what decides what they may see and do.
 *
 * @param tier       1, or 2 for the more experienced team (who also take tier-1 tickets)
 * @param supervisor sees and acts on every ticket
 * @param editor     may change what Baton knows (the knowledge editor)
 */
public record Actor(String id, String name, int tier, boolean supervisor, boolean editor) {

    public Actor(String id, String name, int tier, boolean supervisor) {
        this(id, name, tier, supervisor, false);
    }

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (tier != 1 && tier != 2) {
            throw new IllegalArgumentException("tier is 1 or 2: " + tier);
        }
    }

    /** Whether the ticket is theirs to read: held by them, or held by nobody at a tier they serve. */
    public boolean maySee(Ticket ticket) {
        return supervisor || id.equals(ticket.assignee()) || ticket.assignee() == null && ticket.tier() <= tier;
    }

    /** Whether they may claim it: a tier they serve (the status is the ticket's own check). */
    public boolean mayClaim(Ticket ticket) {
        return supervisor || ticket.tier() <= tier;
    }

    /** Whether they may write to the user, escalate or resolve: it is theirs (or they supervise). */
    public boolean mayAct(Ticket ticket) {
        return supervisor || id.equals(ticket.assignee());
    }
}
