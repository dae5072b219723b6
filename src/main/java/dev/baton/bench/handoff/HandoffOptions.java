package dev.baton.bench.handoff;

import dev.baton.bench.BenchException;

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
public record HandoffOptions(
        int handoffs, int rate, int warmupSeconds, String dbUrl, String dbUser, String heap, int timeoutMs) {

    static final int MAX_HANDOFFS = 100_000;
    static final int MAX_RATE = 1_000;
    static final int MAX_SECONDS = 600;
    static final int MAX_TIMEOUT_MS = 60_000;

    public HandoffOptions {
        if (handoffs < 1 || handoffs > MAX_HANDOFFS) {
            throw new BenchException("--handoffs must be between 1 and " + MAX_HANDOFFS + ", not " + handoffs);
        }
        if (rate < 1 || rate > MAX_RATE) {
            throw new BenchException("--rate must be between 1 and " + MAX_RATE + " handoffs a second, not " + rate);
        }
        if (warmupSeconds < 0 || warmupSeconds > MAX_SECONDS) {
            throw new BenchException(
                    "--warmup-seconds must be between 0 and " + MAX_SECONDS + ", not " + warmupSeconds);
        }
        if (handoffs / rate > MAX_SECONDS) {
            throw new BenchException(
                    "--handoffs at --rate must take at most " + MAX_SECONDS + " seconds, not " + handoffs / rate);
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
        if (timeoutMs < 1 || timeoutMs > MAX_TIMEOUT_MS) {
            throw new BenchException("--timeout-ms must be between 1 and " + MAX_TIMEOUT_MS + ", not " + timeoutMs);
        }
    }

    /** The store the server uses, as the report names it. */
    public String store() {
        return dbUrl == null ? "embedded" : "postgresql";
    }
}
