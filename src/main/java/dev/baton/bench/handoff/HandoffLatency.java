package dev.baton.bench.handoff;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.bench.load.LoadClient;
import dev.baton.bench.load.LoadProc;
import dev.baton.bench.load.LoadServer;
import dev.baton.bench.load.LoadUrlConnection;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * The benchmark behind {@code baton handofflatency}: how long an urgent handoff takes to reach an agent. It
 * spawns {@code baton serve} as the load test does, adds an agent to its store, connects it to the agent
 * stream, warms the server up and then sends {@code --handoffs} urgent messages at {@code --rate} a second,
 * timing each from the send to its ticket's arrival on the agent's WebSocket. It returns 0 when every handoff
 * arrived, 1 when any failed or went missing; whether p99 met the target is reported, not enforced.
 */
public final class HandoffLatency {

    /** The agent the run adds and watches as. */
    static final String AGENT = "bench";

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 10_000;

    private final PrintStream out;
    private final PrintStream err;
    private final AgentEnrolment enrolment;
    private final ObjectMapper json = new ObjectMapper();

    /** @param out the report; {@code err} the progress lines */
    public HandoffLatency(PrintStream out, PrintStream err, AgentEnrolment enrolment) {
        this.out = out;
        this.err = err;
        this.enrolment = enrolment;
    }

    /** Runs the benchmark; returns the exit status. */
    public int run(HandoffOptions options) throws Exception {
        // The JDK keeps only 5 idle connections per server unless told before its first request; open-loop
        // users overlap when the server slows down, and each needs a kept-alive connection of its own.
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", "100");
        }
        LoadClient client = new LoadUrlConnection(CONNECT_TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS);
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        err.println("handofflatency: starting baton serve (" + options.store() + " store, -Xmx" + options.heap() + ")");
        try (LoadServer server = LoadServer.spawn(options.heap(), options.dbUrl(), options.dbUser(), client, err)) {
            String token = enrolment.enrol(AGENT, server.storeSettings());
            try (HandoffWatch watch = HandoffWatch.connect(
                            server.base(), token, json, Duration.ofMillis(CONNECT_TIMEOUT_MILLIS));
                    HandoffPacer pacer = new HandoffPacer()) {
                HandoffRun run = new HandoffRun(options, new HandoffChat(client, server.base(), json), watch, json);
                run.probe();
                err.printf(
                        "handofflatency: agent %s connected to %s; %d s warm-up, then %d handoffs at %d/s%n",
                        AGENT, server.base(), options.warmupSeconds(), options.handoffs(), options.rate());
                HandoffReport.Warmup warmup = run.warmup(pacer);
                HandoffRun.Measured m = run.measure(pacer);
                if (!server.alive()) {
                    throw server.failed("the server " + server.exit() + " during the run", err);
                }
                if (watch.closed() != null) {
                    err.println("handofflatency: the agent stream " + watch.closed());
                }
                OptionalLong peak = new LoadProc(server.pid()).peakRssKb();
                HandoffReport report = new HandoffReport(
                        options.store(),
                        server.base().toString(),
                        options.heap(),
                        Runtime.getRuntime().availableProcessors(),
                        options.rate(),
                        options.handoffs(),
                        options.timeoutMs(),
                        warmup,
                        m.sentOverSeconds(),
                        m.measured(),
                        m.missing(),
                        m.errors(),
                        m.latency(),
                        m.post(),
                        m.maxLagMs(),
                        peak.isPresent() ? Math.round(peak.getAsLong() / 102.4) / 10.0 : null,
                        new HandoffReport.Load(loadBefore, os.getSystemLoadAverage()));
                out.print(report.text());
                return report.complete() ? 0 : 1;
            }
        }
    }
}
