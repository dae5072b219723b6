package dev.baton.bench.load;

import dev.baton.bench.BenchException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The settings of one {@code baton loadtest} run, checked before anything starts: bounded in time and in
 * concurrency, and aimed only at this machine.
 *
 * @param url        a running server to load, or null to spawn one
 * @param serverPid  the process of the server at {@code url}, for its RSS; null when unknown or spawned
 * @param maxTurns   a cap on measured turns; 0 for none
 * @param rate       turns per second offered by all users together, each on a fixed schedule; 0 to send back
 *                   to back (a closed loop, whose latency is set by the server's throughput)
 * @param json       where to write the JSON report, or null
 * @param slowClients connections held open beside the users, each sending its body one byte every few seconds
 * @param env        extra settings for a spawned server ({@code --env}); with {@code BATON_METRICS_TOKEN} among
 *                   them the run also scrapes {@code /metrics} as Prometheus would
 */
public record LoadOptions(
        int conversations,
        int warmupSeconds,
        int durationSeconds,
        long maxTurns,
        int rate,
        URI url,
        Long serverPid,
        String dbUrl,
        String dbUser,
        String serverHeap,
        Path json,
        int slowClients,
        ServerEnv env) {

    static final int MAX_CONVERSATIONS = 1_000;
    static final int MAX_SECONDS = 600;
    static final int MAX_RATE = 100_000;
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "::1", "[::1]", "localhost");

    public LoadOptions {
        if (conversations < 1 || conversations > MAX_CONVERSATIONS) {
            throw new BenchException(
                    "--conversations must be between 1 and " + MAX_CONVERSATIONS + ", not " + conversations);
        }
        if (warmupSeconds < 0) {
            throw new BenchException("--warmup must not be negative, not " + warmupSeconds);
        }
        if (durationSeconds < 1) {
            throw new BenchException("--duration must be at least 1 second, not " + durationSeconds);
        }
        if ((long) warmupSeconds + durationSeconds > MAX_SECONDS) {
            throw new BenchException("--warmup plus --duration must be at most " + MAX_SECONDS + " seconds, not "
                    + ((long) warmupSeconds + durationSeconds));
        }
        if (maxTurns < 0) {
            throw new BenchException("--max-turns must be at least 1, not " + maxTurns);
        }
        if (rate < 0 || rate > MAX_RATE) {
            throw new BenchException("--rate must be between 1 and " + MAX_RATE + " turns a second, not " + rate);
        }
        env = env == null ? ServerEnv.NONE : env;
        if (url != null
                && (dbUrl != null
                        || dbUser != null
                        || serverHeap != null
                        || !env.values().isEmpty())) {
            throw new BenchException(
                    "--db-url, --db-user, --server-heap and --env apply only to a spawned server, not with --url");
        }
        if (url == null && serverPid != null) {
            throw new BenchException("--server-pid applies only with --url; a spawned server's process is known");
        }
        if (slowClients < 0 || slowClients > LoadSlowClients.MAX) {
            throw new BenchException(
                    "--slow-clients must be between 0 and " + LoadSlowClients.MAX + ", not " + slowClients);
        }
        if (dbUser != null && dbUrl == null) {
            throw new BenchException("--db-user needs --db-url");
        }
        if (serverHeap != null && !serverHeap.matches("[1-9][0-9]*[kKmMgG]?")) {
            throw new BenchException("--server-heap must look like 256m or 1g, not '" + serverHeap + "'");
        }
        Path parent = json == null ? null : json.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new BenchException("cannot write the report " + json + ": no such folder " + parent);
        }
    }

    /** The store the server uses, as the report names it. */
    public String store() {
        if (dbUrl != null) {
            return dbUrl.startsWith("jdbc:postgresql:") ? "postgresql" : dbUrl.split(":")[1];
        }
        return url == null ? "embedded" : "unknown";
    }

    /** Whether the store is a PostgreSQL on this machine, whose processes' CPU can be read beside the server's. */
    public boolean localPostgres() {
        return dbUrl != null
                && Stream.of("//127.0.0.1", "//localhost", "//[::1]")
                        .anyMatch(host -> dbUrl.startsWith("jdbc:postgresql:" + host));
    }

    public String heap() {
        return serverHeap == null ? "256m" : serverHeap;
    }

    /** A {@code --url}: an http URL of this machine, without a trailing slash; null for none. */
    public static URI loopback(String text) {
        if (text == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        } catch (URISyntaxException e) {
            throw new BenchException("--url is not a valid URL: '" + text + "'");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new BenchException("--url must look like http://127.0.0.1:PORT, not '" + text + "'");
        }
        if (!LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            throw new BenchException(
                    "--url must point at this machine (127.0.0.1, ::1 or localhost), not " + uri.getHost());
        }
        return uri;
    }
}
