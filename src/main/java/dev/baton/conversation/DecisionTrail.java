package dev.baton.conversation;

import dev.baton.decision.Outcome;
import dev.baton.handoff.Priority;
import java.util.Locale;

/**
 * Why Baton replied as it did to one user message, kept with the message for agents and audits.
 *
 * @param action     the {@link Action}'s code: what the turn did
 * @param faqId      the answered FAQ, or null
 * @param intent     the classifier's top intent, or null
 * @param confidence the classifier's confidence in it (0 when not classified)
 * @param priority   {@code urgent} or {@code normal} for a handoff, else null
 * @param reason     a stable reason code such as {@code low_confidence} or {@code funds_at_risk.wrong_address}
 */
public record DecisionTrail(
        String action, String faqId, String intent, double confidence, String priority, String reason) {
    /** What a turn did; {@link #code()} is how the trail stores and shows it. */
    public enum Action {
        /** Answered a FAQ entry ({@code faqId}). */
        ANSWER,
        /** Asked back: options to pick from, or what Baton can help with when the message is out of scope. */
        CLARIFY,
        /** Greeted, thanked or said goodbye. */
        SMALLTALK,
        /** Decided to hand off ({@code priority}, {@code reason}), or raised an open ticket to urgent. */
        HANDOFF,
        /** Asked for, or took, a detail the ticket needs (account, description, email). */
        COLLECT,
        /** Put the conversation in the queue, or told a waiting user it stays there. */
        QUEUED,
        /** The user left the queue; the ticket is closed and Baton answers again. */
        LEFT_QUEUE,
        /** A message after resolution reopened the ticket. */
        REOPEN,
        /** Took the user's 1-5 rating of a resolved ticket. */
        RATED,
        /** An agent holds the conversation: Baton says nothing. */
        SILENT;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    // Not checked against Action: trails already stored are read back as they were written.
    public DecisionTrail {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("action is required");
        }
    }

    /** The trail of a turn that did {@code action} after the policy decided {@code outcome}. */
    static DecisionTrail of(Outcome outcome, Action action) {
        return of(outcome, action, null, null);
    }

    /**
     * As {@link #of(Outcome, Action)}, with a handoff's priority and a reason code: the handoff's, or why Baton
     * asked back.
     */
    static DecisionTrail of(Outcome outcome, Action action, Priority priority, String reason) {
        return new DecisionTrail(
                action.code(),
                null,
                outcome.prediction().intent(),
                outcome.prediction().confidence(),
                priority == null ? null : priority.name().toLowerCase(Locale.ROOT),
                reason);
    }

    /** The trail of a turn that answered FAQ {@code faqId}. */
    static DecisionTrail answered(Outcome outcome, String faqId) {
        return new DecisionTrail(
                Action.ANSWER.code(),
                faqId,
                outcome.prediction().intent(),
                outcome.prediction().confidence(),
                null,
                null);
    }
}
