package dev.baton.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.bench.load.ServerEnv;
import dev.baton.bench.start.StartOptions;
import dev.baton.bench.start.StartTest;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code baton starttest}: its options, read into {@link StartOptions}, and the {@link StartTest} run with them. */
final class StartTestCommand {

    static final String USAGE = "usage: baton starttest [--runs N=5] [--poll-millis MS=10] [--archive FILE|none]"
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
     * Reads the command line; {@link StartOptions} checks the values. Without {@code --archive}, the servers map
     * {@code baton.jsa} beside the jar when the build made one, as the README's command does.
     */
    static StartOptions options(List<String> arguments, String dbPassword) {
        Args args = Args.parse(
                arguments, Set.of("runs", "poll-millis", "archive", "db-url", "db-user", "heap", "json", "env"));
        if (!args.positionals().isEmpty()) {
            throw new CliException("unexpected argument '" + args.positionals().get(0) + "'; " + USAGE);
        }
        String archive = args.option("archive", null);
        return new StartOptions(
                args.integer("runs", 5),
                args.integer("poll-millis", 10),
                archive == null ? besideTheJar() : archive.equals("none") ? null : Path.of(archive),
                args.option("db-url", null),
                args.option("db-user", null),
                dbPassword,
                args.option("heap", null),
                args.path("json", null),
                ServerEnv.parse(args.all("env"), Map.of()));
    }

    /** {@code baton.jsa} beside the jar this JVM runs from, if there is one. */
    private static Path besideTheJar() {
        String classPath = System.getProperty("java.class.path");
        if (!classPath.endsWith(".jar")) {
            return null;
        }
        Path archive = Path.of(classPath).toAbsolutePath().resolveSibling("baton.jsa");
        return Files.isRegularFile(archive) ? archive : null;
    }
}
