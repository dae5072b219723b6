package dev.baton.bench;

import dev.baton.decision.Decider;
import dev.baton.decision.DecisionPolicy;
import dev.baton.decision.Localizer;
import dev.baton.faq.CorpusTexts;
import dev.baton.faq.FaqCorpus;
import dev.baton.faq.LuceneFaqRetriever;
import dev.baton.faq.LuceneSemanticIndex;
import dev.baton.faq.SemanticSecondOpinion;
import dev.baton.nlu.HybridIntentClassifier;
import dev.baton.nlu.LabelledText;
import dev.baton.nlu.LuceneTokenizer;
import dev.baton.nlu.MaxentIntentClassifier;
import dev.baton.nlu.SentenceEncoder;
import dev.baton.nlu.TextNormalizer;
import dev.baton.safety.FundsAtRiskRules;
import dev.baton.safety.SecretScanner;
import dev.baton.training.CorpusTrainer;
import dev.baton.training.MaxentParams;
import dev.baton.training.MaxentTrainer;
import dev.baton.training.ModelCard;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The policy a corpus would give with the live model's choices kept: the maxent classifier trained on its
 * examples as {@code baton train} trains it, the retriever index rebuilt from its examples and answers, and
 * the live card's blend and thresholds (not calibrated again: the learning loop adds examples, it does not
 * re-tune). The semantic second opinion is rebuilt too, by encoding every example (most of the 20-40 s a retrain
 * takes on two cores), so that the accepted examples reach the nearest-example vote as well: left as shipped, the
 * vote would never hear of them.
 */
public final class LearningRetrain implements Function<FaqCorpus, DecisionPolicy> {

    private final ModelCard card;
    private final TextNormalizer normalizer;
    private final LuceneTokenizer tokenizer;
    private final SentenceEncoder encoder;
    private final SecretScanner scanner;
    private final FundsAtRiskRules rules;
    private final Localizer localizer;

    public LearningRetrain(
            ModelCard card,
            TextNormalizer normalizer,
            LuceneTokenizer tokenizer,
            SentenceEncoder encoder,
            SecretScanner scanner,
            FundsAtRiskRules rules,
            Localizer localizer) {
        this.card = card;
        this.normalizer = normalizer;
        this.tokenizer = tokenizer;
        this.encoder = encoder;
        this.scanner = scanner;
        this.rules = rules;
        this.localizer = localizer;
    }

    @Override
    public DecisionPolicy apply(FaqCorpus corpus) {
        List<LabelledText> examples = CorpusTexts.examples(corpus, normalizer);
        MaxentIntentClassifier maxent =
                MaxentTrainer.train(examples, CorpusTrainer.FEATURES.over(tokenizer), MaxentParams.forCorpus());
        List<LabelledText> indexed = new ArrayList<>(examples);
        indexed.addAll(CorpusTexts.answers(corpus, normalizer));
        LuceneFaqRetriever retriever = LuceneFaqRetriever.build(
                indexed, tokenizer, corpus.synonyms(), card.training().retriever());
        HybridIntentClassifier classifier = new HybridIntentClassifier(maxent, retriever, card.blend());
        ModelCard.SecondOpinion second = card.secondOpinion();
        SemanticSecondOpinion opinion = second == null
                ? null
                : new SemanticSecondOpinion(
                        LuceneSemanticIndex.build(examples, encoder), maxent.labels(), second.blend());
        return new DecisionPolicy(
                scanner,
                rules,
                normalizer,
                classifier,
                new Decider(corpus, localizer),
                card.thresholds(),
                opinion,
                second == null ? null : second.thresholds());
    }
}
