package dev.baton.bench.load;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Asks {@code GET /health} ten times a second through the run, on its own connection, and keeps the latency
 * of the answers inside the measured window: whether the server still answers its cheapest request while the
 * load (and any slow clients) press on it.
 */
final class LoadHealthProbe implements AutoCloseable {

    private static final long EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final LoadClient client;
    private final URI health;
    private final LoadPhases phases;
    private final Thread thread;
    private long[] latencies = new long[1024];
    private int count;
    private long failures;

    LoadHealthProbe(LoadClient client, URI base, LoadPhases phases) {
        this.client = client;
        this.health = base.resolve("/health");
        this.phases = phases;
        this.thread = new Thread(this::probe, "loadtest-health");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void probe() {
        long next = System.nanoTime();
        while (phases.running(next)) {
            long start = System.nanoTime();
            boolean ok;
            try {
                ok = client.get(health).status() == 200;
            } catch (IOException e) {
                ok = false;
            }
            long end = System.nanoTime();
            if (phases.measured(start, end)) {
                record(ok, end - start);
            }
            next += EVERY_NANOS;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait); // the probe's pace
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private synchronized void record(boolean ok, long nanos) {
        if (!ok) {
            failures++;
            return;
        }
        if (count == latencies.length) {
            latencies = Arrays.copyOf(latencies, count * 2);
        }
        latencies[count++] = nanos;
    }

    synchronized long[] latencies() {
        return Arrays.copyOf(latencies, count);
    }

    synchronized long failures() {
        return failures;
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
