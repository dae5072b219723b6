package dev.baton.bench.stop;

import dev.baton.bench.BenchException;
import dev.baton.bench.load.ServerEnv;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The settings of one {@code baton stoptest} run, checked before anything starts: bounded in rate, threads and
 * time, so a run cannot outgrow the machine it shares.
 *
 * @param rate            turns a second offered on a fixed timeline, whether or not earlier turns were answered
 * @param warmupSeconds   load before the measured part, for the server's JIT
 * @param stopDelayMillis the server's {@code BATON_STOP_DELAY_MILLIS}: how long it keeps serving after its
 *                        readiness turns 503
 * @param pollMillis      how often the balancer-like gate asks {@code /health/ready}
 * @param threads         the senders: each has at most one turn in flight
 * @param dbUrl           a PostgreSQL database to give the server a fresh schema of; null for the embedded store
 * @param dbUser          the user for {@code dbUrl}, or null when the URL names it
 * @param heap            the server's {@code -Xmx}
 * @param json            where to write the report as JSON, or null
 * @param env             extra settings for the server ({@code --env})
 */
public record StopOptions(
        int rate,
        int warmupSeconds,
        int stopDelayMillis,
        int pollMillis,
        int threads,
        String dbUrl,
        String dbUser,
        String heap,
        Path json,
        ServerEnv env) {

    static final int MAX_RATE = 2_000;
    static final int MAX_THREADS = 256;
    static final int MAX_SECONDS = 600;
    /** The server refuses more (HttpConfig.MAX_STOP_DELAY). */
    static final int MAX_STOP_DELAY_MILLIS = 60_000;

    public StopOptions {
        env = env == null ? ServerEnv.NONE : env;
        if (rate < 1 || rate > MAX_RATE) {
            throw new BenchException("--rate must be between 1 and " + MAX_RATE + " turns a second, not " + rate);
        }
        if (warmupSeconds < 0 || warmupSeconds > MAX_SECONDS) {
            throw new BenchException(
                    "--warmup-seconds must be between 0 and " + MAX_SECONDS + ", not " + warmupSeconds);
        }
        if (stopDelayMillis < 0 || stopDelayMillis > MAX_STOP_DELAY_MILLIS) {
            throw new BenchException(
                    "--stop-delay-millis must be between 0 and " + MAX_STOP_DELAY_MILLIS + ", not " + stopDelayMillis);
        }
        if (pollMillis < 10 || pollMillis > 10_000) {
            throw new BenchException("--poll-millis must be between 10 and 10000, not " + pollMillis);
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
        Path parent = json == null ? null : json.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new BenchException("cannot write the report " + json + ": no such folder " + parent);
        }
    }

    /** The store the server uses, as the report names it. */
    public String store() {
        return dbUrl == null ? "embedded" : "postgresql";
    }
}
