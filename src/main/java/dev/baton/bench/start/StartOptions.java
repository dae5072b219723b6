package dev.baton.bench.start;

import dev.baton.bench.BenchException;
import dev.baton.bench.load.ServerEnv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The settings of one {@code baton starttest} run, checked before anything starts.
 *
 * @param runs       how many pairs of starts: each pair starts on a fresh store, stops, then starts again on it
 * @param pollMillis how often {@code /health} is asked while a server starts
 * @param jars       the builds to start, in turn within each run (before and after a change, say); empty for
 *                   the one this tool runs from
 * @param archive    the class-data archive the servers map ({@code -XX:SharedArchiveFile}): null for
 *                   {@code baton.jsa} beside each jar when there is one, {@code none} for none, else a file
 *                   (with one build only)
 * @param dbUrl      a PostgreSQL database to give each pair a fresh schema of; null for the embedded store
 * @param dbUser     the user for {@code dbUrl}, or null when the URL names it
 * @param dbPassword the password for {@code dbUrl} ({@code BATON_DB_PASSWORD}), or null
 * @param heap       the servers' {@code -Xmx}, or null for the JVM's default (as the README's command)
 * @param json       where to write the report as JSON, or null
 * @param env        extra settings for the servers ({@code --env})
 */
public record StartOptions(
        int runs,
        int pollMillis,
        List<Path> jars,
        String archive,
        String dbUrl,
        String dbUser,
        String dbPassword,
        String heap,
        Path json,
        ServerEnv env) {

    static final int MAX_RUNS = 50;

    @Override
    public String toString() {
        return "StartOptions[runs=" + runs + ", dbUrl=" + dbUrl + ", archive=" + archive + "]";
    }

    public StartOptions {
        env = env == null ? ServerEnv.NONE : env;
        if (runs < 1 || runs > MAX_RUNS) {
            throw new BenchException("--runs must be between 1 and " + MAX_RUNS + ", not " + runs);
        }
        if (pollMillis < 1 || pollMillis > 1_000) {
            throw new BenchException("--poll-millis must be between 1 and 1000, not " + pollMillis);
        }
        jars = List.copyOf(jars);
        for (Path jar : jars) {
            if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) {
                throw new BenchException("--jar " + jar + ": no such jar");
            }
        }
        if (archive != null && !archive.equals("none") && jars.size() > 1) {
            throw new BenchException("--archive FILE goes with one build; with several, each maps its own baton.jsa");
        }
        if (archive != null && !archive.equals("none") && !Files.isRegularFile(Path.of(archive))) {
            throw new BenchException("--archive " + archive + ": no such file (mvn package writes target/baton.jsa;"
                    + " --archive none starts without one)");
        }
        if (dbUrl != null && !dbUrl.startsWith("jdbc:postgresql:")) {
            throw new BenchException("--db-url must be a jdbc:postgresql: URL, not " + dbUrl);
        }
        if (dbUrl != null && dbUrl.contains("currentSchema=")) {
            throw new BenchException("--db-url must not name a schema: each pair of starts gets a fresh one");
        }
        if (heap != null && !heap.matches("[1-9][0-9]*[kmgKMG]?")) {
            throw new BenchException("--heap must look like 256m or 1g, not " + heap);
        }
    }
}
