package dev.baton.handoff;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log: who did what, when. Written in the same transaction as the action.
 *
 * @param action  {@code claim}, {@code reply}, {@code note}, {@code escalate}, {@code resolve}, {@code view} ...
 * @param detail  a short free text (an escalation's note, a claim's previous status), or null
 */
public record AuditEntry(
        Instant at, String agentId, String action, String ticketId, String conversationId, String detail) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(action, "action");
    }
}
