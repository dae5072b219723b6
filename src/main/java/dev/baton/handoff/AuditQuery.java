package dev.baton.handoff;

import java.time.Instant;
import java.util.Set;

/**
 * Which audit lines to read, newest first; every filter is optional (null) and they all apply together.
 *
 * @param agentId  only what this agent did
 * @param ticketId only what was done to this ticket
 * @param action   only this action, one of {@link #ACTIONS}
 * @param from     only lines written at or after this instant
 * @param to       only lines written before this instant
 * @param before   only lines older than this id: the {@link AuditPage#next()} of the page before
 * @param limit    at most this many lines, 1 to {@value #MAX_LIMIT}
 */
public record AuditQuery(
        String agentId, String ticketId, String action, Instant from, Instant to, Long before, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /** Every action the audit log records, by what writes it. */
    public static final Set<String> ACTIONS = Set.of(
            // agents on tickets (HandoffService, AgentDesk) and on deliveries
            "claim",
            "reply",
            "note",
            "escalate",
            "resolve",
            "view",
            "retry_delivery",
            // the queue watch (Requeue), as agent system: a silent agent's ticket back to the queue
            "requeue",
            // editors on what Baton knows (KnowledgeDesk, Publisher)
            "knowledge.add",
            "knowledge.edit",
            "knowledge.retire",
            "knowledge.synonyms",
            "knowledge.discard",
            "knowledge.import",
            "knowledge.examples",
            "knowledge.publish",
            "knowledge.live",
            "knowledge.failed",
            "knowledge.rollback",
            // editors on the learning loop's suggestions
            "learning.accept",
            "learning.dismiss");

    /** @throws IllegalArgumentException for an unknown action, an empty time range or a limit out of range */
    public AuditQuery {
        if (action != null && !ACTIONS.contains(action)) {
            throw new IllegalArgumentException("unknown action '" + action + "'");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        if (before != null && before < 1) {
            throw new IllegalArgumentException("before is an audit line id, at least 1: " + before);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit is 1 to " + MAX_LIMIT + ": " + limit);
        }
    }

    /** The newest lines, unfiltered. */
    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, null, null, null, null, limit);
    }
}
