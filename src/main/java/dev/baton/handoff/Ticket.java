package dev.baton.handoff;

import dev.baton.details.Details;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A request for a human agent, one per handoff of a conversation. Its status moves only through the
 * methods below, each of which refuses a move the status does not allow:
 *
 * <pre>
 * queued --claim--> assigned --agent replies--> waiting_on_user --user writes--> assigned
 * assigned | waiting_on_user --resolve--> resolved --user writes within the window--> queued (reopened)
 * assigned | waiting_on_user --escalate--> queued at tier 2
 * assigned, not answered yet --agent offline or silent past the deadline--> queued (requeue: same place)
 * queued | waiting_on_user --user gone--> abandoned
 * </pre>
 *
 * @param reason           a stable code: {@code funds_at_risk.unauthorized_transfer}, {@code secret_exposed},
 *                         {@code human_requested}, {@code low_confidence}, {@code repeated_fallback} ...
 * @param tier             1, or 2 once escalated to the more experienced team
 * @param assignee         the id of the agent who holds it, or null
 * @param rating           the user's 1-5 satisfaction rating after resolution, or null
 * @param firstResponseDue when an agent must have answered the user (the SLA)
 * @param firstResponseAt  when an agent first answered, or null
 */
public record Ticket(
        String id,
        String conversationId,
        Priority priority,
        String reason,
        TicketStatus status,
        int tier,
        Details details,
        String assignee,
        Integer rating,
        Instant createdAt,
        Instant updatedAt,
        Instant firstResponseDue,
        Instant assignedAt,
        Instant firstResponseAt,
        Instant resolvedAt) {
    public Ticket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(firstResponseDue, "firstResponseDue");
        if (tier != 1 && tier != 2) {
            throw new IllegalArgumentException("tier is 1 or 2: " + tier);
        }
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new IllegalArgumentException("rating is 1 to 5: " + rating);
        }
        boolean held = status == TicketStatus.ASSIGNED || status == TicketStatus.WAITING_ON_USER;
        if (held && assignee == null || status == TicketStatus.QUEUED && assignee != null) {
            throw new IllegalArgumentException("an agent holds a ticket exactly while it is assigned or waiting: "
                    + status.wire() + " / " + assignee);
        }
    }

    /** A new queued ticket whose first response is due by {@code sla}. */
    public static Ticket open(
            String id,
            String conversationId,
            Priority priority,
            String reason,
            int tier,
            Details details,
            Instant now,
            SlaPolicy sla) {
        return new Ticket(
                id,
                conversationId,
                priority,
                reason,
                TicketStatus.QUEUED,
                tier,
                details,
                null,
                null,
                now,
                now,
                sla.firstResponseDue(priority, now),
                null,
                null,
                null);
    }

    /** Whether it is still being handled: queued, held by an agent, or waiting on the user (not resolved or closed). */
    public boolean open() {
        return status == TicketStatus.QUEUED
                || status == TicketStatus.ASSIGNED
                || status == TicketStatus.WAITING_ON_USER;
    }

    /** The ticket with a raised priority and the reason for it; the first response falls due sooner. */
    public Ticket raised(Priority newPriority, String newReason, Instant now, SlaPolicy sla) {
        Instant due = sla.firstResponseDue(newPriority, now);
        return new Ticket(
                id,
                conversationId,
                newPriority,
                newReason,
                status,
                tier,
                details,
                assignee,
                rating,
                createdAt,
                now,
                due.isBefore(firstResponseDue) ? due : firstResponseDue,
                assignedAt,
                firstResponseAt,
                resolvedAt);
    }

    public Ticket withDetails(Details newDetails, Instant now) {
        return new Ticket(
                id,
                conversationId,
                priority,
                reason,
                status,
                tier,
                newDetails,
                assignee,
                rating,
                createdAt,
                now,
                firstResponseDue,
                assignedAt,
                firstResponseAt,
                resolvedAt);
    }

    /** Taken by {@code agentId}: only a queued ticket can be claimed. */
    public Ticket claim(String agentId, Instant now) {
        require("claim", TicketStatus.QUEUED);
        Objects.requireNonNull(agentId, "agentId");
        return moved(TicketStatus.ASSIGNED, agentId, now, now, firstResponseAt, null, rating, tier);
    }

    /** The agent wrote to the user: the ticket waits on the user's answer. */
    public Ticket agentReplied(Instant now) {
        require("reply to", TicketStatus.ASSIGNED, TicketStatus.WAITING_ON_USER);
        return moved(
                TicketStatus.WAITING_ON_USER,
                assignee,
                now,
                assignedAt,
                firstResponseAt == null ? now : firstResponseAt,
                null,
                rating,
                tier);
    }

    /** The user wrote: a ticket waiting on them is the agent's turn again; any other is unchanged. */
    public Ticket userWrote(Instant now) {
        return status == TicketStatus.WAITING_ON_USER
                ? moved(TicketStatus.ASSIGNED, assignee, now, assignedAt, firstResponseAt, null, rating, tier)
                : this;
    }

    /** Handed to the more experienced team: back in the queue at tier 2, held by nobody. */
    public Ticket escalate(Instant now) {
        require("escalate", TicketStatus.ASSIGNED, TicketStatus.WAITING_ON_USER);
        if (tier == 2) {
            throw new TicketException(
                    TicketException.Problem.INVALID_TRANSITION, "ticket " + id + " is already with the tier-2 team");
        }
        return moved(TicketStatus.QUEUED, null, now, null, firstResponseAt, null, rating, 2);
    }

    public Ticket resolve(Instant now) {
        require("resolve", TicketStatus.ASSIGNED, TicketStatus.WAITING_ON_USER);
        return moved(TicketStatus.RESOLVED, assignee, now, assignedAt, firstResponseAt, now, rating, tier);
    }

    /** The user wrote again soon after resolution: back in the queue, due again by the SLA. */
    public Ticket reopen(Instant now, SlaPolicy sla) {
        require("reopen", TicketStatus.RESOLVED);
        return new Ticket(
                id,
                conversationId,
                priority,
                reason,
                TicketStatus.QUEUED,
                tier,
                details,
                null,
                null,
                createdAt,
                now,
                sla.firstResponseDue(priority, now),
                null,
                null,
                null);
    }

    /**
     * When the agent holding it must first answer or lose it: the SLA deadline, or for a ticket claimed less
     * than {@code grace} before it (or after), {@code grace} after the claim.
     */
    public Instant answerDue(Duration grace) {
        if (assignedAt == null) {
            return firstResponseDue;
        }
        Instant fromClaim = assignedAt.plus(grace);
        return fromClaim.isAfter(firstResponseDue) ? fromClaim : firstResponseDue;
    }

    /**
     * Its agent went silent before answering (offline, or past {@link #answerDue}): back in the queue, held by
     * nobody, in the place it had (its priority, tier, creation time and SLA deadline are kept).
     */
    public Ticket requeue(Instant now) {
        require("requeue", TicketStatus.ASSIGNED);
        if (firstResponseAt != null) {
            throw new TicketException(
                    TicketException.Problem.INVALID_TRANSITION,
                    "cannot requeue ticket " + id + ": its agent has answered the user");
        }
        return moved(TicketStatus.QUEUED, null, now, null, null, null, rating, tier);
    }

    /** The user left without an agent's help. */
    public Ticket abandon(Instant now) {
        require("abandon", TicketStatus.QUEUED, TicketStatus.WAITING_ON_USER);
        return moved(TicketStatus.ABANDONED, null, now, assignedAt, firstResponseAt, null, rating, tier);
    }

    /** The user's 1-5 satisfaction rating of a resolved ticket. */
    public Ticket rate(int stars, Instant now) {
        require("rate", TicketStatus.RESOLVED);
        return moved(TicketStatus.RESOLVED, assignee, now, assignedAt, firstResponseAt, resolvedAt, stars, tier);
    }

    private Ticket moved(
            TicketStatus to,
            String holder,
            Instant now,
            Instant assigned,
            Instant firstResponse,
            Instant resolved,
            Integer stars,
            int newTier) {
        return new Ticket(
                id,
                conversationId,
                priority,
                reason,
                to,
                newTier,
                details,
                holder,
                stars,
                createdAt,
                now,
                firstResponseDue,
                assigned,
                firstResponse,
                resolved);
    }

    private void require(String action, TicketStatus... allowed) {
        for (TicketStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new TicketException(
                TicketException.Problem.INVALID_TRANSITION,
                "cannot " + action + " ticket " + id + ": it is " + status.wire());
    }
}
