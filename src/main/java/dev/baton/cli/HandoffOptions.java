package dev.baton.cli;

import java.util.List;
import java.util.Set;

/**
 * The settings of one {@code baton handofflatency} run, checked before anything starts.
 *
 * @param handoffs      measured handoffs
 * @param rate          handoffs a second, started on a fixed timeline whether or not earlier ones finished
 * @param warmupSeconds unmeasured chat and handoffs at the same rate first, for the server's JIT
 * @param dbUrl         a PostgreSQL database to give the server a fresh schema of; null for the embedded store
 * @param dbUser        the user for {@code dbUrl}, or null when the URL names it
 * @param heap          the server's {@code -Xmx}
 * @param timeoutMs     how long a ticket may take to reach the agent before it counts as missing
 */
record HandoffOptions(int handoffs, int rate, int warmupSeconds, String dbUrl, String dbUser, String heap,
                      int timeoutMs) {

    static final int MAX_HANDOFFS = 100_000;
    static final int MAX_RATE = 1_000;
    static final int MAX_SECONDS = 600;
    static final int MAX_TIMEOUT_MS = 60_000;
    static final String USAGE = "usage: baton handofflatency [--handoffs N=300] [--rate R=20] [--warmup-seconds S=45]"
            + " [--db-url jdbc:postgresql://... [--db-user U]] [--heap 256m] [--timeout-ms 5000]";

    HandoffOptions {
        if (handoffs < 1 || handoffs > MAX_HANDOFFS) {
            throw new CliException("--handoffs must be between 1 and " + MAX_HANDOFFS + ", not " + handoffs);
        }
        if (rate < 1 || rate > MAX_RATE) {
            throw new CliException("--rate must be between 1 and " + MAX_RATE + " handoffs a second, not " + rate);
        }
        if (warmupSeconds < 0 || warmupSeconds > MAX_SECONDS) {
            throw new CliException("--warmup-seconds must be between 0 and " + MAX_SECONDS + ", not "
                    + warmupSeconds);
        }
        if (handoffs / rate > MAX_SECONDS) {
            throw new CliException("--handoffs at --rate must take at most " + MAX_SECONDS + " seconds, not "
                    + handoffs / rate);
        }
        if (dbUrl != null && !dbUrl.startsWith("jdbc:postgresql:")) {
            throw new CliException("--db-url must be a jdbc:postgresql: URL, not '" + dbUrl.split("\\?")[0] + "'");
        }
        if (dbUser != null && dbUrl == null) {
            throw new CliException("--db-user needs --db-url");
        }
        if (heap == null || !heap.matches("[1-9][0-9]*[kKmMgG]?")) {
            throw new CliException("--heap must look like 256m or 1g, not '" + heap + "'");
        }
        if (timeoutMs < 1 || timeoutMs > MAX_TIMEOUT_MS) {
            throw new CliException("--timeout-ms must be between 1 and " + MAX_TIMEOUT_MS + ", not " + timeoutMs);
        }
    }

    /** Reads and checks the command line. */
    static HandoffOptions parse(List<String> arguments) {
        Args args = Args.parse(arguments, Set.of("handoffs", "rate", "warmup-seconds", "db-url", "db-user", "heap",
                "timeout-ms"));
        if (!args.positionals().isEmpty()) {
            throw new CliException("unexpected argument '" + args.positionals().get(0) + "'; " + USAGE);
        }
        return new HandoffOptions(args.integer("handoffs", 300), args.integer("rate", 20),
                args.integer("warmup-seconds", 45), args.option("db-url", null), args.option("db-user", null),
                args.option("heap", "256m"), args.integer("timeout-ms", 5_000));
    }

    /** The store the server uses, as the report names it. */
    String store() {
        return dbUrl == null ? "embedded" : "postgresql";
    }
}
