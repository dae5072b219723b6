package dev.baton.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.config.ConfigLoader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code baton handofflatency}: how long an urgent handoff takes to reach an agent. It spawns {@code baton
 * serve} as the load test does, adds an agent to its store, connects it to the agent stream, warms the server
 * up and then sends {@code --handoffs} urgent messages at {@code --rate} a second, timing each from the send
 * to its ticket's arrival on the agent's WebSocket. It exits 0 when every handoff arrived, 1 when any failed or
 * went missing; whether p99 met the target is reported, not enforced.
 */
final class HandoffLatencyCommand {

    static final String AGENT = "bench";
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 10_000;

    private final PrintStream out;
    private final PrintStream err;
    private final ObjectMapper json = new ObjectMapper();

    HandoffLatencyCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) throws Exception {
        HandoffOptions options = HandoffOptions.parse(arguments);
        // The JDK keeps only 5 idle connections per server unless told before its first request; open-loop
        // users overlap when the server slows down, and each needs a kept-alive connection of its own.
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", "100");
        }
        LoadClient client = new LoadUrlConnection(CONNECT_TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS);
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        err.println("handofflatency: starting baton serve (" + options.store() + " store, -Xmx" + options.heap()
                + ")");
        try (LoadServer server = LoadServer.spawn(options.heap(), options.dbUrl(), options.dbUser(), client, err)) {
            String token = addAgent(server, err);
            try (HandoffWatch watch = HandoffWatch.connect(server.base(), token, json,
                    Duration.ofMillis(CONNECT_TIMEOUT_MILLIS));
                 HandoffPacer pacer = new HandoffPacer()) {
                HandoffRun run = new HandoffRun(options, new HandoffChat(client, server.base(), json), watch, json);
                run.probe();
                err.printf("handofflatency: agent %s connected to %s; %d s warm-up, then %d handoffs at %d/s%n",
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
                HandoffReport report = new HandoffReport(options.store(), server.base().toString(), options.heap(),
                        Runtime.getRuntime().availableProcessors(), options.rate(), options.handoffs(),
                        options.timeoutMs(), warmup, m.sentOverSeconds(), m.measured(), m.missing(), m.errors(),
                        m.latency(), m.post(), m.maxLagMs(),
                        peak.isPresent() ? Math.round(peak.getAsLong() / 102.4) / 10.0 : null,
                        new HandoffReport.Load(loadBefore, os.getSystemLoadAverage()));
                out.print(report.text());
                return report.complete() ? 0 : 1;
            }
        }
    }

    /** Adds the agent in the server's own store, opened beside it as {@code baton agent add} does. */
    private static String addAgent(LoadServer server, PrintStream err) {
        Map<String, String> env = new HashMap<>(server.storeSettings());
        env.put("BATON_DB_POOL_SIZE", "2");
        return StoreAgents.with(ConfigLoader.load(Optional.empty(), env), err, agents -> agents.add(AGENT, 1, false)
                .token());
    }
}
