package dev.baton.conversation;

/**
 * Why Baton replied as it did to one user message, kept with the message for agents and audits.
 *
 * @param action     {@code answer}, {@code clarify}, {@code smalltalk}, {@code handoff}, {@code collect} (asking for
 *                   details before the queue), {@code queued}, {@code left_queue}, {@code reopen}, {@code rated}
 *                   or {@code silent} (an agent holds the conversation)
 * @param faqId      the answered FAQ, or null
 * @param intent     the classifier's top intent, or null
 * @param confidence the classifier's confidence in it (0 when not classified)
 * @param priority   {@code urgent} or {@code normal} for a handoff, else null
 * @param reason     a stable reason code such as {@code low_confidence} or {@code funds_at_risk.wrong_address}
 */
public record DecisionTrail(String action, String faqId, String intent, double confidence, String priority,
                            String reason) {
    public DecisionTrail {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("action is required");
        }
    }
}
