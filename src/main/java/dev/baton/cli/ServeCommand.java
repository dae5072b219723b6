package dev.baton.cli;

import dev.baton.App;
import dev.baton.Baton;
import dev.baton.StartupPhases;
import dev.baton.config.BatonConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code baton serve [--config FILE] [--home DIR] [--check]}: runs the chat server until the process is stopped.
 * Settings come from the config file ({@code --config} or {@code BATON_CONFIG}) and {@code BATON_*} environment
 * variables; {@code --home} overrides {@code BATON_HOME}. With {@code --check} it starts, asks its own
 * {@code /health}, stops and exits: 0 when it answered 200. The build runs that once to record which classes a
 * start loads, so later starts map them from a class-data archive instead of reading the jar.
 */
final class ServeCommand {

    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(30);

    private final PrintStream out;

    ServeCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> arguments) throws InterruptedException {
        StartupPhases phases = StartupPhases.sinceJvmStart();
        List<String> rest = new ArrayList<>(arguments);
        boolean check = rest.remove("--check");
        Args args = Args.parse(rest, Set.of("config", "home"));
        if (!args.positionals().isEmpty()) {
            throw new CliException("serve takes no arguments besides --config FILE, --home DIR and --check");
        }
        BatonConfig config =
                phases.time("config", () -> App.config(args.path("config", null), args.path("home", null)));
        phases.time("logging", () -> LogFormats.apply(config.log()));
        Baton baton = App.serve(config, phases);
        if (check) {
            return check(baton, config);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // The embedded store does not close itself on exit (DB_CLOSE_ON_EXIT=FALSE): this hook closes Baton
        // first, so requests in flight finish and the file is compacted.
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            baton.close();
                            stopped.countDown();
                        },
                        "baton-shutdown"));
        // From the JVM's start, so what a user waits for is what is reported.
        double seconds =
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        out.printf(
                java.util.Locale.ROOT,
                "Baton is ready on http://localhost:%d in %.1f s, using %s%n",
                baton.port(),
                seconds,
                baton.storeDescription());
        out.flush();
        stopped.await();
        return 0;
    }

    private int check(Baton baton, BatonConfig config) throws InterruptedException {
        try (baton) {
            URI health = URI.create("http://" + App.localHost(config.http().host()) + ":" + baton.port() + "/health");
            int status = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(health)
                                    .timeout(CHECK_TIMEOUT)
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status != 200) {
                throw new CliException("serve --check: " + health + " answered " + status + ", not 200");
            }
            out.printf("Baton answered %s with 200 and stopped%n", health);
            return 0;
        } catch (IOException e) {
            throw new CliException("serve --check: Baton started but its /health did not answer: " + e.getMessage());
        }
    }
}
