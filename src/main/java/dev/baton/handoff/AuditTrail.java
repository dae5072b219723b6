package dev.baton.handoff;

/** The audit log, written and read: supervisors page through it newest first. */
public interface AuditTrail extends AuditLog {

    /** The lines {@code query} selects, newest first (by id), and where the next page starts. */
    AuditPage search(AuditQuery query);
}
