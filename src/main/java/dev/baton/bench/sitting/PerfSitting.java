package dev.baton.bench.sitting;

import dev.baton.bench.load.LoadClient;
import dev.baton.bench.load.LoadGenerator;
import dev.baton.bench.load.LoadOptions;
import dev.baton.bench.load.LoadReport;
import dev.baton.bench.load.LoadServer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The benchmark sitting behind {@code baton perfsitting}: in one sitting, one run after another and each on a
 * fresh server process, the echo ceiling ({@link SittingEcho}) back to back, Baton on the embedded store back to
 * back and paced, and Baton on PostgreSQL back to back and paced several times, all driven by the same load
 * generator as {@code baton loadtest}. Prints the Markdown table of {@link SittingTable} and, given a file, writes
 * it there too. Returns 0 whenever every run completed, whatever the figures.
 */
public final class PerfSitting {

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    /** @param out the table; {@code err} the progress lines */
    public PerfSitting(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /** Runs the sitting; {@code command} is how it was started, for the table. */
    public int run(SittingOptions options, String command) throws Exception {
        LoadClient client = LoadGenerator.client(options.conversations());
        LoadGenerator generator = new LoadGenerator(out, err);
        List<SittingStep> plan = SittingStep.plan(options);
        ZonedDateTime started = ZonedDateTime.now(clock);
        double loadBefore = LoadGenerator.loadAverage();
        err.printf(
                "perfsitting: %d runs of %d s each (%d s of load, plus each server's start)%s%n",
                plan.size(),
                options.warmupSeconds() + options.durationSeconds(),
                options.loadSeconds(),
                options.dbUrl() == null ? "; no --db-url, so no PostgreSQL runs" : "");
        List<SittingRow> rows = new ArrayList<>();
        Set<String> schemas = new LinkedHashSet<>();
        for (int i = 0; i < plan.size(); i++) {
            SittingStep step = plan.get(i);
            err.printf("perfsitting: run %d of %d: %s%n", i + 1, plan.size(), step.label());
            SittingFigures figures = SittingFigures.of(measure(generator, client, options.load(step), step, schemas));
            rows.add(new SittingRow(step, figures));
            err.printf(
                    Locale.ROOT,
                    "perfsitting: %s: %.1f turns/s, p99 %.1f ms, %d errors%n",
                    step.label(),
                    figures.turnsPerSecond(),
                    figures.p99Ms(),
                    figures.errors());
        }
        SittingMachine machine = SittingMachine.current(started, loadBefore, LoadGenerator.loadAverage());
        String table = SittingTable.markdown(machine, options, command, rows);
        out.print(table);
        if (options.out() != null) {
            Files.writeString(options.out(), table, StandardCharsets.UTF_8);
            out.println("wrote " + options.out());
        }
        if (!schemas.isEmpty()) {
            err.println("perfsitting: the PostgreSQL runs left their schemas; drop them with: DROP SCHEMA "
                    + String.join(", ", schemas) + " CASCADE;");
        }
        return 0;
    }

    /** One run on a server of its own, stopped (and its data folder deleted) when the run ends. */
    private LoadReport measure(
            LoadGenerator generator, LoadClient client, LoadOptions load, SittingStep step, Set<String> schemas)
            throws Exception {
        double loadBefore = LoadGenerator.loadAverage();
        try (LoadServer server = step.kind() == SittingStep.Kind.ECHO
                ? LoadServer.spawnClass(SittingEcho.class.getName(), load.heap(), client, err)
                : LoadServer.spawn(load.heap(), load.dbUrl(), load.dbUser(), client, err)) {
            String url = server.storeSettings().get("BATON_DB_URL");
            if (load.dbUrl() != null && !load.dbUrl().contains("currentSchema=")) {
                schemas.add(url.substring(url.indexOf("currentSchema=") + "currentSchema=".length())
                        .split("&")[0]);
            }
            return generator.load(load, server, client, loadBefore);
        }
    }
}
