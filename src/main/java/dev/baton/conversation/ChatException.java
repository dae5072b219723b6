package dev.baton.conversation;

import java.util.Locale;

/** A request the chat service refuses, with a stable problem code for clients. */
public final class ChatException extends RuntimeException {

    /** Why a request was refused. */
    public enum Problem {
        CONVERSATION_NOT_FOUND,
        UNAUTHORIZED,
        INVALID_MESSAGE,
        TEXT_TOO_LONG,
        CONFLICT;

        /** The stable code clients see, e.g. {@code text_too_long}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Problem problem;

    public ChatException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public ChatException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
