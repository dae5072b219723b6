package dev.baton.dialogue;

import dev.baton.nlu.IntentClassifier;
import dev.baton.nlu.IntentScore;
import dev.baton.nlu.NormalizedText;
import dev.baton.nlu.Prediction;
import dev.baton.nlu.SecondOpinion;
import dev.baton.nlu.TextNormalizer;
import dev.baton.safety.FundsAtRiskRules;
import dev.baton.safety.SecretScan;
import dev.baton.safety.SecretScanner;
import java.util.List;
import java.util.Optional;

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
    private final SecondOpinion secondOpinion;
    private final Thresholds secondThresholds;

    public DecisionPolicy(SecretScanner scanner, FundsAtRiskRules rules, TextNormalizer normalizer,
                          IntentClassifier classifier, Decider decider, Thresholds thresholds) {
        this(scanner, rules, normalizer, classifier, decider, thresholds, null, null);
    }

    /**
     * A policy that asks {@code secondOpinion} whenever the classifier's ranking leaves the decision
     * {@linkplain Decider#unsure unsure}, and decides on its ranking under {@code secondThresholds}.
     */
    public DecisionPolicy(SecretScanner scanner, FundsAtRiskRules rules, TextNormalizer normalizer,
                          IntentClassifier classifier, Decider decider, Thresholds thresholds,
                          SecondOpinion secondOpinion, Thresholds secondThresholds) {
        if ((secondOpinion == null) != (secondThresholds == null)) {
            throw new IllegalArgumentException("a second opinion needs thresholds of its own");
        }
        this.scanner = scanner;
        this.rules = rules;
        this.normalizer = normalizer;
        this.classifier = classifier;
        this.decider = decider;
        this.thresholds = thresholds;
        this.secondOpinion = secondOpinion;
        this.secondThresholds = secondThresholds;
    }

    /** The text with any recovery phrase or private key in it redacted (what an agent writes, too). */
    public String redact(String text) {
        return scanner.scan(text).redacted();
    }

    /** A secret found now, or one redacted when the message arrived (platform messages are stored redacted). */
    private static boolean exposed(SecretScan scan) {
        return scan.found() || SecretScanner.redactedBefore(scan.redacted());
    }

    /** Decides on a message; never fails on any string. */
    public Outcome decide(String message) {
        boolean truncated = message.length() > MAX_CHARS;
        String text = truncated ? cut(message) : message;
        SecretScan scan = scanner.scan(text);
        NormalizedText normalized = normalizer.normalize(scan.redacted());
        Prediction prediction = classifier.classify(normalized);
        Evidence evidence = Evidence.of(normalized.text(), exposed(scan), rules.match(normalized.text()), prediction);
        ReplyLanguage language = ReplyLanguage.of(normalized);
        Decision decision = decider.decide(evidence, language, thresholds);
        if (secondOpinion != null && Decider.unsure(evidence, decision)) {
            Optional<Prediction> refined = secondOpinion.refine(normalized, prediction);
            if (refined.isPresent()) {
                prediction = refined.get();
                decision = decider.decide(evidence.withPrediction(prediction), language, secondThresholds);
            }
        }
        return new Outcome(scan.redacted(), normalized.language(), language, prediction, decision, truncated);
    }

    /**
     * Decides on a message that picks corpus entry {@code entryId} (a quick-reply click, or text naming an
     * offered option): safety still comes first, then that entry is answered as if classified with full
     * confidence. An unknown id is decided like any message.
     */
    public Outcome decideChosen(String message, String entryId) {
        if (!decider.knows(entryId)) {
            return decide(message);
        }
        boolean truncated = message.length() > MAX_CHARS;
        String text = truncated ? cut(message) : message;
        SecretScan scan = scanner.scan(text);
        NormalizedText normalized = normalizer.normalize(scan.redacted());
        Prediction chosen = new Prediction(List.of(new IntentScore(entryId, 1.0)));
        Evidence evidence = new Evidence(exposed(scan), rules.match(normalized.text()), chosen);
        ReplyLanguage language = ReplyLanguage.of(normalized);
        Decision decision = decider.decide(evidence, language, thresholds);
        return new Outcome(scan.redacted(), normalized.language(), language, chosen, decision, truncated);
    }

    private static String cut(String message) {
        int end = MAX_CHARS;
        if (Character.isHighSurrogate(message.charAt(end - 1))) {
            end--;
        }
        return message.substring(0, end);
    }
}
