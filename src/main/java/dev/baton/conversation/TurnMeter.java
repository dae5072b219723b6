package dev.baton.conversation;

import dev.baton.decision.ReplyLanguage;

/**
 * Told of each user turn this instance commits, after the commit, so that it can be counted. Called on the
 * turn's thread: an implementation only counts.
 */
public interface TurnMeter {

    /** Counts nothing: for tests and for a server whose metrics are off. */
    TurnMeter NONE = (channel, language, trail, decisionNanos) -> {};

    /**
     * @param channel       the conversation's channel ({@code widget}, {@code telegram} ...)
     * @param language      the language Baton replied in
     * @param trail         what the turn did and why
     * @param decisionNanos how long the decision policy took on the message
     */
    void taken(String channel, ReplyLanguage language, DecisionTrail trail, long decisionNanos);
}
