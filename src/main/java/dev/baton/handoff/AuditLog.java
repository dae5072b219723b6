package dev.baton.handoff;

/** Where agent actions that change nothing (reading a conversation) are recorded. */
public interface AuditLog {

    void record(AuditEntry entry);
}
