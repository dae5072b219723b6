package dev.baton.cli;

import dev.baton.bench.handoff.HandoffLatency;
import dev.baton.bench.handoff.HandoffOptions;
import dev.baton.config.ConfigLoader;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code baton handofflatency}: its options, read into {@link HandoffOptions}, and the {@link HandoffLatency}
 * benchmark run with them; its agent is added as {@code baton agent add} adds one beside a running server.
 */
final class HandoffLatencyCommand {

    static final String USAGE = "usage: baton handofflatency [--handoffs N=300] [--rate R=20] [--warmup-seconds S=45]"
            + " [--db-url jdbc:postgresql://... [--db-user U]] [--heap 256m] [--timeout-ms 5000]";

    private final PrintStream out;
    private final PrintStream err;

    HandoffLatencyCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) throws Exception {
        return new HandoffLatency(out, err, this::addAgent).run(options(arguments));
    }

    /** Reads the command line; {@link HandoffOptions} checks the values. */
    static HandoffOptions options(List<String> arguments) {
        Args args = Args.parse(
                arguments, Set.of("handoffs", "rate", "warmup-seconds", "db-url", "db-user", "heap", "timeout-ms"));
        if (!args.positionals().isEmpty()) {
            throw new CliException("unexpected argument '" + args.positionals().get(0) + "'; " + USAGE);
        }
        return new HandoffOptions(
                args.integer("handoffs", 300),
                args.integer("rate", 20),
                args.integer("warmup-seconds", 45),
                args.option("db-url", null),
                args.option("db-user", null),
                args.option("heap", "256m"),
                args.integer("timeout-ms", 5_000));
    }

    /** Adds the agent in the server's own store, opened beside it as {@code baton agent add} does. */
    private String addAgent(String name, Map<String, String> storeSettings) {
        Map<String, String> env = new HashMap<>(storeSettings);
        env.put("BATON_DB_POOL_SIZE", "2");
        return StoreAgents.with(
                ConfigLoader.load(Optional.empty(), env),
                err,
                agents -> agents.add(name, 1, Set.of()).token());
    }
}
