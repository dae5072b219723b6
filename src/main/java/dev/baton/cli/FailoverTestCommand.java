package dev.baton.cli;

import dev.baton.bench.proxy.ProxyFailover;
import dev.baton.bench.proxy.ProxyFailoverOptions;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code baton failovertest}: its options, read into {@link ProxyFailoverOptions}, and the {@link ProxyFailover} run. */
final class FailoverTestCommand {

    static final String USAGE =
            "usage: baton failovertest --db-url jdbc:postgresql://... [--db-user U] [--rate TURNS_PER_S=100]"
                    + " [--threads N=16] [--widgets N=12] [--webhook-rate N=10] [--burst N=300] [--warmup-seconds S=15]"
                    + " [--after-seconds S=20] [--lease-millis MS=4000] [--receiver-millis MS=100] [--heap 256m]"
                    + " [--nginx PATH] [--json FILE]";

    private final PrintStream out;
    private final PrintStream err;

    FailoverTestCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) throws Exception {
        return new ProxyFailover(out, err).run(options(arguments));
    }

    /** Reads the command line; {@link ProxyFailoverOptions} checks the values. */
    static ProxyFailoverOptions options(List<String> arguments) {
        Args args = Args.parse(
                arguments,
                Set.of(
                        "rate",
                        "threads",
                        "widgets",
                        "webhook-rate",
                        "burst",
                        "warmup-seconds",
                        "after-seconds",
                        "lease-millis",
                        "receiver-millis",
                        "db-url",
                        "db-user",
                        "heap",
                        "nginx",
                        "json"));
        if (!args.positionals().isEmpty()) {
            throw new CliException("unexpected argument '" + args.positionals().get(0) + "'; " + USAGE);
        }
        return new ProxyFailoverOptions(
                args.integer("rate", 100),
                args.integer("threads", 16),
                args.integer("widgets", 12),
                args.integer("webhook-rate", 10),
                args.integer("burst", 300),
                args.integer("warmup-seconds", 15),
                args.integer("after-seconds", 20),
                args.integer("lease-millis", 4000),
                args.integer("receiver-millis", 100),
                args.option("db-url", null),
                args.option("db-user", null),
                args.option("heap", "256m"),
                args.path("nginx", null),
                args.path("json", null));
    }
}
