package dev.baton.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.baton.decision.Decision;
import dev.baton.decision.Outcome;

/** One line of {@code baton decide} output. Field names and meanings are a published contract. */
@JsonPropertyOrder({"text", "language", "action", "faqId", "intent", "confidence", "priority", "reason", "reply"})
record DecisionLine(
        String text,
        String language,
        String action,
        String faqId,
        String intent,
        double confidence,
        String priority,
        String reason,
        String reply) {

    static DecisionLine of(Outcome outcome) {
        Decision d = outcome.decision();
        String faqId = d instanceof Decision.Answer a ? a.faqId() : null;
        String priority = d instanceof Decision.Handoff h ? h.priority().code() : null;
        String reason = d instanceof Decision.Handoff h
                ? h.reason()
                : d instanceof Decision.Clarify c ? c.reason().code() : null;
        double confidence = Math.round(outcome.prediction().confidence() * 10_000) / 10_000.0;
        return new DecisionLine(
                outcome.text(),
                outcome.language().code(),
                d.action(),
                faqId,
                outcome.prediction().intent(),
                confidence,
                priority,
                reason,
                d.text());
    }
}
