package dev.baton.handoff;

import java.util.List;
import java.util.Objects;

/**
 * One page of the audit log, newest first.
 *
 * @param next the id to pass as {@link AuditQuery#before()} for the following page, or null on the last one
 */
public record AuditPage(List<Line> lines, Long next) {

    /** An audit line with its id, the position it was written in (ids grow with time on every database). */
    public record Line(long id, AuditEntry entry) {
        public Line {
            Objects.requireNonNull(entry, "entry");
        }
    }

    public AuditPage {
        lines = List.copyOf(lines);
    }
}
