package dev.baton.store.jdbc;

/** The database failed or could not be reached; the cause says why. Nothing of the failed call was committed. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
