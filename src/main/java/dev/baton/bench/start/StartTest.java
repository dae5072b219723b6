package dev.baton.bench.start;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.store.jdbc.PostgresSchemas;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code baton starttest}: how long {@code baton serve} takes to a healthy {@code /health}, phase by phase.
 * Each run starts a server on a fresh store (a new data directory, or a new PostgreSQL schema), stops it, and
 * starts it again on the same store (a restart), one server at a time; then the store is deleted.
 */
public final class StartTest {

    private final PrintStream out;
    private final ObjectMapper json;

    public StartTest(PrintStream out, ObjectMapper json) {
        this.out = out;
        this.json = json;
    }

    public int run(StartOptions options) throws IOException, InterruptedException {
        List<Path> jars = options.jars().isEmpty() ? java.util.Collections.singletonList(null) : options.jars();
        Map<String, StartProcess> builds = new LinkedHashMap<>();
        for (Path jar : jars) {
            List<String> command = StartProcess.command(options, jar);
            builds.put(jar == null ? "this build" : jar.toString(), new StartProcess(command, options.pollMillis()));
            out.println("build: " + String.join(" ", command));
        }
        String store = options.dbUrl() == null ? "embedded (a fresh data directory each run)" : options.dbUrl();
        out.println("store: " + store + "; " + options.runs() + " runs, each a fresh start and a restart");
        List<StartSample> samples = new ArrayList<>();
        for (int run = 1; run <= options.runs(); run++) {
            for (Map.Entry<String, StartProcess> build : builds.entrySet()) {
                samples.addAll(pair(options, run, build.getKey(), build.getValue()));
            }
        }
        StartReport report = new StartReport(store, samples);
        out.println();
        report.print(out);
        if (options.json() != null) {
            json.writerWithDefaultPrettyPrinter().writeValue(options.json().toFile(), report);
        }
        return 0;
    }

    /** A start on a fresh store, then a restart on it; then the store is deleted. */
    private List<StartSample> pair(StartOptions options, int run, String build, StartProcess process)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("baton-starttest-");
        String schema = "baton_start_" + Long.toString(System.currentTimeMillis(), 36) + "_" + run;
        Map<String, String> env = new HashMap<>(options.env().values());
        if (options.dbUrl() == null) {
            env.put("BATON_DATA_DIR", dir.resolve("data").toString());
        } else {
            String url = options.dbUrl();
            env.put("BATON_DB_URL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            if (options.dbUser() != null) {
                env.put("BATON_DB_USER", options.dbUser());
            }
            if (options.dbPassword() != null) {
                env.put("BATON_DB_PASSWORD", options.dbPassword());
            }
        }
        List<StartSample> samples = new ArrayList<>();
        try {
            for (String mode : List.of("fresh", "restart")) {
                StartSample sample = process.measure(env, build, mode, dir.resolve(mode + ".log"));
                samples.add(sample);
                out.printf(
                        Locale.ROOT,
                        "run %d %-7s healthy after %6.0f ms, %6.0f ms of CPU  (%s)%n",
                        run,
                        mode,
                        sample.healthy(),
                        sample.cpu(),
                        build);
            }
        } finally {
            // A failed start's log stays in dir: the failure names it.
            dropSchema(options, schema);
        }
        delete(dir);
        return samples;
    }

    private static void dropSchema(StartOptions options, String schema) {
        if (options.dbUrl() != null) {
            String user = options.dbUser() == null ? "" : options.dbUser();
            String password = options.dbPassword() == null ? "" : options.dbPassword();
            PostgresSchemas.drop(options.dbUrl(), user, password, schema);
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
