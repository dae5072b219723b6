package dev.baton.report;

import java.time.Instant;
import java.util.List;

/**
 * The store as the supervisor report reads it. Both reads are bounded by time on an indexed column: nothing
 * reads the whole message table.
 */
public interface ReportStore {

    /** The conversations created in {@code [from, to)}, with their messages and when their tickets opened. */
    List<ConversationFacts> conversations(Instant from, Instant to);

    /** The tickets created in {@code [from, to)}. */
    List<TicketFacts> tickets(Instant from, Instant to);
}
