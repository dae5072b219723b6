package dev.baton.decision;

import dev.baton.faq.FaqEntry;
import dev.baton.handoff.Priority;

/**
 * The evaluation label of a decision, in the vocabulary of evaluation files: {@code faq:<id>},
 * {@code handoff:urgent}, {@code handoff:human}, {@code smalltalk} or {@code fallback} (a clarifying or
 * out-of-scope reply: no answer, no handoff).
 */
public final class ActionLabel {

    public static final String URGENT = "handoff:urgent";
    public static final String HUMAN = "handoff:human";
    public static final String SMALLTALK = "smalltalk";
    public static final String FALLBACK = "fallback";

    private ActionLabel() {}

    public static String of(Decision decision) {
        if (decision instanceof Decision.Answer a) {
            return "faq:" + a.faqId();
        }
        if (decision instanceof Decision.Handoff h) {
            return h.priority() == Priority.URGENT ? URGENT : HUMAN;
        }
        if (decision instanceof Decision.SmallTalk) {
            return SMALLTALK;
        }
        return FALLBACK;
    }

    /** The label a message of this corpus entry should get. */
    public static String expected(FaqEntry entry) {
        return switch (entry.kind()) {
            case FAQ -> "faq:" + entry.id();
            case URGENT -> URGENT;
            case HUMAN -> HUMAN;
            case SMALLTALK -> SMALLTALK;
            case OUT_OF_SCOPE -> FALLBACK;
        };
    }

    /** Whether a string is a label evaluation files may use. */
    public static boolean isValid(String label) {
        return label.equals(URGENT)
                || label.equals(HUMAN)
                || label.equals(SMALLTALK)
                || label.equals(FALLBACK)
                || (label.startsWith("faq:") && label.length() > 4);
    }
}
