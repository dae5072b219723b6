package dev.baton.conversation;

/** The inbound delivery of a turn was processed already (by another worker or instance); nothing was written. */
public final class AlreadyProcessedException extends RuntimeException {
    public AlreadyProcessedException(long inboundId) {
        super("inbound delivery " + inboundId + " was processed already");
    }
}
