package dev.baton.bench.proxy;

import dev.baton.bench.BenchException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The settings of one {@code baton proxyloadtest}: the same load, through the same nginx, on one instance and then on
 * two, each back to back and at {@code rate}; bounded in time so a run cannot outgrow a shared machine.
 *
 * @param conversations the load test's users
 * @param warmupSeconds load before each measured window
 * @param durationSeconds each measured window
 * @param rate          turns a second offered in the paced runs
 * @param dbUrl         the PostgreSQL database whose fresh schema the instances share
 * @param dbUser        the user for {@code dbUrl}, or null when the URL names it
 * @param heap          each instance's {@code -Xmx}
 * @param nginx         the nginx binary, or null to look for it
 * @param json          where to write the results as JSON, or null
 */
public record ProxyCompareOptions(
        int conversations,
        int warmupSeconds,
        int durationSeconds,
        int rate,
        String dbUrl,
        String dbUser,
        String heap,
        Path nginx,
        Path json) {

    public ProxyCompareOptions {
        if (conversations < 1 || conversations > 1_000) {
            throw new BenchException("--conversations must be between 1 and 1000, not " + conversations);
        }
        if (warmupSeconds < 0 || warmupSeconds > 300) {
            throw new BenchException("--warmup must be between 0 and 300 seconds, not " + warmupSeconds);
        }
        if (durationSeconds < 1 || durationSeconds > 300) {
            throw new BenchException("--duration must be between 1 and 300 seconds, not " + durationSeconds);
        }
        if (rate < 1 || rate > 5_000) {
            throw new BenchException("--rate must be between 1 and 5000 turns a second, not " + rate);
        }
        if (dbUrl == null || !dbUrl.startsWith("jdbc:postgresql:")) {
            throw new BenchException("--db-url must be a jdbc:postgresql: URL (the instances share one PostgreSQL),"
                    + " not " + (dbUrl == null ? "missing" : "'" + dbUrl.split("\\?")[0] + "'"));
        }
        if (heap == null || !heap.matches("[1-9][0-9]*[kKmMgG]?")) {
            throw new BenchException("--heap must look like 256m or 1g, not '" + heap + "'");
        }
        Path parent = json == null ? null : json.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new BenchException("cannot write the report " + json + ": no such folder " + parent);
        }
    }
}
