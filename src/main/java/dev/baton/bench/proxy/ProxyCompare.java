package dev.baton.bench.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.baton.bench.load.LoadGenerator;
import dev.baton.bench.load.LoadOptions;
import dev.baton.bench.load.LoadReport;
import dev.baton.bench.load.LoadUrlConnection;
import dev.baton.bench.load.ServerEnv;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark behind {@code baton proxyloadtest}: one instance behind nginx, then two on one fresh PostgreSQL
 * schema each, driven by the load test's users through the proxy, back to back (throughput) and at a fixed rate
 * (latency); for each run the turns a second, p50 and p99, errors, and the CPU of every process. On a machine whose
 * cores are all busy already, a second instance cannot add throughput: it only splits the same CPU two ways, with
 * one more JVM's overhead. It returns 0 whenever the runs completed.
 */
public final class ProxyCompare {

    /** One measured run. */
    record Row(
            int instances,
            String mode,
            double turnsPerSecond,
            double p50Ms,
            double p99Ms,
            Map<String, Long> errors,
            Map<String, Double> cpuPercent) {}

    private final PrintStream out;
    private final PrintStream err;
    private final ObjectMapper json = new ObjectMapper();

    public ProxyCompare(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(ProxyCompareOptions options) throws Exception {
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", Integer.toString(options.conversations() + 10));
        }
        List<Row> rows = new ArrayList<>();
        for (int instances = 1; instances <= 2; instances++) {
            try (ProxyCluster cluster = ProxyCluster.start(
                    instances,
                    ProxyNginx.binary(options.nginx()),
                    options.heap(),
                    options.dbUrl(),
                    options.dbUser(),
                    i -> ServerEnv.NONE,
                    new LoadUrlConnection(5_000, 10_000),
                    err)) {
                rows.add(measure(cluster, options, 0));
                rows.add(measure(cluster, options, options.rate()));
            }
        }
        out.print(text(rows, options));
        if (options.json() != null) {
            json.writer()
                    .with(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(options.json().toFile(), rows);
            out.println("wrote " + options.json());
        }
        return 0;
    }

    private Row measure(ProxyCluster cluster, ProxyCompareOptions options, int rate) throws Exception {
        String mode = rate == 0 ? "back to back" : rate + " turns/s";
        err.printf(
                "proxyloadtest: %d instance(s), %s: %d s warm-up, %d s measured%n",
                cluster.size(), mode, options.warmupSeconds(), options.durationSeconds());
        ProxyCpu cpu = new ProxyCpu(cluster);
        LoadReport report = new LoadGenerator(out, err)
                .measure(
                        new LoadOptions(
                                options.conversations(),
                                options.warmupSeconds(),
                                options.durationSeconds(),
                                0,
                                rate,
                                cluster.base(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                0,
                                null),
                        cpu);
        return new Row(
                cluster.size(),
                mode,
                report.turnsPerSecond(),
                report.latencyMs().p50(),
                report.latencyMs().p99(),
                report.errors(),
                cpu.percent());
    }

    private static String text(List<Row> rows, ProxyCompareOptions options) {
        StringBuilder s = new StringBuilder(String.format(
                Locale.ROOT,
                "proxyloadtest: %d conversations through nginx, %d s warm-up and %d s measured per run, %d cores;"
                        + " CPU in %% of one core over the measured window%n",
                options.conversations(),
                options.warmupSeconds(),
                options.durationSeconds(),
                Runtime.getRuntime().availableProcessors()));
        for (Row r : rows) {
            s.append(String.format(
                    Locale.ROOT,
                    "%d instance(s), %s: %.1f turns/s, p50 %.2f ms, p99 %.2f ms, errors %s; CPU %s%n",
                    r.instances(),
                    r.mode(),
                    r.turnsPerSecond(),
                    r.p50Ms(),
                    r.p99Ms(),
                    r.errors().isEmpty() ? "none" : r.errors(),
                    r.cpuPercent()));
        }
        return s.toString();
    }
}
