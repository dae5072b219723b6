package dev.baton.cli;

import dev.baton.bench.sitting.PerfSitting;
import dev.baton.bench.sitting.SittingOptions;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code baton perfsitting}: its options, read into {@link SittingOptions}, and the {@link PerfSitting} run. */
final class PerfSittingCommand {

    static final String USAGE = "usage: baton perfsitting [--db-url jdbc:postgresql://HOST:PORT/DB [--db-user U]]"
            + " [--runs 3] [--rate 1000] [--warmup 45] [--duration 30] [--conversations 100] [--server-heap 256m]"
            + " [--out FILE]";

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&\\s]*");

    private final PrintStream out;
    private final PrintStream err;

    PerfSittingCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) throws Exception {
        return new PerfSitting(out, err, Clock.systemDefaultZone()).run(options(arguments), command(arguments));
    }

    /** Reads the command line; {@link SittingOptions} checks the values. */
    static SittingOptions options(List<String> arguments) {
        Args args = Args.parse(
                arguments,
                Set.of(
                        "db-url",
                        "db-user",
                        "runs",
                        "rate",
                        "warmup",
                        "duration",
                        "conversations",
                        "server-heap",
                        "out"));
        if (!args.positionals().isEmpty()) {
            throw new CliException("unexpected argument '" + args.positionals().get(0) + "'; " + USAGE);
        }
        return new SittingOptions(
                args.option("db-url", null),
                args.option("db-user", null),
                args.integer("runs", 3),
                args.integer("warmup", 45),
                args.integer("duration", 30),
                args.integer("rate", 1000),
                args.integer("conversations", 100),
                args.option("server-heap", null),
                args.path("out", null));
    }

    /** The command as the table shows it, with any password in the database URL hidden. */
    static String command(List<String> arguments) {
        String line = String.join(
                " ",
                arguments.stream()
                        .map(a -> PASSWORD.matcher(a).replaceAll("$1***"))
                        .toList());
        return ("java -jar target/baton.jar perfsitting " + line).strip();
    }
}
