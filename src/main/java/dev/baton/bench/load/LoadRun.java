package dev.baton.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.training.Percentiles;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

/**
 * One load test: starts a platform thread per virtual user, watches the server (RSS every second, CPU over
 * the measured window, whether it is still alive) until the users stop, then merges what they measured.
 */
final class LoadRun {

    // Users finish the request in flight after the deadline; the client's read timeout bounds that.
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(15);

    /**
     * CPU time used by this JVM, the server, a local PostgreSQL and the whole machine (-1 when unknown) by
     * wall-clock {@code at}.
     */
    private record Cpu(long at, long generator, long server, long database, long machine) {
        /** What {@code field} used from {@code start} to {@code end}, or -1 when unknown at either. */
        static long between(Cpu start, Cpu end, ToLongFunction<Cpu> field) {
            long a = field.applyAsLong(start);
            long b = field.applyAsLong(end);
            return a < 0 || b < 0 ? -1 : b - a;
        }
    }

    private final LoadOptions options;
    private final LoadServer server;
    private final LoadClient client;
    private final ObjectMapper json;
    private final PrintStream err;
    private final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();

    private final LoadSlowClients slow;
    private final LoadWindow window;

    LoadRun(
            LoadOptions options,
            LoadServer server,
            LoadClient client,
            LoadSlowClients slow,
            LoadWindow window,
            ObjectMapper json,
            PrintStream err) {
        this.slow = slow;
        this.window = window;
        this.options = options;
        this.server = server;
        this.client = client;
        this.json = json;
        this.err = err;
    }

    /** Runs the users; {@code loadBefore} is the machine's load average before the server started. */
    LoadReport run(double loadBefore) throws InterruptedException {
        LoadMessages messages = new LoadMessages(json);
        LoadPhases phases = new LoadPhases(
                System.nanoTime(),
                TimeUnit.SECONDS.toNanos(options.warmupSeconds()),
                TimeUnit.SECONDS.toNanos(options.durationSeconds()),
                options.maxTurns());
        CountDownLatch done = new CountDownLatch(options.conversations());
        List<LoadUser> users = new ArrayList<>();
        long interval = options.rate() == 0 ? 0 : TimeUnit.SECONDS.toNanos(options.conversations()) / options.rate();
        for (int i = 0; i < options.conversations(); i++) {
            LoadUser user = new LoadUser(client, server.base(), messages, phases, json, i, interval);
            users.add(user);
            Thread thread = new Thread(
                    () -> {
                        try {
                            user.run();
                        } finally {
                            done.countDown();
                        }
                    },
                    "loadtest-user-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        LoadHealthProbe health = new LoadHealthProbe(client, server.base(), phases);
        LoadMetricsScraper scraper = LoadMetricsScraper.start(client, server.base(), options.env(), phases);
        LoadProc proc = server.pid() == null ? null : new LoadProc(server.pid());
        long maxRssKb = 0;
        Cpu cpuAtStart = null;
        Cpu cpuAtEnd = null;
        boolean died = false;
        while (true) {
            long now = System.nanoTime();
            if (proc != null) {
                maxRssKb = Math.max(maxRssKb, proc.rssKb().orElse(0));
            }
            if (!died && !server.alive()) {
                died = true;
                phases.stop(now);
            }
            if (cpuAtStart == null && now >= phases.measureFrom()) {
                cpuAtStart = cpu(proc, now);
                window.opened();
            }
            if (cpuAtEnd == null && now >= phases.measureEnd()) {
                cpuAtEnd = cpu(proc, now);
                window.closed();
            }
            if (done.getCount() == 0 || now > phases.measureEnd() + GRACE_NANOS) {
                break;
            }
            long next = now < phases.measureFrom() ? phases.measureFrom() : phases.measureEnd();
            long wait = next > now ? Math.min(next - now, TimeUnit.SECONDS.toNanos(1)) : TimeUnit.SECONDS.toNanos(1);
            done.await(wait, TimeUnit.NANOSECONDS);
        }
        if (died) {
            throw server.failed("the server " + server.exit() + " during the run", err);
        }
        if (done.getCount() > 0) {
            err.println("loadtest: " + done.getCount() + " users were still waiting for a reply when the run ended");
        }
        long end = System.nanoTime();
        if (cpuAtStart == null) {
            cpuAtStart = cpu(proc, end);
            window.opened();
        }
        if (cpuAtEnd == null) {
            cpuAtEnd = cpu(proc, end);
            window.closed();
        }
        health.close();
        if (scraper != null) {
            scraper.close();
        }
        return report(users, phases, proc, maxRssKb, cpuAtStart, cpuAtEnd, loadBefore, health, scraper);
    }

    private LoadReport report(
            List<LoadUser> users,
            LoadPhases phases,
            LoadProc proc,
            long maxRssKb,
            Cpu cpuAtStart,
            Cpu cpuAtEnd,
            double loadBefore,
            LoadHealthProbe health,
            LoadMetricsScraper scraper) {
        long[] healthLatencies = health.latencies();
        long[] all = users.stream()
                .map(LoadUser::latencies)
                .flatMapToLong(Arrays::stream)
                .toArray();
        Map<String, Long> errors = new TreeMap<>();
        users.forEach(u -> u.errors().forEach((k, v) -> errors.merge(k, v, Long::sum)));
        Percentiles p = new Percentiles(all);
        double seconds = Math.max(0, phases.measureEnd() - phases.measureFrom()) / 1e9;
        long wall = cpuAtEnd.at() - cpuAtStart.at();
        long serverCpu = Cpu.between(cpuAtStart, cpuAtEnd, Cpu::server);
        long databaseCpu = Cpu.between(cpuAtStart, cpuAtEnd, Cpu::database);
        long generatorCpu = cpuAtEnd.generator() - cpuAtStart.generator();
        long otherCpu = cpuAtStart.machine() < 0 || cpuAtEnd.machine() < 0 || serverCpu < 0
                ? -1
                : Math.max(0, cpuAtEnd.machine() - cpuAtStart.machine() - serverCpu - generatorCpu);
        OptionalLong peak = proc == null ? OptionalLong.empty() : proc.peakRssKb();
        return new LoadReport(
                options.store(),
                server.base().toString(),
                options.conversations(),
                options.rate() == 0 ? null : options.rate(),
                options.warmupSeconds(),
                options.durationSeconds(),
                round(seconds),
                all.length,
                round(seconds == 0 ? 0 : all.length / seconds),
                latency(p),
                errors,
                users.stream().mapToLong(LoadUser::warmupTurns).sum(),
                users.stream().mapToLong(LoadUser::warmupErrors).sum(),
                users.stream().mapToLong(LoadUser::conversationsStarted).sum(),
                peak.isPresent() ? round(peak.getAsLong() / 1024.0) : null,
                proc == null || maxRssKb == 0 ? null : round(maxRssKb / 1024.0),
                options.url() == null ? options.heap() : null,
                serverCpu < 0 ? null : percent(serverCpu, wall),
                serverCpu < 0 || all.length == 0 ? null : round(serverCpu / 1e6 / all.length),
                databaseCpu < 0 ? null : percent(databaseCpu, wall),
                databaseCpu < 0 || all.length == 0 ? null : round(databaseCpu / 1e6 / all.length),
                percent(generatorCpu, wall),
                otherCpu < 0 ? null : percent(otherCpu, wall),
                Runtime.version().toString(),
                Runtime.getRuntime().availableProcessors(),
                round(loadBefore),
                round(os.getSystemLoadAverage()),
                slow.count(),
                slow.held(),
                slow.reopened(),
                latency(new Percentiles(healthLatencies)),
                healthLatencies.length,
                health.failures(),
                options.env().names(),
                scraper == null
                        ? null
                        : new LoadReport.Scrapes(
                                scraper.latencies().length,
                                scraper.failures(),
                                latency(new Percentiles(scraper.latencies())),
                                scraper.lastBytes()));
    }

    private static LoadReport.Latency latency(Percentiles p) {
        return new LoadReport.Latency(ms(p.at(50)), ms(p.at(95)), ms(p.at(99)), ms(p.at(100)));
    }

    private Cpu cpu(LoadProc proc, long now) {
        long own = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
        long server = proc == null ? -1 : proc.cpuNanos().orElse(-1);
        long database = options.localPostgres() ? LoadProc.postgresCpuNanos().orElse(-1) : -1;
        return new Cpu(now, own, server, database, LoadProc.machineBusyNanos().orElse(-1));
    }

    /** CPU time over a wall-clock span, in percent of one core. */
    private static double percent(long cpuNanos, long wallNanos) {
        return wallNanos <= 0 ? 0 : round(100.0 * cpuNanos / wallNanos);
    }

    private static double ms(long nanos) {
        return round(nanos / 1e6);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
