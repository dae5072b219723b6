package dev.baton.cli;

import dev.baton.App;
import dev.baton.Baton;
import dev.baton.config.BatonConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;

/**
 * {@code baton serve [--config FILE]}: runs the chat server until the process is stopped. Settings come from
 * the config file ({@code --config} or {@code BATON_CONFIG}) and {@code BATON_*} environment variables.
 */
final class ServeCommand {

    private final PrintStream out;

    ServeCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> arguments) throws InterruptedException {
        Args args = Args.parse(arguments, Set.of("config"));
        if (!args.positionals().isEmpty()) {
            throw new CliException("serve takes no arguments besides --config FILE");
        }
        Path file = args.path("config", null);
        BatonConfig config = App.config(file);
        Baton baton = App.serve(config);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean closing = new AtomicBoolean();
        Runnable stop = () -> {
            if (closing.compareAndSet(false, true)) {
                try {
                    baton.close();
                } finally {
                    stopped.countDown();
                }
            }
        };
        // SIGTERM and Ctrl-C close Baton before the JVM's shutdown hooks run: H2's own hook would otherwise
        // close the embedded file first, under requests still in flight and without compacting it.
        for (String name : List.of("TERM", "INT")) {
            Signal.handle(new Signal(name), signal -> new Thread(stop, "baton-stop").start());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "baton-shutdown"));
        out.printf("Baton is ready on http://localhost:%d (%s)%n", baton.port(), baton.storeDescription());
        out.flush();
        stopped.await();
        return 0;
    }
}
