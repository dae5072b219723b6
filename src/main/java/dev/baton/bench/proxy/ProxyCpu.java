package dev.baton.bench.proxy;

import dev.baton.bench.load.LoadProc;
import dev.baton.bench.load.LoadWindow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * The CPU each process of a proxied run used over the measured window, in percent of one core: each instance, nginx
 * (master and worker), the load generator (this JVM), PostgreSQL (every process named {@code postgres}, ended
 * backends included, which on a shared machine includes other users' work: {@link LoadProc#postgresCpuNanos}) and the
 * whole machine. Read from Linux's {@code /proc}; empty elsewhere.
 */
final class ProxyCpu implements LoadWindow {

    private final Map<String, LongSupplier> groups = new LinkedHashMap<>();
    private Map<String, Long> start;
    private Map<String, Long> end;
    private long startNanos;
    private long endNanos;

    ProxyCpu(ProxyCluster cluster) {
        for (int i = 0; i < cluster.size(); i++) {
            long pid = cluster.instance(i).pid();
            groups.put("instance " + (i + 1), () -> cpuNanos(List.of(pid)));
        }
        ProxyNginx nginx = cluster.nginx();
        groups.put(
                "nginx",
                () -> cpuNanos(Stream.concat(Stream.of(nginx.pid()), nginx.workerPids().stream())
                        .toList()));
        long self = ProcessHandle.current().pid();
        groups.put("generator", () -> cpuNanos(List.of(self)));
        groups.put("PostgreSQL", () -> LoadProc.postgresCpuNanos().orElse(0));
    }

    @Override
    public void opened() {
        startNanos = System.nanoTime();
        start = sample();
    }

    @Override
    public void closed() {
        endNanos = System.nanoTime();
        end = sample();
    }

    /** Percent of one core by group over the window, and {@code machine}; empty before the window closed. */
    Map<String, Double> percent() {
        Map<String, Double> out = new LinkedHashMap<>();
        if (start == null || end == null || endNanos <= startNanos) {
            return out;
        }
        long wall = endNanos - startNanos;
        end.forEach((k, v) -> out.put(k, Math.round(1000.0 * (v - start.getOrDefault(k, 0L)) / wall) / 10.0));
        return out;
    }

    private Map<String, Long> sample() {
        Map<String, Long> cpu = new LinkedHashMap<>();
        groups.forEach((name, nanos) -> cpu.put(name, nanos.getAsLong()));
        cpu.put("machine", LoadProc.machineBusyNanos().orElse(0));
        return cpu;
    }

    private static long cpuNanos(List<Long> pids) {
        return pids.stream()
                .mapToLong(p -> new LoadProc(p).cpuNanos().orElse(0))
                .sum();
    }
}
