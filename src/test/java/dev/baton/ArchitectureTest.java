package dev.baton;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the layout: technology stays in adapters, the core stays free of HTTP and SQL,
 * and the packages form layers without cycles: {@code encoding} and {@code nlu} at the bottom, then
 * {@code faq}, {@code safety} and {@code details}, then {@code decision}, {@code conversation} and
 * {@code agent}; {@code training} calibrates the decision policy from above, {@code learning} groups what
 * Baton could not answer for editors, and {@code knowledge} lets the support team change and publish it;
 * adapters ({@code channel}, {@code store}, {@code http}) above them; then {@code bench}, the benchmarks and
 * load tools, which only the command line uses; {@code cli} on top.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.baton");

    @Test
    void theUnderstandingCoreKnowsNothingOfHttpOrStorage() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.baton.nlu..",
                        "dev.baton.faq..",
                        "dev.baton.safety..",
                        "dev.baton.decision..",
                        "dev.baton.conversation..",
                        "dev.baton.handoff..",
                        "dev.baton.details..",
                        "dev.baton.knowledge..",
                        "dev.baton.config..",
                        "dev.baton.learning..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.javalin..", "java.sql..", "javax.sql..")
                .check(CLASSES);
    }

    @Test
    void openNlpIsUsedOnlyByTheClassifierAdapterAndTheTrainer() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.baton.training..")
                .and()
                .haveNameNotMatching("dev\\.baton\\.nlu\\.MaxentIntentClassifier(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("opennlp..")
                .check(CLASSES);
    }

    @Test
    void luceneIsUsedOnlyByTheTokenizerAndRetrieverAdapters() {
        // Bm25Postings and LeanBm25Similarity are package-private parts of the retriever adapter.
        noClasses()
                .that()
                .haveNameNotMatching(
                        "dev\\.baton\\.(nlu\\.LuceneTokenizer|faq\\.(LuceneFaqRetriever|LuceneSemanticIndex|Bm25Postings"
                                + "|LeanBm25Similarity))(\\$.*)?")
                .and()
                .resideOutsideOfPackage("dev.baton.training..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.lucene..")
                .check(CLASSES);
    }

    @Test
    void theSentenceModelsAreUsedOnlyByTheEncoderAdapter() {
        noClasses()
                .that()
                .haveNameNotMatching("dev\\.baton\\.nlu\\.OnnxSentenceEncoder(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.langchain4j..", "ai.onnxruntime..", "ai.djl..")
                .check(CLASSES);
    }

    @Test
    void theDecisionPolicyDoesNotDependOnTrainingOrTheCommandLine() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.baton.decision..", "dev.baton.nlu", "dev.baton.faq..", "dev.baton.safety..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.baton.cli..", "dev.baton.training..")
                .check(CLASSES);
    }

    @Test
    void sqlLivesOnlyInTheJdbcStore() {
        keptIn(
                List.of("dev.baton.store.jdbc.."),
                List.of("java.sql..", "javax.sql..", "org.flywaydb..", "com.zaxxer..", "org.h2..", "org.postgresql.."));
    }

    @Test
    void micrometerLivesOnlyInTheMetricsAndTheAdaptersItInstruments() {
        // The core tells of what happened through its meter ports; only these count it, or bind their pools.
        keptIn(
                List.of("dev.baton.metrics..", "dev.baton.http..", "dev.baton.store.jdbc.."),
                List.of("io.micrometer..", "io.prometheus.."));
    }

    @Test
    void mailAndTheHtmlParserForMailLiveOnlyInTheEmailChannel() {
        keptIn(
                List.of("dev.baton.channel.email.."),
                List.of("jakarta.mail..", "org.eclipse.angus..", "com.sun.mail..", "org.jsoup.."));
    }

    /** No class outside {@code packages} uses any of {@code libraries}. */
    private static void keptIn(List<String> packages, List<String> libraries) {
        noClasses()
                .that()
                .resideOutsideOfPackages(packages.toArray(String[]::new))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(libraries.toArray(String[]::new))
                .check(CLASSES);
    }

    @Test
    void javalinLivesOnlyInTheHttpAdapterAndTheBenchmarkSittingsEchoCeiling() {
        keptIn(List.of("dev.baton.http..", "dev.baton.bench.sitting"), List.of("io.javalin.."));
    }

    @Test
    void theConversationCoreDoesNotReachIntoAdapters() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.baton.conversation..",
                        "dev.baton.handoff..",
                        "dev.baton.details..",
                        "dev.baton.agent..",
                        "dev.baton.channel..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.baton.http..", "dev.baton.store..", "dev.baton.cli..")
                .check(CLASSES);
    }

    @Test
    void ticketsKnowNothingOfConversationsOrAgents() {
        noClasses()
                .that()
                .resideInAPackage("dev.baton.handoff..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.baton.conversation..", "dev.baton.agent..")
                .check(CLASSES);
    }

    @Test
    void theCompositionRootDoesNotKnowTheCommandLine() {
        noClasses()
                .that()
                .resideInAPackage("dev.baton")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.baton.cli..")
                .check(CLASSES);
    }

    @Test
    void theEncodingsKnowNothingOfWhatTheyEncode() {
        noClasses()
                .that()
                .resideInAPackage("dev.baton.encoding..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.baton.details..", "dev.baton.safety..")
                .check(CLASSES);
    }

    /** The README's package table, bottom layer first: each package may use only those before it. */
    private static final List<String> LAYERS = List.of(
            "logging",
            "encoding",
            "config",
            "nlu",
            "faq",
            "safety",
            "details",
            "handoff",
            "decision",
            "conversation",
            "agent",
            "report",
            "training",
            "learning",
            "knowledge",
            "channel",
            "store",
            "metrics",
            "http",
            "bench",
            "cli");

    @Test
    void eachPackageUsesOnlyTheLayersBelowIt() {
        for (int i = 0; i < LAYERS.size(); i++) {
            String[] above = LAYERS.subList(i + 1, LAYERS.size()).stream()
                    .map(p -> "dev.baton." + p + "..")
                    .toArray(String[]::new);
            if (above.length > 0) {
                noClasses()
                        .that()
                        .resideInAPackage("dev.baton." + LAYERS.get(i) + "..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(above)
                        .check(CLASSES);
            }
        }
    }

    @Test
    void noProductPackageDependsOnTheBenchmarks() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.baton.bench..", "dev.baton.cli..")
                .and()
                .resideOutsideOfPackage("dev.baton")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.baton.bench..")
                .check(CLASSES);
    }

    @Test
    void noPackagesDependOnEachOtherInACycle() {
        slices().matching("dev.baton.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theLanguageLayerKnowsNoOtherPartOfBaton() {
        noClasses()
                .that()
                .resideInAPackage("dev.baton.nlu..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.baton.faq..",
                        "dev.baton.safety..",
                        "dev.baton.decision..",
                        "dev.baton.conversation..",
                        "dev.baton.handoff..",
                        "dev.baton.agent..",
                        "dev.baton.details..",
                        "dev.baton.training..")
                .check(CLASSES);
    }

    @Test
    void ticketsKnowNothingOfTheDecisionPolicy() {
        noClasses()
                .that()
                .resideInAPackage("dev.baton.handoff..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.baton.decision..")
                .check(CLASSES);
    }

    @Test
    void conversationsDoNotReachIntoWhatAgentsDo() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.baton.conversation..", "dev.baton.decision..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.baton.agent..")
                .check(CLASSES);
    }

    @Test
    void trainingIsUsedOnlyByTheCommandsThePublisherAndTheCompositionRoot() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "dev.baton.training..", "dev.baton.knowledge..", "dev.baton.cli..", "dev.baton.bench..")
                .and()
                .resideOutsideOfPackage("dev.baton")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.baton.training..")
                .check(CLASSES);
    }
}
