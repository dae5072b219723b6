package dev.baton.bench;

/**
 * A measurement that cannot start or go on as asked: a setting out of its bounds, a server that does not come
 * up, a probe that fails. The command line prints the message as one line and exits with status 2.
 */
public final class BenchException extends RuntimeException {

    public BenchException(String message) {
        super(message);
    }

    public BenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
