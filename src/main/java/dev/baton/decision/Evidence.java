package dev.baton.decision;

import dev.baton.nlu.Prediction;
import dev.baton.safety.Mood;
import dev.baton.safety.RiskKind;
import java.util.Optional;

/**
 * Everything the policy decides from, computed once per message: whether a secret was found, what the
 * funds-at-risk rules say, the classifier's ranking, whether the message is a bare topic (one word of
 * two characters, such as "钱包" or "wallet") rather than a report, and whether it asks about something that
 * might happen or reports something that did ({@link Mood}), and whether it names another company
 * ({@link OtherCompanies}).
 */
public record Evidence(
        boolean secretExposed,
        Optional<RiskKind> risk,
        Prediction prediction,
        boolean terse,
        Mood mood,
        boolean otherCompany) {

    /** At most this weight (Han characters plus two per Latin word) makes a message a bare topic. */
    static final int TERSE_WEIGHT = 2;

    public Evidence(boolean secretExposed, Optional<RiskKind> risk, Prediction prediction) {
        this(secretExposed, risk, prediction, false, Mood.PLAIN, false);
    }

    public Evidence(boolean secretExposed, Optional<RiskKind> risk, Prediction prediction, boolean terse) {
        this(secretExposed, risk, prediction, terse, Mood.PLAIN, false);
    }

    /** The evidence of a normalised message, given what the scanner, the rules and the classifier found. */
    public static Evidence of(
            String normalized, boolean secretExposed, Optional<RiskKind> risk, Prediction prediction) {
        return new Evidence(
                secretExposed,
                risk,
                prediction,
                isTerse(normalized),
                Mood.of(normalized),
                OtherCompanies.named(normalized));
    }

    /** The evidence with another ranking, everything else the same. */
    public Evidence withPrediction(Prediction other) {
        return new Evidence(secretExposed, risk, other, terse, mood, otherCompany);
    }

    /** Whether a (normalised) message is too short to be a report of anything: a topic word or two. */
    public static boolean isTerse(String text) {
        int weight = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                weight++;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                weight += inWord ? 0 : 2;
                inWord = true;
            } else {
                inWord = false;
            }
            if (weight > TERSE_WEIGHT) {
                return false;
            }
        }
        return true;
    }
}
