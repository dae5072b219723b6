package dev.baton.handoff;

/**
 * Told of each ticket change this instance commits, after the commit, so that it can be counted (handoffs,
 * first responses, ratings). Called on the committing thread: an implementation only counts.
 */
public interface TicketMeter {

    /** Counts nothing: for tests and for a server whose metrics are off. */
    TicketMeter NONE = new TicketMeter() {
        @Override
        public void changed(Ticket before, Ticket after) {}

        @Override
        public void alerted(Ticket ticket, boolean breached) {}
    };

    /** {@code after} was committed over {@code before}, which is null when the ticket was just opened. */
    void changed(Ticket before, Ticket after);

    /** Agents were warned that {@code ticket}'s first response is nearly due ({@code breached} false) or overdue. */
    void alerted(Ticket ticket, boolean breached);
}
