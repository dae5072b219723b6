package dev.baton.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.bench.load.ServerEnv;
import dev.baton.bench.start.StartOptions;
import dev.baton.bench.start.StartTest;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code baton starttest}: its options, read into {@link StartOptions}, and the {@link StartTest} run with them. */
final class StartTestCommand {

    static final String USAGE =
            "usage: baton starttest [--runs N=5] [--poll-millis MS=10] [--jar FILE ...] [--archive FILE|none]"
                    + " [--db-url jdbc:postgresql://... [--db-user U]] [--heap 256m] [--json FILE] [--env BATON_NAME=VALUE ...]";

    private final PrintStream out;
    private final ObjectMapper json;

    StartTestCommand(PrintStream out, ObjectMapper json) {
        this.out = out;
        this.json = json;
    }

    int run(List<String> arguments) throws Exception {
        return new StartTest(out, json).run(options(arguments, System.getenv("BATON_DB_PASSWORD")));
    }

    /**
     * Reads the command line; {@link StartOptions} checks the values. Without {@code --archive}, each server maps
     * the {@code baton.jsa} beside its jar when the build made one, as the README's command does; {@code --jar}
     * (repeated) starts other builds in turn, for before-and-after runs taken together.
     */
    static StartOptions options(List<String> arguments, String dbPassword) {
        Args args = Args.parse(
                arguments, Set.of("runs", "poll-millis", "jar", "archive", "db-url", "db-user", "heap", "json", "env"));
        if (!args.positionals().isEmpty()) {
            throw new CliException("unexpected argument '" + args.positionals().get(0) + "'; " + USAGE);
        }
        return new StartOptions(
                args.integer("runs", 5),
                args.integer("poll-millis", 10),
                args.all("jar").stream().map(Path::of).toList(),
                args.option("archive", null),
                args.option("db-url", null),
                args.option("db-user", null),
                dbPassword,
                args.option("heap", null),
                args.path("json", null),
                ServerEnv.parse(args.all("env"), Map.of()));
    }
}
