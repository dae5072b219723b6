package dev.baton.cli;

import dev.baton.App;
import dev.baton.Baton;
import dev.baton.config.BatonConfig;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code baton serve [--config FILE] [--home DIR]}: runs the chat server until the process is stopped. Settings
 * come from the config file ({@code --config} or {@code BATON_CONFIG}) and {@code BATON_*} environment variables;
 * {@code --home} overrides {@code BATON_HOME}.
 */
final class ServeCommand {

    private final PrintStream out;

    ServeCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> arguments) throws InterruptedException {
        Args args = Args.parse(arguments, Set.of("config", "home"));
        if (!args.positionals().isEmpty()) {
            throw new CliException("serve takes no arguments besides --config FILE and --home DIR");
        }
        BatonConfig config = App.config(args.path("config", null), args.path("home", null));
        Baton baton = App.serve(config);
        CountDownLatch stopped = new CountDownLatch(1);
        // The embedded store does not close itself on exit (DB_CLOSE_ON_EXIT=FALSE): this hook closes Baton
        // first, so requests in flight finish and the file is compacted.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            baton.close();
            stopped.countDown();
        }, "baton-shutdown"));
        // From the JVM's start, so what a user waits for is what is reported.
        double seconds = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        out.printf(java.util.Locale.ROOT, "Baton is ready on http://localhost:%d in %.1f s, using %s%n", baton.port(),
                seconds, baton.storeDescription());
        out.flush();
        stopped.await();
        return 0;
    }
}
