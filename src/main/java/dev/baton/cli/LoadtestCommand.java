package dev.baton.cli;

import dev.baton.bench.load.LoadGenerator;
import dev.baton.bench.load.LoadOptions;
import dev.baton.bench.load.ServerEnv;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code baton loadtest}: its options, read into {@link LoadOptions}, and the {@link LoadGenerator} run with them. */
final class LoadtestCommand {

    static final String USAGE = "usage: baton loadtest [--conversations N] [--warmup S] [--duration S] [--max-turns N]"
            + " [--rate TURNS_PER_S] [--slow-clients N] [--json FILE] [--db-url URL [--db-user U]] [--server-heap 256m]"
            + " [--env BATON_NAME=VALUE ...]"
            + " | [--url http://127.0.0.1:PORT [--server-pid PID]]";

    private final PrintStream out;
    private final PrintStream err;

    LoadtestCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) throws Exception {
        return new LoadGenerator(out, err).run(options(arguments));
    }

    /** Reads the command line; {@link LoadOptions} checks the values. */
    static LoadOptions options(List<String> arguments) {
        Args args = Args.parse(
                arguments,
                Set.of(
                        "conversations",
                        "warmup",
                        "duration",
                        "max-turns",
                        "rate",
                        "url",
                        "server-pid",
                        "db-url",
                        "db-user",
                        "server-heap",
                        "json",
                        "slow-clients",
                        "env"));
        if (!args.positionals().isEmpty()) {
            throw new CliException("unexpected argument '" + args.positionals().get(0) + "'; " + USAGE);
        }
        String pid = args.option("server-pid", null);
        return new LoadOptions(
                args.integer("conversations", 100),
                args.integer("warmup", 45),
                args.integer("duration", 30),
                args.integer("max-turns", 0),
                args.integer("rate", 0),
                LoadOptions.loopback(args.option("url", null)),
                pid == null ? null : (long) args.integer("server-pid", 0),
                args.option("db-url", null),
                args.option("db-user", null),
                args.option("server-heap", null),
                args.path("json", null),
                args.integer("slow-clients", 0),
                ServerEnv.parse(args.all("env"), Map.of()));
    }
}
