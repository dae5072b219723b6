package dev.baton.cli;

import dev.baton.App;
import dev.baton.Understanding;
import dev.baton.faq.CorpusException;
import dev.baton.faq.FaqCorpus;
import dev.baton.knowledge.CorpusFiles;
import dev.baton.knowledge.PolicyBuilder;
import dev.baton.knowledge.QualityGate;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code baton gate [--draft DIR] [--margin POINTS]}: trains a corpus folder on the publish's fast path and runs
 * the quality gate against the shipped model, as a publish from the editor would; exits 1 when the gate refuses.
 * Without {@code --draft} it measures the fast path itself on the shipped corpus.
 */
final class GateCommand {

    private final PrintStream out;

    GateCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> arguments) {
        Args args = Args.parse(arguments, Set.of("draft", "margin", "corpus", "models", "home"));
        Path home = App.home(args.path("home", null));
        Path corpusDir = args.path("corpus", App.defaultCorpusDir(home));
        double margin = margin(args.option("margin", "1"));
        Path draftDir = args.path("draft", corpusDir);
        Understanding live = Understanding.load(corpusDir, args.path("models", App.defaultModelsDir(home)));
        FaqCorpus draft;
        try {
            draft = CorpusFiles.read(draftDir).load(draftDir.toString());
        } catch (CorpusException e) {
            throw new CliException(e.getMessage(), e);
        }
        long start = System.nanoTime();
        PolicyBuilder.Built built = live.builder().train(draft);
        long trained = System.nanoTime();
        QualityGate gate = new QualityGate(QualityGate.read(corpusDir.resolve("eval")), margin / 100);
        QualityGate.Report report = gate.check(live.policy(), built.policy(), built.corpus());
        long checked = System.nanoTime();
        out.printf(
                Locale.ROOT,
                "trained %s on the fast path in %.1f s; gate in %.1f s%n",
                draftDir,
                (trained - start) / 1e9,
                (checked - trained) / 1e9);
        out.printf(
                "%-12s %6s  %-24s %-24s %s%n",
                "set", "cases", "action accuracy", "urgent recall", "out of scope answered");
        for (QualityGate.SetResult set : report.sets()) {
            out.printf(
                    Locale.ROOT,
                    "%-12s %6d  %.4f -> %.4f         %-24s %d -> %d%n",
                    set.name(),
                    set.cases(),
                    set.live().actionAccuracy(),
                    set.draft().actionAccuracy(),
                    recall(set.live().urgentRecall()) + " -> "
                            + recall(set.draft().urgentRecall()),
                    set.live().outOfScopeAnswered(),
                    set.draft().outOfScopeAnswered());
        }
        if (report.passed()) {
            out.println("gate passed (live -> draft)");
            return 0;
        }
        out.println("gate refused:");
        report.reasons().forEach(r -> out.println("  " + r));
        return 1;
    }

    private static String recall(Double r) {
        return r == null ? "-" : String.format(Locale.ROOT, "%.4f", r);
    }

    private static double margin(String text) {
        try {
            double points = Double.parseDouble(text);
            if (points >= 0 && points <= 100) {
                return points;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new CliException("--margin is a number of percentage points from 0 to 100, not '" + text + "'");
    }
}
