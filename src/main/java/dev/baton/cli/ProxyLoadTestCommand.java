package dev.baton.cli;

import dev.baton.bench.proxy.ProxyCompare;
import dev.baton.bench.proxy.ProxyCompareOptions;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code baton proxyloadtest}: its options, read into {@link ProxyCompareOptions}, and the {@link ProxyCompare} run. */
final class ProxyLoadTestCommand {

    static final String USAGE = "usage: baton proxyloadtest --db-url jdbc:postgresql://... [--db-user U]"
            + " [--conversations N=100] [--warmup S=20] [--duration S=20] [--rate TURNS_PER_S=200] [--heap 256m]"
            + " [--nginx PATH] [--json FILE]";

    private final PrintStream out;
    private final PrintStream err;

    ProxyLoadTestCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) throws Exception {
        return new ProxyCompare(out, err).run(options(arguments));
    }

    /** Reads the command line; {@link ProxyCompareOptions} checks the values. */
    static ProxyCompareOptions options(List<String> arguments) {
        Args args = Args.parse(
                arguments,
                Set.of("conversations", "warmup", "duration", "rate", "db-url", "db-user", "heap", "nginx", "json"));
        if (!args.positionals().isEmpty()) {
            throw new CliException("unexpected argument '" + args.positionals().get(0) + "'; " + USAGE);
        }
        return new ProxyCompareOptions(
                args.integer("conversations", 100),
                args.integer("warmup", 20),
                args.integer("duration", 20),
                args.integer("rate", 200),
                args.option("db-url", null),
                args.option("db-user", null),
                args.option("heap", "256m"),
                args.path("nginx", null),
                args.path("json", null));
    }
}
