package dev.baton.conversation;

/** Another turn of the same conversation committed first; read it again and retry. */
public final class ConcurrentTurnException extends RuntimeException {
    public ConcurrentTurnException(String conversationId) {
        super("conversation " + conversationId + " changed concurrently");
    }
}
