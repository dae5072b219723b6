package dev.baton.cli;

import dev.baton.bench.load.ServerEnv;
import dev.baton.bench.stop.StopOptions;
import dev.baton.bench.stop.StopUnderLoad;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code baton stoptest}: its options, read into {@link StopOptions}, and the {@link StopUnderLoad} run with them. */
final class StopTestCommand {

    static final String USAGE = "usage: baton stoptest [--rate TURNS_PER_S=500] [--warmup-seconds S=45]"
            + " [--stop-delay-millis MS=1500] [--poll-millis MS=100] [--threads N=32]"
            + " [--db-url jdbc:postgresql://... [--db-user U]] [--heap 256m] [--json FILE] [--env BATON_NAME=VALUE ...]";

    private final PrintStream out;
    private final PrintStream err;

    StopTestCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) throws Exception {
        return new StopUnderLoad(out, err).run(options(arguments));
    }

    /** Reads the command line; {@link StopOptions} checks the values. */
    static StopOptions options(List<String> arguments) {
        Args args = Args.parse(
                arguments,
                Set.of(
                        "rate",
                        "warmup-seconds",
                        "stop-delay-millis",
                        "poll-millis",
                        "threads",
                        "db-url",
                        "db-user",
                        "heap",
                        "json",
                        "env"));
        if (!args.positionals().isEmpty()) {
            throw new CliException("unexpected argument '" + args.positionals().get(0) + "'; " + USAGE);
        }
        return new StopOptions(
                args.integer("rate", 500),
                args.integer("warmup-seconds", 45),
                args.integer("stop-delay-millis", 1500),
                args.integer("poll-millis", 100),
                args.integer("threads", 32),
                args.option("db-url", null),
                args.option("db-user", null),
                args.option("heap", "256m"),
                args.path("json", null),
                ServerEnv.parse(args.all("env"), Map.of(StopUnderLoad.STOP_DELAY, "--stop-delay-millis")));
    }
}
