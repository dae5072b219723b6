package dev.baton;

import dev.baton.cli.Cli;
import dev.baton.dialogue.Decider;
import dev.baton.dialogue.DecisionPolicy;
import dev.baton.dialogue.Localizer;
import dev.baton.dialogue.Thresholds;
import dev.baton.faq.CorpusTexts;
import dev.baton.faq.FaqCorpus;
import dev.baton.faq.FaqCorpusLoader;
import dev.baton.faq.HybridIntentClassifier;
import dev.baton.faq.HybridIntentClassifier.Blend;
import dev.baton.faq.LuceneFaqRetriever;
import dev.baton.nlu.IcuTextNormalizer;
import dev.baton.nlu.LabelledText;
import dev.baton.nlu.LuceneTokenizer;
import dev.baton.nlu.ScriptLanguageDetector;
import dev.baton.nlu.TextNormalizer;
import dev.baton.nlu.training.CorpusTrainer;
import dev.baton.nlu.training.MaxentParams;
import dev.baton.nlu.training.ModelCard;
import dev.baton.nlu.training.ModelStore;
import dev.baton.safety.FundsAtRiskRules;
import dev.baton.safety.SecretScanner;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The composition root: every long-lived object is built here with {@code new} and handed down. Nothing
 * else reads the environment.
 */
public final class App {

    /** The understanding part of Baton, loaded from the corpus and the shipped model. */
    public record Understanding(FaqCorpus corpus, ModelCard card, DecisionPolicy policy) {
    }

    private App() {
    }

    public static void main(String[] args) {
        System.exit(new Cli(System.in, System.out, System.err).run(args));
    }

    /** Where the corpus and the models live: {@code BATON_CORPUS_DIR} / {@code BATON_MODELS_DIR} or ./ */
    public static Path defaultCorpusDir() {
        return Path.of(System.getenv().getOrDefault("BATON_CORPUS_DIR", "faq-corpus"));
    }

    public static Path defaultModelsDir() {
        return Path.of(System.getenv().getOrDefault("BATON_MODELS_DIR", "models"));
    }

    public static FaqCorpus corpus(Path dir) {
        return new FaqCorpusLoader().load(dir);
    }

    /**
     * Loads the shipped model and builds the retriever index from the corpus. Refuses a model trained on
     * another version of the corpus.
     */
    public static Understanding understanding(Path corpusDir, Path modelsDir) {
        FaqCorpus corpus = corpus(corpusDir);
        ModelStore store = new ModelStore(modelsDir);
        if (!Files.exists(modelsDir.resolve(ModelStore.CARD_FILE))) {
            throw new IllegalStateException("no trained model in " + modelsDir + "; run: baton train");
        }
        try {
            ModelCard card = store.card();
            if (!card.corpusHash().equals(corpus.hash())) {
                throw new IllegalStateException("the model in " + modelsDir + " was trained on another version of "
                        + corpusDir + "; run: baton train");
            }
            LuceneTokenizer tokenizer = new LuceneTokenizer();
            TextNormalizer normalizer = normalizer();
            List<LabelledText> indexed = new ArrayList<>(CorpusTexts.examples(corpus, normalizer));
            indexed.addAll(CorpusTexts.answers(corpus, normalizer));
            HybridIntentClassifier classifier = new HybridIntentClassifier(store.classifier(tokenizer),
                    LuceneFaqRetriever.build(indexed, tokenizer, corpus.synonyms()), blend(card.blend()));
            Map<String, Double> t = card.thresholds();
            DecisionPolicy policy = new DecisionPolicy(SecretScanner.withBundledWordlists(),
                    FundsAtRiskRules.standard(), normalizer, classifier, new Decider(corpus, new Localizer()),
                    new Thresholds(t.get("answer"), t.get("margin"), t.get("urgent")));
            return new Understanding(corpus, card, policy);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model in " + modelsDir + ": " + e.getMessage(), e);
        }
    }

    /** Trains on the corpus and writes the model and its card. */
    public static ModelCard train(Path corpusDir, Path modelsDir, PrintStream log) throws IOException {
        FaqCorpus corpus = corpus(corpusDir);
        CorpusTrainer trainer = new CorpusTrainer(new LuceneTokenizer(), FundsAtRiskRules.standard(),
                MaxentParams.standard(), 5, 10, Clock.systemUTC(), log);
        CorpusTrainer.Result result = trainer.train(corpus, normalizer(), new Decider(corpus, new Localizer()));
        new ModelStore(modelsDir).save(result.classifier(), result.card());
        return result.card();
    }

    private static TextNormalizer normalizer() {
        return new IcuTextNormalizer(new ScriptLanguageDetector());
    }

    private static Blend blend(Map<String, Double> blend) {
        return new Blend(blend.get("weight"), blend.get("k").intValue());
    }
}
