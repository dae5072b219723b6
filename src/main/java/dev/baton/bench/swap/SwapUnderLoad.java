package dev.baton.bench.swap;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.bench.handoff.AgentEnrolment;
import dev.baton.bench.load.LoadClient;
import dev.baton.bench.load.LoadProc;
import dev.baton.bench.load.LoadServer;
import dev.baton.bench.load.LoadUrlConnection;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.OptionalLong;

/**
 * The benchmark behind {@code baton swaptest}: whether publishing a new knowledge version under load drops or
 * fails a turn, and what it does to latency. It spawns {@code baton serve} as the load test does, adds an agent
 * with the editor right to its store, offers turns at {@code --rate} on an open-loop timeline, and after the
 * warm-up edits one answer and publishes it through the knowledge API while the load goes on. It returns 0
 * when the publish went live, every offered turn was answered and every answer fits its side of the swap; 1
 * otherwise. Latency is reported, not judged.
 */
public final class SwapUnderLoad {

    /** The editor the run adds and publishes as. */
    static final String EDITOR = "swaptest";

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 10_000;

    private final PrintStream out;
    private final PrintStream err;
    private final AgentEnrolment enrolment;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param out       the report; {@code err} the progress lines
     * @param enrolment adds an agent with the editor right to the spawned server's store
     */
    public SwapUnderLoad(PrintStream out, PrintStream err, AgentEnrolment enrolment) {
        this.out = out;
        this.err = err;
        this.enrolment = enrolment;
    }

    /** Runs the test; returns the exit status. */
    public int run(SwapOptions options) throws Exception {
        // The JDK keeps only 5 idle connections per server unless told before its first request; every sender
        // needs a kept-alive connection of its own.
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", Integer.toString(Math.max(100, options.threads() + 10)));
        }
        LoadClient client = new LoadUrlConnection(CONNECT_TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS);
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        err.println("swaptest: starting baton serve (" + options.store() + " store, -Xmx" + options.heap() + ")");
        try (LoadServer server =
                LoadServer.spawn(options.heap(), options.dbUrl(), options.dbUser(), options.env(), client, err)) {
            String token = enrolment.enrol(EDITOR, server.storeSettings());
            SwapEditor editor = new SwapEditor(server.base(), token, json);
            err.printf(
                    "swaptest: %d turns/s from %d senders at %s; %d s warm-up, then a publish, then %d s more%n",
                    options.rate(), options.threads(), server.base(), options.warmupSeconds(), options.afterSeconds());
            SwapRun.Result result = new SwapRun(options, client, server.base(), editor, server.pid(), json, err).run();
            if (!server.alive()) {
                throw server.failed("the server " + server.exit() + " during the run", err);
            }
            if (!result.publishing().published()) {
                server.failed("the publish ended " + result.publishing().state(), err);
            }
            OptionalLong peak = new LoadProc(server.pid()).peakRssKb();
            SwapReport report = new SwapReport(
                    new SwapReport.Setup(
                            options.store(),
                            server.base().toString(),
                            options.heap(),
                            Runtime.getRuntime().availableProcessors(),
                            options.rate(),
                            options.threads(),
                            options.warmupSeconds(),
                            options.afterSeconds()),
                    result.publishing(),
                    result.tally(),
                    result.conversations(),
                    new SwapReport.ServerFigures(
                            result.cpu().before(),
                            result.cpu().during(),
                            result.cpu().settling(),
                            result.cpu().after(),
                            peak.isPresent() ? Math.round(peak.getAsLong() / 102.4) / 10.0 : null,
                            loadBefore,
                            os.getSystemLoadAverage()));
            out.print(report.text());
            return report.passed() ? 0 : 1;
        }
    }
}
