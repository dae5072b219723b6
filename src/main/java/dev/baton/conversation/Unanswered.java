package dev.baton.conversation;

import dev.baton.decision.ActionLabel;
import dev.baton.decision.Decision;
import dev.baton.decision.ReplyLanguage;
import java.util.Objects;
import java.util.Optional;

/**
 * A user message Baton could not answer, kept so that editors can teach Baton (the learning loop): it asked
 * back, called the message out of scope, or handed off after asking back in vain. It is written in the
 * turn's own transaction, beside the message it points at, rather than derived later from stored decision
 * trails: the turn knows the message's language and whether the user typed it or clicked an option, which a
 * trail does not keep; it commits exactly once with the message (a turn retried after a concurrent one writes
 * nothing twice); and with capture off nothing is written at all, which is what the opt-out promises. The text
 * is not copied: the row points at the stored message, so a redaction that reaches that message later (the
 * rest of a secret sent in parts) reaches what editors read too.
 *
 * @param seq        the user message's position in its conversation
 * @param language   the language Baton answered it in: {@code zh-Hans}, {@code zh-Hant} or {@code en}
 * @param decision   {@value #CLARIFY}, {@code fallback} (out of scope) or {@code handoff:human}
 * @param reason     the turn's reason code ({@code low_confidence}, {@code out_of_scope}, {@value Dialogue#UNCLEAR_REASON} ...)
 * @param intent     the classifier's top intent, or null
 * @param confidence its confidence
 */
public record Unanswered(long seq, String language, String decision, String reason, String intent, double confidence) {

    /** Baton asked back: two entries were close, nothing was confident, or it may have been an emergency. */
    public static final String CLARIFY = "clarify";

    public Unanswered {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(decision, "decision");
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1: " + seq);
        }
    }

    /**
     * The capture rule: what Baton's turn did with a message it could not answer, by the trail the turn wrote,
     * or empty when it answered, chatted, handed off for another reason, or asked whether a bare 64-hex string
     * was a transaction hash or a key (that question is about the string's kind, not a gap in what Baton
     * knows). Applies to a turn Baton decided in its own state ({@code bot}), on a message the user typed.
     */
    public static Optional<String> decision(DecisionTrail trail) {
        String action = trail.action();
        String reason = trail.reason();
        if (DecisionTrail.Action.CLARIFY.code().equals(action)) {
            if (Decision.ClarifyReason.HASH_OR_KEY.code().equals(reason)) {
                return Optional.empty();
            }
            return Optional.of(
                    Decision.ClarifyReason.OUT_OF_SCOPE.code().equals(reason) ? ActionLabel.FALLBACK : CLARIFY);
        }
        boolean handedOff = DecisionTrail.Action.HANDOFF.code().equals(action)
                || DecisionTrail.Action.QUEUED.code().equals(action);
        return handedOff && Dialogue.UNCLEAR_REASON.equals(reason) ? Optional.of(ActionLabel.HUMAN) : Optional.empty();
    }

    /** The record of user message {@code seq} if the rule keeps its turn's {@code trail}. */
    static Optional<Unanswered> of(long seq, ReplyLanguage language, DecisionTrail trail) {
        return decision(trail)
                .map(d -> new Unanswered(seq, tag(language), d, trail.reason(), trail.intent(), trail.confidence()));
    }

    /** The language's tag as the agents' API writes it. */
    public static String tag(ReplyLanguage language) {
        return switch (language) {
            case SIMPLIFIED -> "zh-Hans";
            case TRADITIONAL -> "zh-Hant";
            case ENGLISH -> "en";
        };
    }
}
