package dev.baton.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.App;
import dev.baton.Understanding;
import dev.baton.config.ConfigLoader;
import dev.baton.decision.DecisionPolicy;
import dev.baton.decision.Outcome;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code baton decide}: one user message per stdin line (each the first message of a fresh conversation),
 * one JSON decision per stdout line. The output contract is used by outside evaluations: keep it stable.
 */
final class DecideCommand {

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final ObjectMapper json;

    DecideCommand(InputStream in, PrintStream out, PrintStream err, ObjectMapper json) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.json = json;
    }

    int run(List<String> arguments) throws Exception {
        Args args = Args.parse(arguments, Set.of("corpus", "models", "home"));
        Path home = App.home(args.path("home", null));
        DecisionPolicy policy = Understanding.load(
                        args.path("corpus", App.defaultCorpusDir(home)),
                        args.path("models", App.defaultModelsDir(home)),
                        ConfigLoader.support(System.getenv()))
                .policy();
        JsonLines.forEachLine(in, "stdin", (number, line) -> {
            Outcome outcome = policy.decide(line);
            if (outcome.truncated()) {
                err.println("stdin:" + number + ": longer than " + DecisionPolicy.MAX_CHARS
                        + " characters; analysed the first " + DecisionPolicy.MAX_CHARS);
            }
            try {
                out.println(json.writeValueAsString(DecisionLine.of(outcome)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("a decision always serialises", e);
            }
            out.flush();
        });
        return 0;
    }
}
