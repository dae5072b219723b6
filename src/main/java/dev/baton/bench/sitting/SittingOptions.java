package dev.baton.bench.sitting;

import dev.baton.bench.BenchException;
import dev.baton.bench.load.LoadOptions;
import dev.baton.bench.load.ServerEnv;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The settings of one benchmark sitting, checked before anything starts; every run of the sitting shares them.
 *
 * @param dbUrl         the PostgreSQL to run Baton on besides the embedded store, or null for the embedded store
 *                      alone (each run gets a fresh schema unless the URL names one)
 * @param dbUser        its user, or null
 * @param runs          how many runs at {@code rate} on PostgreSQL (its latency target holds in all of them)
 * @param rate          the turns a second offered in the paced runs
 * @param conversations the load generator's concurrent conversations in every run
 * @param heap          every server's {@code -Xmx}, the echo's too
 * @param out           where to write the table as well, or null
 */
public record SittingOptions(
        String dbUrl,
        String dbUser,
        int runs,
        int warmupSeconds,
        int durationSeconds,
        int rate,
        int conversations,
        String heap,
        Path out) {

    static final int MAX_RUNS = 10;

    public SittingOptions {
        if (dbUrl != null && !dbUrl.startsWith("jdbc:postgresql:")) {
            throw new BenchException("--db-url must be a PostgreSQL URL (jdbc:postgresql://HOST:PORT/DB), not '" + dbUrl
                    + "'; the embedded store is always run");
        }
        if (dbUser != null && dbUrl == null) {
            throw new BenchException("--db-user needs --db-url");
        }
        if (runs < 1 || runs > MAX_RUNS) {
            throw new BenchException("--runs must be between 1 and " + MAX_RUNS + ", not " + runs);
        }
        if (rate < 1) {
            throw new BenchException("--rate must be at least 1 turn a second, not " + rate);
        }
        heap = heap == null ? "256m" : heap;
        Path parent = out == null ? null : out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new BenchException("cannot write the table to " + out + ": no such folder " + parent);
        }
        // The load generator's own checks (conversations, seconds, heap), with this sitting's values.
        load(dbUrl, rate, conversations, warmupSeconds, durationSeconds, heap, dbUser);
    }

    /** The load test of {@code step}. */
    LoadOptions load(SittingStep step) {
        String url = step.kind() == SittingStep.Kind.POSTGRESQL ? dbUrl : null;
        return load(url, step.rate(), conversations, warmupSeconds, durationSeconds, heap, url == null ? null : dbUser);
    }

    private static LoadOptions load(
            String dbUrl, int rate, int conversations, int warmup, int duration, String heap, String dbUser) {
        return new LoadOptions(
                conversations, warmup, duration, 0, rate, null, null, dbUrl, dbUser, heap, null, 0, ServerEnv.NONE);
    }

    /** How long the sitting's load lasts, servers' start-up aside. */
    long loadSeconds() {
        return (long) SittingStep.plan(this).size() * (warmupSeconds + durationSeconds);
    }
}
