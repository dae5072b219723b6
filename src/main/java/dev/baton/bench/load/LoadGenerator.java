package dev.baton.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;

/**
 * The load test behind {@code baton loadtest}: a bounded load generator for the chat API on this machine. It
 * spawns {@code baton serve} on a free loopback port with a fresh data folder (or loads a running server given
 * by {@code --url}), drives {@code --conversations} virtual users through a warm-up and a measured window, and
 * reports turns per second, turn latency percentiles, errors by status and the server's peak RSS. It returns 0
 * whenever the run completed, whatever the figures.
 *
 * <p>Without {@code --rate} the users send back to back, which finds the server's throughput but sets latency
 * by it (mean latency = conversations / turns per second); with {@code --rate} they offer that many turns a
 * second between them, which is how a latency target at a given rate is checked.
 */
public final class LoadGenerator {

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 10_000;

    private final PrintStream out;
    private final PrintStream err;
    private final ObjectMapper json = new ObjectMapper();

    /** @param out the report; {@code err} the progress lines */
    public LoadGenerator(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the load test; returns the exit status. */
    public int run(LoadOptions options) throws Exception {
        LoadClient client = client(options.conversations());
        double loadBefore = loadAverage();
        if (options.url() == null) {
            err.println("loadtest: starting baton serve (" + options.store() + " store, -Xmx" + options.heap() + ")");
        }
        try (LoadServer server = options.url() == null
                        ? LoadServer.spawn(
                                options.heap(), options.dbUrl(), options.dbUser(), options.env(), client, err)
                        : LoadServer.external(options, client);
                LoadSlowClients slow = LoadSlowClients.start(server.base(), options.slowClients())) {
            LoadReport report = load(options, server, client, slow, LoadWindow.NONE, loadBefore);
            out.print(report.text());
            if (options.json() != null) {
                json.writer()
                        .with(SerializationFeature.INDENT_OUTPUT)
                        .writeValue(options.json().toFile(), report);
                out.println("wrote " + options.json());
            }
        }
        return 0;
    }

    /**
     * Loads a server the caller started (Baton, or a stand-in that answers the same calls) as {@code options}
     * say, without slow clients, and returns what the run measured; {@code loadBefore} is the machine's load
     * average before the server started.
     */
    public LoadReport load(LoadOptions options, LoadServer server, LoadClient client, double loadBefore)
            throws Exception {
        try (LoadSlowClients none = LoadSlowClients.start(server.base(), 0)) {
            return load(options, server, client, none, LoadWindow.NONE, loadBefore);
        }
    }

    private LoadReport load(
            LoadOptions options,
            LoadServer server,
            LoadClient client,
            LoadSlowClients slow,
            LoadWindow window,
            double loadBefore)
            throws InterruptedException {
        err.printf(
                "loadtest: %d conversations%s against %s: %d s warm-up, then %d s measured%n",
                options.conversations(),
                slow.count() == 0 ? "" : " and " + slow.count() + " slow clients",
                server.base(),
                options.warmupSeconds(),
                options.durationSeconds());
        return new LoadRun(options, server, client, slow, window, json, err).run(loadBefore);
    }

    /**
     * The client the load generator speaks through, for {@code conversations} users at once. The first call in
     * a JVM sizes the JDK's keep-alive cache, so call it before any other request from this JVM.
     */
    public static LoadClient client(int conversations) {
        // The JDK keeps only 5 idle connections per server unless told otherwise before its first request;
        // every virtual user needs its own, or most turns would open a new TCP connection.
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", Integer.toString(conversations + 10));
        }
        // Measured against a stand-in server: about 10-14 us of this JVM's CPU per turn, against 16-19 us for a
        // shared java.net.http.HttpClient, which hands every reply across threads.
        return new LoadUrlConnection(CONNECT_TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS);
    }

    /** The machine's load average over the last minute; negative where unknown. */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * Loads the server already running at {@code options.url()} (a proxy, say) and returns what was measured,
     * printing only progress; {@code window} is told when the measured window opens and closes, for figures taken
     * beside the run (the CPU of other processes).
     */
    public LoadReport measure(LoadOptions options, LoadWindow window) throws Exception {
        if (options.url() == null) {
            throw new IllegalArgumentException("measure needs a running server's --url");
        }
        LoadClient client = client(options.conversations());
        double loadBefore = loadAverage();
        try (LoadServer server = LoadServer.external(options, client);
                LoadSlowClients slow = LoadSlowClients.start(server.base(), 0)) {
            return load(options, server, client, slow, window, loadBefore);
        }
    }
}
