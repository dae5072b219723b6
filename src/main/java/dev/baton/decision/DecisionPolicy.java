package dev.baton.decision;

import dev.baton.nlu.IntentClassifier;
import dev.baton.nlu.IntentScore;
import dev.baton.nlu.NormalizedText;
import dev.baton.nlu.Prediction;
import dev.baton.nlu.SecondOpinion;
import dev.baton.nlu.TextNormalizer;
import dev.baton.safety.FundsAtRiskRules;
import dev.baton.safety.RiskKind;
import dev.baton.safety.ScanContext;
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

    public DecisionPolicy(
            SecretScanner scanner,
            FundsAtRiskRules rules,
            TextNormalizer normalizer,
            IntentClassifier classifier,
            Decider decider,
            Thresholds thresholds) {
        this(scanner, rules, normalizer, classifier, decider, thresholds, null, null);
    }

    /**
     * A policy that asks {@code secondOpinion} whenever the classifier's ranking leaves the decision
     * {@linkplain Decider#unsure unsure}, and decides on its ranking under {@code secondThresholds}.
     */
    public DecisionPolicy(
            SecretScanner scanner,
            FundsAtRiskRules rules,
            TextNormalizer normalizer,
            IntentClassifier classifier,
            Decider decider,
            Thresholds thresholds,
            SecondOpinion secondOpinion,
            Thresholds secondThresholds) {
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

    /** The scanner that redacts secrets (a conversation's guard adds up the parts it holds back). */
    public SecretScanner scanner() {
        return scanner;
    }

    /** Whether Baton's reply for an entry or an urgent handoff's reason asks for a transaction hash. */
    public boolean asksForHash(String entryIdOrReason) {
        return decider.asksForHash(entryIdOrReason);
    }

    /** The text with any recovery phrase or private key in it redacted (what an agent writes, too). */
    public String redact(String text) {
        return scanner.scan(text).redacted();
    }

    /** A secret found now, or one redacted when the message arrived (platform messages are stored redacted). */
    private static boolean exposed(SecretScan scan) {
        return scan.exposed() || SecretScanner.redactedBefore(scan.redacted());
    }

    /** Decides on a message on its own; never fails on any string. */
    public Outcome decide(String message) {
        return decide(message, ScanContext.NONE, null);
    }

    /**
     * Decides on a message of a conversation that knows {@code context}; never fails on any string.
     *
     * @param fallback the language to answer in when the message has no words of its own to tell (a bare
     *                 key, a hash, a number): the conversation's, or null for English
     */
    public Outcome decide(String message, ScanContext context, ReplyLanguage fallback) {
        boolean truncated = message.length() > MAX_CHARS;
        String text = truncated ? cut(message) : message;
        return decideScanned(scanner.scan(text, context), fallback, truncated);
    }

    /**
     * Decides on a message a conversation's guard has already screened (redacted with what the conversation
     * knows): it is not scanned again; its redaction marks say what it held.
     */
    public Outcome decideScreened(String screened, ReplyLanguage fallback) {
        boolean truncated = screened.length() > MAX_CHARS;
        String text = truncated ? cut(screened) : screened;
        return decideScanned(new SecretScan(text, List.of()), fallback, truncated);
    }

    private Outcome decideScanned(SecretScan scan, ReplyLanguage fallback, boolean truncated) {
        NormalizedText normalized = normalizer.normalize(SecretScanner.withoutHeld(scan.redacted()));
        Prediction prediction = classifier.classify(normalized);
        Optional<RiskKind> risk = rules.match(normalized.text());
        // With money already at risk, a hex string that may be a key is taken for one: asking can wait.
        boolean exposed = exposed(scan) || heldHashOrKey(scan) && risk.isPresent();
        Evidence evidence = Evidence.of(normalized.text(), exposed, risk, prediction);
        ReplyLanguage language = language(normalized, scan.redacted(), fallback);
        Decision decision = decider.decide(evidence, language, thresholds);
        if (secondOpinion != null && Decider.unsure(evidence, decision)) {
            Optional<Prediction> refined = secondOpinion.refine(normalized, prediction);
            if (refined.isPresent()) {
                prediction = refined.get();
                decision = decider.decide(evidence.withPrediction(prediction), language, secondThresholds);
            }
        }
        if (heldHashOrKey(scan) && !evidence.secretExposed() && evidence.risk().isEmpty()) {
            decision = decider.hashOrKey(language);
        }
        return new Outcome(scan.redacted(), normalized.language(), language, prediction, decision, truncated);
    }

    /**
     * Decides on a message that picks corpus entry {@code entryId} (a quick-reply click, or text naming an
     * offered option): safety still comes first, then that entry is answered as if classified with full
     * confidence. An unknown id is decided like any message. The answers to "hash or key?" are Baton's own:
     * a private key is an exposed secret, a transaction hash is thanked for.
     */
    public Outcome decideChosen(String message, String entryId, ScanContext context, ReplyLanguage fallback) {
        boolean key = Decider.HASH_IS_KEY.equals(entryId);
        boolean hash = Decider.HASH_IS_TRANSACTION.equals(entryId);
        if (!key && !hash && !decider.knows(entryId)) {
            return decide(message, context, fallback);
        }
        boolean truncated = message.length() > MAX_CHARS;
        String text = truncated ? cut(message) : message;
        SecretScan scan = scanner.scan(text, context);
        NormalizedText normalized = normalizer.normalize(SecretScanner.withoutHeld(scan.redacted()));
        Prediction chosen = new Prediction(List.of(new IntentScore(entryId, 1.0)));
        Evidence evidence = new Evidence(key || exposed(scan), rules.match(normalized.text()), chosen);
        ReplyLanguage language =
                fallback != null && (key || hash) ? fallback : language(normalized, scan.redacted(), fallback);
        Decision decision = hash && !evidence.secretExposed()
                ? decider.hashConfirmed(language)
                : decider.decide(evidence, language, thresholds);
        return new Outcome(scan.redacted(), normalized.language(), language, chosen, decision, truncated);
    }

    /** As {@link #decideChosen(String, String, ScanContext, ReplyLanguage)} for a message on its own. */
    public Outcome decideChosen(String message, String entryId) {
        return decideChosen(message, entryId, ScanContext.NONE, null);
    }

    private static boolean heldHashOrKey(SecretScan scan) {
        return scan.hashOrKey() || SecretScanner.heldParts(scan.redacted()).hashOrKey() > 0;
    }

    /**
     * The user's language, or {@code fallback} when the message says nothing in any language: only
     * redactions, hex, numbers and punctuation.
     */
    private static ReplyLanguage language(NormalizedText normalized, String redacted, ReplyLanguage fallback) {
        return fallback == null || speaks(redacted) ? ReplyLanguage.of(normalized) : fallback;
    }

    /** Whether a text has a Chinese character or a word of two or more letters outside redaction marks and codes. */
    static boolean speaks(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '[' && text.startsWith("[redacted: ", i)) {
                int close = text.indexOf(']', i);
                i = close < 0 ? n : close + 1;
                continue;
            }
            if (Character.isIdeographic(c)) {
                return true;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i;
                boolean digits = false;
                while (j < n && Character.isLetterOrDigit(text.charAt(j))) {
                    digits |= Character.isDigit(text.charAt(j));
                    j++;
                }
                if (!digits && j - i >= 2) {
                    return true;
                }
                i = j;
                continue;
            }
            i++;
        }
        return false;
    }

    private static String cut(String message) {
        int end = MAX_CHARS;
        if (Character.isHighSurrogate(message.charAt(end - 1))) {
            end--;
        }
        return message.substring(0, end);
    }
}
