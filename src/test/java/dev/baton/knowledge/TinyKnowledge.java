package dev.baton.knowledge;

import dev.baton.decision.Localizer;
import dev.baton.decision.Thresholds;
import dev.baton.faq.Examples;
import dev.baton.faq.FaqCorpus;
import dev.baton.faq.FaqEntry;
import dev.baton.faq.Kind;
import dev.baton.faq.Localized;
import dev.baton.faq.Synonyms;
import dev.baton.nlu.HybridIntentClassifier;
import dev.baton.nlu.IcuTextNormalizer;
import dev.baton.nlu.LuceneTokenizer;
import dev.baton.nlu.ScriptLanguageDetector;
import dev.baton.safety.FundsAtRiskRules;
import dev.baton.safety.SecretScanner;
import dev.baton.training.CorpusTrainer;
import dev.baton.training.MaxentParams;
import dev.baton.training.ModelCard;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A three-entry corpus and a builder that trains on it in milliseconds, for the knowledge tests. */
final class TinyKnowledge {

    static final List<String> HOURS = List.of(
            "when are you open",
            "what are your opening hours",
            "are you open on sundays",
            "what time does support start",
            "support hours please",
            "is anyone there at night");
    /** Emergencies in words the funds-at-risk rules do not know: only the model sends these to a person. */
    static final List<String> VANISHED = List.of(
            "wallet shows nothing left, it had thousands",
            "nothing left in the wallet at all",
            "there is nothing left of my savings in the wallet",
            "wallet has nothing left since this morning",
            "nothing left, where did it all go",
            "I opened the wallet and nothing is left");

    static final List<String> OTHER = List.of(
            "what will the price of bitcoin be",
            "tell me a joke about cats",
            "recommend a good restaurant",
            "how is the weather today",
            "which coin should I buy",
            "who won the football game");

    private TinyKnowledge() {}

    static FaqCorpus corpus(List<String> hours, List<String> vanished) {
        List<FaqEntry> entries = new ArrayList<>();
        entries.add(entry("hours", Kind.FAQ, null, hours, "We answer around the clock."));
        entries.add(entry("vanished", Kind.URGENT, "funds_at_risk.vanished", vanished, "A person joins now."));
        entries.add(entry("other", Kind.OUT_OF_SCOPE, null, OTHER, "I can help with the wallet's support."));
        return new FaqCorpus(entries, Synonyms.none(), "tiny-" + hours.hashCode() + "-" + vanished.hashCode());
    }

    static FaqCorpus corpus() {
        return corpus(HOURS, VANISHED);
    }

    private static FaqEntry entry(String id, Kind kind, String reason, List<String> examples, String answer) {
        return new FaqEntry(
                id,
                kind,
                reason,
                List.of(),
                List.of(),
                new Localized(id, id),
                new Localized(answer, answer),
                new Examples(List.of(), examples),
                null);
    }

    static PolicyBuilder builder() {
        MaxentParams params = new MaxentParams(50, 0.1, 1, 1);
        ModelCard card = new ModelCard(
                "tiny",
                "2026-12-07",
                18,
                List.of("hours", "vanished", "other"),
                ModelCard.Training.of(params, CorpusTrainer.FEATURES, CorpusTrainer.RETRIEVER, null),
                new HybridIntentClassifier.Blend(0.5, 3),
                new Thresholds(0.3, 0.0, 0.3),
                null,
                null);
        return new PolicyBuilder(
                new PolicyBuilder.Shared(
                        SecretScanner.withBundledWordlists(),
                        FundsAtRiskRules.standard(),
                        new IcuTextNormalizer(new ScriptLanguageDetector()),
                        new LuceneTokenizer(),
                        new Localizer(),
                        card,
                        Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC)),
                null);
    }
}
