package dev.baton.dialogue;

import dev.baton.nlu.IntentClassifier;
import dev.baton.nlu.NormalizedText;
import dev.baton.nlu.Prediction;
import dev.baton.nlu.TextNormalizer;
import dev.baton.safety.FundsAtRiskRules;
import dev.baton.safety.SecretScan;
import dev.baton.safety.SecretScanner;

/**
 * Decides what to do with one user message: cuts it to the analysed length, redacts secrets before
 * anything else sees the text, normalises it, runs the funds-at-risk rules and the classifier, and lets
 * the {@link Decider} turn that evidence into a decision.
 */
public final class DecisionPolicy {

    /** Longer messages are analysed up to this many characters. */
    public static final int MAX_CHARS = 4_000;

    private final SecretScanner scanner;
    private final FundsAtRiskRules rules;
    private final TextNormalizer normalizer;
    private final IntentClassifier classifier;
    private final Decider decider;
    private final Thresholds thresholds;

    public DecisionPolicy(SecretScanner scanner, FundsAtRiskRules rules, TextNormalizer normalizer,
                          IntentClassifier classifier, Decider decider, Thresholds thresholds) {
        this.scanner = scanner;
        this.rules = rules;
        this.normalizer = normalizer;
        this.classifier = classifier;
        this.decider = decider;
        this.thresholds = thresholds;
    }

    /** Decides on a message; never fails on any string. */
    public Outcome decide(String message) {
        boolean truncated = message.length() > MAX_CHARS;
        String text = truncated ? cut(message) : message;
        SecretScan scan = scanner.scan(text);
        NormalizedText normalized = normalizer.normalize(scan.redacted());
        Prediction prediction = classifier.classify(normalized);
        Evidence evidence = new Evidence(scan.found(), rules.match(normalized.text()), prediction);
        Decision decision = decider.decide(evidence, ReplyLanguage.of(normalized), thresholds);
        return new Outcome(scan.redacted(), normalized.language(), prediction, decision, truncated);
    }

    private static String cut(String message) {
        int end = MAX_CHARS;
        if (Character.isHighSurrogate(message.charAt(end - 1))) {
            end--;
        }
        return message.substring(0, end);
    }
}
