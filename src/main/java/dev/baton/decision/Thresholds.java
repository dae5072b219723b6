package dev.baton.decision;

/**
 * Decision thresholds, calibrated on held-out predictions by {@code baton train} and stored in the model
 * card, never guessed.
 *
 * @param answer  minimum confidence to act on the top intent (answer a FAQ, small talk, hand off on request)
 * @param margin  minimum distance between the top two intents; closer FAQ candidates get a clarifying question
 * @param urgent  minimum summed score of the funds-at-risk intents that hands off urgently even when none
 *                of them is on top alone, provided no other single intent scores higher (the lexical rules
 *                catch the clear cases before this)
 */
public record Thresholds(double answer, double margin, double urgent) {
    public Thresholds {
        check("answer", answer);
        check("margin", margin);
        check("urgent", urgent);
    }

    private static void check(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " threshold must be within 0..1: " + value);
        }
    }
}
