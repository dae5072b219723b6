package dev.baton.bench.swap;

import dev.baton.bench.BenchException;
import dev.baton.bench.load.ServerEnv;

/**
 * The settings of one {@code baton swaptest} run, checked before anything starts: bounded in rate, threads and
 * time, so a run cannot outgrow the machine it shares.
 *
 * @param rate          turns a second offered on a fixed timeline, whether or not earlier turns were answered
 * @param warmupSeconds load before the edit and the publish, for the server's JIT
 * @param afterSeconds  load kept on after the new version is live
 * @param threads       the senders: each has at most one turn in flight, so they bound the requests open at once
 * @param dbUrl         a PostgreSQL database to give the server a fresh schema of; null for the embedded store
 * @param dbUser        the user for {@code dbUrl}, or null when the URL names it
 * @param heap          the server's {@code -Xmx}
 * @param env           extra settings for the server ({@code --env})
 */
public record SwapOptions(
        int rate,
        int warmupSeconds,
        int afterSeconds,
        int threads,
        String dbUrl,
        String dbUser,
        String heap,
        ServerEnv env) {

    static final int MAX_RATE = 2_000;
    static final int MAX_THREADS = 256;
    static final int MAX_SECONDS = 600;

    public SwapOptions {
        env = env == null ? ServerEnv.NONE : env;
        if (rate < 1 || rate > MAX_RATE) {
            throw new BenchException("--rate must be between 1 and " + MAX_RATE + " turns a second, not " + rate);
        }
        if (warmupSeconds < 0 || warmupSeconds > MAX_SECONDS) {
            throw new BenchException(
                    "--warmup-seconds must be between 0 and " + MAX_SECONDS + ", not " + warmupSeconds);
        }
        if (afterSeconds < 1 || afterSeconds > MAX_SECONDS) {
            throw new BenchException("--after-seconds must be between 1 and " + MAX_SECONDS + ", not " + afterSeconds);
        }
        if (warmupSeconds + afterSeconds > MAX_SECONDS) {
            throw new BenchException("--warmup-seconds plus --after-seconds must be at most " + MAX_SECONDS + ", not "
                    + (warmupSeconds + afterSeconds));
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new BenchException("--threads must be between 1 and " + MAX_THREADS + ", not " + threads);
        }
        if (dbUrl != null && !dbUrl.startsWith("jdbc:postgresql:")) {
            throw new BenchException("--db-url must be a jdbc:postgresql: URL, not '" + dbUrl.split("\\?")[0] + "'");
        }
        if (dbUser != null && dbUrl == null) {
            throw new BenchException("--db-user needs --db-url");
        }
        if (heap == null || !heap.matches("[1-9][0-9]*[kKmMgG]?")) {
            throw new BenchException("--heap must look like 256m or 1g, not '" + heap + "'");
        }
    }

    /** The store the server uses, as the report names it. */
    public String store() {
        return dbUrl == null ? "embedded" : "postgresql";
    }
}
