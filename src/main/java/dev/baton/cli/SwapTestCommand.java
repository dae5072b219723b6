package dev.baton.cli;

import dev.baton.agent.Right;
import dev.baton.bench.load.ServerEnv;
import dev.baton.bench.swap.SwapOptions;
import dev.baton.bench.swap.SwapUnderLoad;
import dev.baton.config.ConfigLoader;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code baton swaptest}: its options, read into {@link SwapOptions}, and the {@link SwapUnderLoad} run with
 * them; its editor is added as {@code baton agent add --editor} adds one beside a running server.
 */
final class SwapTestCommand {

    static final String USAGE = "usage: baton swaptest [--rate TURNS_PER_S=500] [--warmup-seconds S=45]"
            + " [--after-seconds S=20] [--threads N=32] [--db-url jdbc:postgresql://... [--db-user U]] [--heap 256m]"
            + " [--env BATON_NAME=VALUE ...]";

    private final PrintStream out;
    private final PrintStream err;

    SwapTestCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) throws Exception {
        return new SwapUnderLoad(out, err, this::addEditor).run(options(arguments));
    }

    /** Reads the command line; {@link SwapOptions} checks the values. */
    static SwapOptions options(List<String> arguments) {
        Args args = Args.parse(
                arguments,
                Set.of("rate", "warmup-seconds", "after-seconds", "threads", "db-url", "db-user", "heap", "env"));
        if (!args.positionals().isEmpty()) {
            throw new CliException("unexpected argument '" + args.positionals().get(0) + "'; " + USAGE);
        }
        return new SwapOptions(
                args.integer("rate", 500),
                args.integer("warmup-seconds", 45),
                args.integer("after-seconds", 20),
                args.integer("threads", 32),
                args.option("db-url", null),
                args.option("db-user", null),
                args.option("heap", "256m"),
                ServerEnv.parse(args.all("env"), Map.of()));
    }

    /** Adds the editor in the server's own store, opened beside it as {@code baton agent add} does. */
    private String addEditor(String name, Map<String, String> storeSettings) {
        Map<String, String> env = new HashMap<>(storeSettings);
        env.put("BATON_DB_POOL_SIZE", "2");
        return StoreAgents.with(
                ConfigLoader.load(Optional.empty(), env),
                err,
                agents -> agents.add(name, 1, Set.of(Right.EDITOR)).token());
    }
}
