package dev.baton.cli;

import dev.baton.App;
import dev.baton.Understanding;
import dev.baton.training.ModelCard;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code baton train [--corpus DIR] [--models DIR]}: trains the intent model and writes its card. */
final class TrainCommand {

    private final PrintStream out;

    TrainCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> arguments) throws Exception {
        Args args = Args.parse(arguments, Set.of("corpus", "models", "home"));
        Path home = App.home(args.path("home", null));
        Path corpus = args.path("corpus", App.defaultCorpusDir(home));
        Path models = args.path("models", App.defaultModelsDir(home));
        long start = System.nanoTime();
        ModelCard card = Understanding.train(corpus, models, out);
        out.printf(
                "trained %d labels on %d examples in %.1f s; wrote %s%n",
                card.labels().size(), card.examples(), (System.nanoTime() - start) / 1e9, models);
        return 0;
    }
}
