package dev.baton.bench.stop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.baton.bench.load.LoadClient;
import dev.baton.bench.load.LoadServer;
import dev.baton.bench.load.LoadUrlConnection;
import dev.baton.bench.load.ServerEnv;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark behind {@code baton stoptest}: whether a clean stop under load (a SIGTERM, as an orchestrator
 * sends) loses or fails a turn. It spawns {@code baton serve} as the load test does, with
 * {@code BATON_STOP_DELAY_MILLIS}, offers turns at {@code --rate} on an open-loop timeline behind a gate that
 * polls {@code /health/ready} as a load balancer would, sends the SIGTERM after the warm-up, and once the process
 * has exited opens its store and looks for every turn it acknowledged. It returns 0 when no turn was answered
 * 5xx, none acknowledged is missing, and readiness answered 503 before the port closed; 1 otherwise.
 */
public final class StopUnderLoad {

    /** The server's setting this test is about. */
    public static final String STOP_DELAY = "BATON_STOP_DELAY_MILLIS";

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 10_000;

    private final PrintStream out;
    private final PrintStream err;
    private final ObjectMapper json = new ObjectMapper();

    /** @param out the report; {@code err} the progress lines */
    public StopUnderLoad(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the test; returns the exit status. */
    public int run(StopOptions options) throws Exception {
        // The JDK keeps only 5 idle connections per server unless told before its first request; every sender
        // needs a kept-alive connection of its own.
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", Integer.toString(Math.max(100, options.threads() + 10)));
        }
        LoadClient client = new LoadUrlConnection(CONNECT_TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS);
        Map<String, String> env = new HashMap<>(options.env().values());
        env.put(STOP_DELAY, Integer.toString(options.stopDelayMillis()));
        err.println("stoptest: starting baton serve (" + options.store() + " store, -Xmx" + options.heap() + ")");
        try (LoadServer server =
                LoadServer.spawn(options.heap(), options.dbUrl(), options.dbUser(), new ServerEnv(env), client, err)) {
            err.printf(
                    "stoptest: %d turns/s from %d senders at %s; %d s warm-up, then %d s, then SIGTERM%n",
                    options.rate(), options.threads(), server.base(), options.warmupSeconds(), StopRun.STEADY_SECONDS);
            StopRun.Result result = new StopRun(options, client, server, json, err).run();
            StoredTurns.Check check = result.exit() == null
                    ? new StoredTurns.Check(
                            result.acknowledged().size(),
                            0,
                            result.acknowledged().size(),
                            List.of("the server did not exit, so its store was not opened"))
                    : new StoredTurns(json).check(server.storeSettings(), result.acknowledged());
            StopReport report = new StopReport(
                    new StopReport.Setup(
                            options.store(),
                            server.base().toString(),
                            options.heap(),
                            Runtime.getRuntime().availableProcessors(),
                            options.rate(),
                            options.threads(),
                            options.warmupSeconds(),
                            StopRun.STEADY_SECONDS,
                            options.stopDelayMillis(),
                            options.pollMillis(),
                            options.env().names()),
                    result.timeline(),
                    result.tally(),
                    check);
            out.print(report.text());
            if (options.json() != null) {
                json.writer()
                        .with(SerializationFeature.INDENT_OUTPUT)
                        .writeValue(options.json().toFile(), report);
                out.println("wrote " + options.json());
            }
            if (!report.passed()) {
                server.failed("the stop was not clean", err);
            }
            return report.passed() ? 0 : 1;
        }
    }
}
