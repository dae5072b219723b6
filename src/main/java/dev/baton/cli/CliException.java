package dev.baton.cli;

/** A problem the user can fix: printed as one line on stderr, then Baton exits with a non-zero code. */
public final class CliException extends RuntimeException {

    public CliException(String message) {
        super(message);
    }

    public CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
