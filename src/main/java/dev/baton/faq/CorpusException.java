package dev.baton.faq;

/** The FAQ corpus cannot be used as it is; the message names the file and what is wrong. */
public final class CorpusException extends RuntimeException {

    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
