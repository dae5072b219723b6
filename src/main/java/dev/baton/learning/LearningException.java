package dev.baton.learning;

import java.util.Locale;

/** A request about the learning loop's suggestions that cannot be done, with a stable code for clients. */
public final class LearningException extends RuntimeException {

    /** Why it was refused. */
    public enum Problem {
        /** Missing or malformed ids, an entry id or a limit out of bounds. */
        INVALID_REQUEST,
        /** No kept message has that id (never kept, or forgotten after the retention). */
        UNKNOWN_MESSAGE,
        /** An editor already accepted or dismissed the message. */
        MESSAGE_HANDLED;

        /** The stable code clients see, e.g. {@code unknown_message}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Problem problem;

    public LearningException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
