package dev.baton.handoff;

/** A ticket action refused: the ticket does not exist, its status forbids it, or the agent may not. */
public final class TicketException extends RuntimeException {

    /** Why, with the stable code clients see. */
    public enum Problem {
        TICKET_NOT_FOUND("ticket_not_found"),
        INVALID_TRANSITION("invalid_transition"),
        AT_CAPACITY("at_capacity"),
        FORBIDDEN("forbidden"),
        INVALID_REQUEST("invalid_request");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Problem problem;

    public TicketException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
