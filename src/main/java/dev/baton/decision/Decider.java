package dev.baton.decision;

import dev.baton.faq.FaqCorpus;
import dev.baton.faq.FaqEntry;
import dev.baton.faq.Kind;
import dev.baton.handoff.Priority;
import dev.baton.nlu.IntentScore;
import dev.baton.nlu.Prediction;
import dev.baton.safety.Mood;
import dev.baton.safety.RiskKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns evidence into a decision. Safety comes first and overrides everything: a pasted recovery phrase
 * or key, or a funds-at-risk report, hands off urgently whatever else the message says. Then the
 * classifier's ranking, gated by calibrated thresholds: a FAQ is answered only when the top intent is
 * confident and clear of the runner-up; otherwise Baton asks back. Pure and thread-safe, so calibration
 * can try many thresholds on the same evidence.
 */
public final class Decider {

    /** The corpus tag of the FAQ that answers questions about never sharing a secret. */
    public static final String POLICY_TAG = "secrets";

    /**
     * The corpus tag of the out-of-scope entry that answers a question Baton would answer with a FAQ but that
     * names another company ("币安客服电话多少", "how long do Kraken withdrawals take"): such a question is
     * about that company, and the searches it stands for are what fake support numbers prey on.
     */
    public static final String OTHER_COMPANY_TAG = "other-company";

    private final FaqCorpus corpus;
    private final FaqEntry otherSupport;
    private final Localizer localizer;
    private final List<String> menu;
    private final Map<String, FaqEntry> guidanceByReason = new HashMap<>();

    /** The quick reply saying a held 64-hex string is a transaction hash. */
    public static final String HASH_IS_TRANSACTION = "hash-is-transaction";
    /** The quick reply saying a held 64-hex string is a private key. */
    public static final String HASH_IS_KEY = "hash-is-private-key";

    public Decider(FaqCorpus corpus, Localizer localizer) {
        this.corpus = corpus;
        this.localizer = localizer;
        this.menu = corpus.ofKind(Kind.FAQ).stream().map(FaqEntry::id).limit(3).toList();
        this.otherSupport = corpus.ofKind(Kind.OUT_OF_SCOPE).stream()
                .filter(e -> e.tags().contains(OTHER_COMPANY_TAG))
                .findFirst()
                .orElse(null);
        for (FaqEntry entry : corpus.ofKind(Kind.URGENT)) {
            guidanceByReason.putIfAbsent(entry.reason(), entry);
        }
    }

    /**
     * Whether a decision rests on a ranking too unsure to act on without a second opinion: Baton would ask
     * back or call the message out of scope, or hand off urgently on the classifier's word alone. A pasted
     * secret and a funds-at-risk rule are certain; they never wait for one.
     */
    public static boolean unsure(Evidence evidence, Decision decision) {
        if (evidence.secretExposed() || evidence.risk().isPresent()) {
            return false;
        }
        return decision instanceof Decision.Clarify
                || (decision instanceof Decision.Handoff h && h.priority() == Priority.URGENT);
    }

    /**
     * Whether Baton's reply for {@code entryIdOrReason} (a corpus entry, or the reason code of an urgent
     * handoff) asks the user for a transaction hash, so a bare hash sent next answers it.
     */
    public boolean asksForHash(String entryIdOrReason) {
        if (entryIdOrReason == null) {
            return false;
        }
        FaqEntry entry = guidanceByReason.get(entryIdOrReason);
        if (entry == null) {
            entry = corpus.entry(entryIdOrReason).orElse(null);
        }
        return entry != null
                && (entry.answer().zh().contains("交易哈希")
                        || entry.answer().en().contains("TxID")
                        || entry.answer()
                                .en()
                                .toLowerCase(java.util.Locale.ROOT)
                                .contains("transaction hash"));
    }

    /** Whether {@code entryId} names an entry of the corpus. */
    public boolean knows(String entryId) {
        return entryId != null && corpus.entry(entryId).isPresent();
    }

    /** The decision for given evidence, in the user's language, under the given thresholds. */
    public Decision decide(Evidence evidence, ReplyLanguage language, Thresholds t) {
        if (evidence.secretExposed()) {
            return new Decision.Handoff(
                    Priority.URGENT, "secret_exposed", localizer.text(Messages.SECRET_REDACTED, language));
        }
        Optional<RiskKind> risk = evidence.risk();
        Prediction prediction = evidence.prediction();
        if (evidence.mood() == Mood.HYPOTHETICAL
                && risk.map(RiskKind::aboutSecrets).orElse(true)) {
            Optional<FaqEntry> policy = policyAnswer(prediction, t);
            if (policy.isPresent()) {
                return answer(policy.get(), language);
            }
        }
        if (risk.isPresent()) {
            return urgent(risk.get().reason(), language);
        }
        FaqEntry topUrgent = null;
        double urgentMass = 0;
        double bestOther = 0;
        for (IntentScore score : prediction.ranked()) {
            FaqEntry entry = corpus.entry(score.intent()).orElse(null);
            if (entry != null && entry.kind() == Kind.URGENT) {
                urgentMass += score.score();
                topUrgent = topUrgent == null ? entry : topUrgent;
            } else {
                bestOther = Math.max(bestOther, score.score());
            }
        }
        // Emergencies are spread over five intents: their summed score catches a report whose wording the
        // classifier splits between them, as long as no other single intent is more likely.
        if (topUrgent != null && urgentMass >= t.urgent() && urgentMass >= bestOther) {
            // A bare topic ("钱包", "wallet") is not a report: ask whether money is at risk, one click from
            // the urgent queue, instead of raising an alarm for every user who types a keyword.
            return evidence.terse() ? possibleEmergency(prediction, language) : urgent(topUrgent.reason(), language);
        }
        FaqEntry top = corpus.entry(prediction.intent()).orElse(null);
        // Where Baton would ask back or decline without confidence, half the urgent threshold is enough to make
        // the question "is your money at risk?", one click from the urgent queue, rather than a generic reply: for
        // a user in trouble who described it in words of their own, that click is the way to a person.
        boolean maybeUrgent = topUrgent != null && urgentMass >= t.urgent() / 2;
        if (top == null || top.kind() == Kind.OUT_OF_SCOPE) {
            boolean unsureGeneric =
                    top == null || (!top.tags().contains(OTHER_COMPANY_TAG) && prediction.confidence() < t.answer());
            return maybeUrgent && unsureGeneric ? possibleEmergency(prediction, language) : outOfScope(top, language);
        }
        if (prediction.confidence() < t.answer()) {
            return maybeUrgent ? possibleEmergency(prediction, language) : lowConfidence(prediction, language);
        }
        if (evidence.otherCompany() && top.kind() == Kind.FAQ && otherSupport != null) {
            return outOfScope(otherSupport, language);
        }
        return switch (top.kind()) {
            case FAQ -> answerOrAsk(top, prediction, language, t);
            case SMALLTALK -> new Decision.SmallTalk(top.id(), localizer.text(top.answer(), language));
            case HUMAN ->
                new Decision.Handoff(
                        Priority.NORMAL,
                        top.reason() != null ? top.reason() : "human_requested",
                        localizer.text(top.answer(), language));
            case URGENT -> urgent(top.reason(), language);
            case OUT_OF_SCOPE -> outOfScope(top, language);
        };
    }

    private Decision answerOrAsk(FaqEntry top, Prediction prediction, ReplyLanguage language, Thresholds t) {
        FaqEntry second = corpus.entry(prediction.second().intent()).orElse(null);
        if (second != null && second.kind() == Kind.FAQ && prediction.margin() < t.margin()) {
            return new Decision.Clarify(
                    localizer.text(Messages.AMBIGUOUS, language),
                    List.of(option(top, language), option(second, language)),
                    Decision.ClarifyReason.AMBIGUOUS);
        }
        return answer(top, language);
    }

    private Decision answer(FaqEntry entry, ReplyLanguage language) {
        List<QuickReply> followUps = new ArrayList<>();
        for (String id : entry.followUps()) {
            corpus.entry(id).ifPresent(e -> followUps.add(option(e, language)));
        }
        return new Decision.Answer(entry.id(), localizer.text(entry.answer(), language), followUps);
    }

    /**
     * The policy answer for a question about what support would do with a secret ("要是有人自称客服找我要助记词
     * 怎么办"): an entry tagged {@value #POLICY_TAG} that ranks above every other non-urgent intent, where
     * it and the funds-at-risk intents together reach the answer threshold. Such a question shares every
     * word with the emergency it asks about; only its mood tells them apart.
     */
    private Optional<FaqEntry> policyAnswer(Prediction prediction, Thresholds t) {
        double urgentMass = 0;
        for (IntentScore score : prediction.ranked()) {
            FaqEntry entry = corpus.entry(score.intent()).orElse(null);
            if (entry == null) {
                continue;
            }
            if (entry.kind() == Kind.URGENT) {
                urgentMass += score.score();
            } else if (entry.kind() == Kind.FAQ
                    && entry.tags().contains(POLICY_TAG)
                    && urgentMass + score.score() >= t.answer()) {
                return Optional.of(entry);
            } else {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Decision lowConfidence(Prediction prediction, ReplyLanguage language) {
        List<QuickReply> options = new ArrayList<>();
        for (IntentScore score : prediction.ranked()) {
            FaqEntry entry = corpus.entry(score.intent()).orElse(null);
            if (entry != null && entry.kind() == Kind.FAQ && options.size() < 2) {
                options.add(option(entry, language));
            }
        }
        options.add(new QuickReply("human-request", localizer.text(Messages.HUMAN, language)));
        return new Decision.Clarify(
                localizer.text(Messages.LOW_CONFIDENCE, language), options, Decision.ClarifyReason.LOW_CONFIDENCE);
    }

    /**
     * The question for a 64-hex string that came with no word saying what it is: one click says it is a
     * transaction hash (answered by {@link #hashConfirmed}), the other that it is a private key (an emergency).
     */
    public Decision hashOrKey(ReplyLanguage language) {
        return new Decision.Clarify(
                localizer.text(Messages.HASH_OR_KEY, language),
                List.of(
                        new QuickReply(HASH_IS_TRANSACTION, localizer.text(Messages.HASH_LABEL, language)),
                        new QuickReply(HASH_IS_KEY, localizer.text(Messages.KEY_LABEL, language))),
                Decision.ClarifyReason.HASH_OR_KEY);
    }

    /** The reply to "it was a transaction hash". */
    public Decision hashConfirmed(ReplyLanguage language) {
        return new Decision.SmallTalk(HASH_IS_TRANSACTION, localizer.text(Messages.HASH_CONFIRMED, language));
    }

    private Decision possibleEmergency(Prediction prediction, ReplyLanguage language) {
        List<QuickReply> options = new ArrayList<>();
        for (IntentScore score : prediction.ranked()) {
            FaqEntry entry = corpus.entry(score.intent()).orElse(null);
            if (entry != null && entry.kind() == Kind.URGENT && options.size() < 3) {
                options.add(option(entry, language));
            }
        }
        options.add(new QuickReply("human-request", localizer.text(Messages.HUMAN, language)));
        return new Decision.Clarify(
                localizer.text(Messages.POSSIBLE_EMERGENCY, language),
                options,
                Decision.ClarifyReason.POSSIBLE_EMERGENCY);
    }

    private Decision outOfScope(FaqEntry entry, ReplyLanguage language) {
        List<QuickReply> options = new ArrayList<>();
        for (String id : menu) {
            corpus.entry(id).ifPresent(e -> options.add(option(e, language)));
        }
        options.add(new QuickReply("human-request", localizer.text(Messages.HUMAN, language)));
        String text = entry != null
                ? localizer.text(entry.answer(), language)
                : localizer.text(Messages.LOW_CONFIDENCE, language);
        return new Decision.Clarify(text, options, Decision.ClarifyReason.OUT_OF_SCOPE);
    }

    private Decision urgent(String reason, ReplyLanguage language) {
        FaqEntry guidance = guidanceByReason.get(reason);
        String text = guidance != null
                ? localizer.text(guidance.answer(), language)
                : localizer.text(Messages.SECRET_REDACTED, language);
        return new Decision.Handoff(Priority.URGENT, reason, text);
    }

    private QuickReply option(FaqEntry entry, ReplyLanguage language) {
        return new QuickReply(entry.id(), localizer.text(entry.title(), language));
    }
}
