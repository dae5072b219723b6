package dev.baton;

import dev.baton.config.SupportConfig;
import dev.baton.decision.Decider;
import dev.baton.decision.DecisionPolicy;
import dev.baton.decision.Localizer;
import dev.baton.faq.CorpusTexts;
import dev.baton.faq.FaqCorpus;
import dev.baton.faq.FaqCorpusLoader;
import dev.baton.faq.LuceneFaqRetriever;
import dev.baton.faq.LuceneSemanticIndex;
import dev.baton.faq.SemanticSecondOpinion;
import dev.baton.knowledge.PolicyBuilder;
import dev.baton.nlu.Features;
import dev.baton.nlu.IcuTextNormalizer;
import dev.baton.nlu.LabelledText;
import dev.baton.nlu.LuceneTokenizer;
import dev.baton.nlu.MaxentIntentClassifier;
import dev.baton.nlu.OnnxSentenceEncoder;
import dev.baton.nlu.ScriptLanguageDetector;
import dev.baton.nlu.SentenceEncoder;
import dev.baton.nlu.TextNormalizer;
import dev.baton.safety.FundsAtRiskRules;
import dev.baton.safety.SecretScanner;
import dev.baton.training.CorpusTrainer;
import dev.baton.training.MaxentParams;
import dev.baton.training.ModelCard;
import dev.baton.training.ModelStore;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The understanding part of Baton, loaded from the corpus and the shipped model: the decision policy and the
 * localizer its replies are written with. Built here, beside {@link App}, because it is wiring too: the
 * corpus, the model, the indexes and the safety checks load in parallel.
 */
public record Understanding(
        FaqCorpus corpus, ModelCard card, DecisionPolicy policy, Localizer localizer, PolicyBuilder builder) {

    public static FaqCorpus corpus(Path dir) {
        return new FaqCorpusLoader().load(dir);
    }

    /** As {@link #load(Path, Path, SupportConfig)}, with no contact details: replies leave out lines naming one. */
    public static Understanding load(Path corpusDir, Path modelsDir) {
        return load(corpusDir, modelsDir, SupportConfig.none());
    }

    /**
     * Loads the shipped model and builds the retriever index from the corpus; replies name the support team's
     * contact details from {@code support}. Refuses a model trained on another version of the corpus.
     */
    public static Understanding load(Path corpusDir, Path modelsDir, SupportConfig support) {
        return load(corpusDir, modelsDir, support, StartupPhases.sinceNow());
    }

    /** As {@link #load(Path, Path, SupportConfig)}, recording each part's time in {@code phases}. */
    static Understanding load(Path corpusDir, Path modelsDir, SupportConfig support, StartupPhases phases) {
        ModelStore store = new ModelStore(modelsDir);
        if (!Files.exists(modelsDir.resolve(ModelStore.CARD_FILE))) {
            throw new IllegalStateException(
                    "no trained model in " + modelsDir.toAbsolutePath().normalize()
                            + "; point the models setting (--models, BATON_MODELS_DIR, nlu.modelsDir) or Baton's home"
                            + " (--home, BATON_HOME) at the directory that holds model-card.json, or run: baton train");
        }
        // The model, the indexes and the safety checks are independent of the corpus, so they load beside it.
        // Without a shipped index, one is built from the corpus.
        ExecutorService startup = Executors.newFixedThreadPool(2);
        try {
            ModelCard card = store.card();
            Features features = card.training().features();
            LuceneTokenizer tokenizer = new LuceneTokenizer();
            // The longest first: the sentence models, then the secret word lists.
            CompletableFuture<LuceneSemanticIndex> semantic = card.secondOpinion() == null
                    ? null
                    : CompletableFuture.supplyAsync(
                            () -> {
                                SentenceEncoder encoder = phases.time("encoder", () -> encoder(modelsDir, card));
                                return phases.time("semantic", () -> openSemanticIndex(modelsDir, encoder));
                            },
                            startup);
            CompletableFuture<SecretScanner> scanner = CompletableFuture.supplyAsync(
                    () -> phases.time("safety.secrets", SecretScanner::withBundledWordlists), startup);
            CompletableFuture<MaxentIntentClassifier> maxent = CompletableFuture.supplyAsync(
                    () -> phases.time("model", () -> readModel(store, features.over(tokenizer))), startup);
            Path shippedIndex = modelsDir.resolve(ModelStore.INDEX_DIR);
            CompletableFuture<LuceneFaqRetriever> openedIndex = Files.isDirectory(shippedIndex)
                    ? CompletableFuture.supplyAsync(
                            () -> phases.time("index", () -> openIndex(shippedIndex, tokenizer, corpusDir)), startup)
                    : null;
            CompletableFuture<FundsAtRiskRules> rules = CompletableFuture.supplyAsync(
                    () -> phases.time("safety.rules", FundsAtRiskRules::standard), startup);
            FaqCorpus corpus = phases.time("corpus", () -> corpus(corpusDir));
            if (!card.corpusHash().equals(corpus.hash())) {
                throw new IllegalStateException("the model in " + modelsDir + " was trained on another version of "
                        + corpusDir + "; run: baton train");
            }
            TextNormalizer normalizer = phases.time("normalizer", Understanding::normalizer);
            Localizer localizer = phases.time("localizer", () -> new Localizer(support));
            LuceneFaqRetriever retriever = openedIndex != null
                    ? openedIndex.join()
                    : phases.time(
                            "index",
                            () -> buildIndex(
                                    corpus,
                                    normalizer,
                                    tokenizer,
                                    card.training().retriever()));
            long waited = System.nanoTime();
            CompletableFuture.allOf(maxent, scanner, rules, semantic == null ? maxent : semantic)
                    .join();
            phases.record("understanding.wait", waited, System.nanoTime());
            long policyStart = System.nanoTime();
            PolicyBuilder builder = new PolicyBuilder(
                    new PolicyBuilder.Shared(
                            scanner.join(), rules.join(), normalizer, tokenizer, localizer, card, Clock.systemUTC()),
                    semantic == null ? null : semantic.join().encoder());
            SemanticSecondOpinion second = null;
            if (semantic != null) {
                builder.remember(corpus, semantic.join());
                second = new SemanticSecondOpinion(
                        semantic.join(), card.labels(), card.secondOpinion().blend());
            }
            DecisionPolicy policy = builder.policy(corpus, maxent.join(), retriever, second, card);
            phases.record("policy", policyStart, System.nanoTime());
            return new Understanding(corpus, card, policy, localizer, builder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model in " + modelsDir + ": " + e.getMessage(), e);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            startup.shutdown();
        }
    }

    /** The encoder the model was trained with; the card names it. */
    private static SentenceEncoder encoder(Path modelsDir, ModelCard card) {
        String trainedWith = card.training().encoder();
        if (!OnnxSentenceEncoder.NAME.equals(trainedWith)) {
            throw new IllegalStateException("the model in " + modelsDir + " was trained with sentence vectors from "
                    + trainedWith + ", not " + OnnxSentenceEncoder.NAME + "; run: baton train");
        }
        return OnnxSentenceEncoder.load();
    }

    private static LuceneSemanticIndex openSemanticIndex(Path modelsDir, SentenceEncoder encoder) {
        try {
            return LuceneSemanticIndex.open(modelsDir.resolve(ModelStore.SEMANTIC_DIR), encoder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the semantic index in " + modelsDir + ": " + e.getMessage(), e);
        }
    }

    /** The shipped model's bytes, recorded in the store as the release's version. */
    public static byte[] shippedModel(Path modelsDir) {
        try {
            return Files.readAllBytes(modelsDir.resolve(ModelStore.MODEL_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model in " + modelsDir + ": " + e.getMessage(), e);
        }
    }

    /** The retriever index the model was trained with, written beside it by {@link #train}. */
    private static LuceneFaqRetriever openIndex(Path dir, LuceneTokenizer tokenizer, Path corpusDir) {
        try {
            return LuceneFaqRetriever.open(dir, tokenizer, new FaqCorpusLoader().synonyms(corpusDir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static LuceneFaqRetriever buildIndex(
            FaqCorpus corpus,
            TextNormalizer normalizer,
            LuceneTokenizer tokenizer,
            LuceneFaqRetriever.Options options) {
        List<LabelledText> indexed = new ArrayList<>(CorpusTexts.examples(corpus, normalizer));
        indexed.addAll(CorpusTexts.answers(corpus, normalizer));
        return LuceneFaqRetriever.build(indexed, tokenizer, corpus.synonyms(), options);
    }

    private static MaxentIntentClassifier readModel(ModelStore store, dev.baton.nlu.Tokenizer tokenizer) {
        try {
            return store.classifier(tokenizer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model in " + store.dir() + ": " + e.getMessage(), e);
        }
    }

    /** Trains on the corpus and writes the model and its card. */
    public static ModelCard train(Path corpusDir, Path modelsDir, PrintStream log) throws IOException {
        FaqCorpus corpus = corpus(corpusDir);
        CorpusTrainer trainer = new CorpusTrainer(
                new LuceneTokenizer(),
                FundsAtRiskRules.standard(),
                MaxentParams.forCorpus(),
                10,
                List.of(3, 5, 10),
                Clock.systemUTC(),
                log,
                OnnxSentenceEncoder.load());
        TextNormalizer normalizer = normalizer();
        CorpusTrainer.Result result = trainer.train(corpus, normalizer, new Decider(corpus, new Localizer()));
        new ModelStore(modelsDir).save(result.classifier(), result.card());
        result.semanticIndex().save(modelsDir.resolve(ModelStore.SEMANTIC_DIR));
        buildIndex(
                        corpus,
                        normalizer,
                        new LuceneTokenizer(),
                        result.card().training().retriever())
                .save(modelsDir.resolve(ModelStore.INDEX_DIR));
        return result.card();
    }

    private static TextNormalizer normalizer() {
        return new IcuTextNormalizer(new ScriptLanguageDetector());
    }
}
