package dev.baton.bench.load;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Scrapes {@code GET /metrics} with the metrics token every {@value #EVERY_SECONDS} s through the run, as a
 * Prometheus server would, so that a load test with metrics on pays for the scrapes as well as the counting.
 * Keeps how long each scrape inside the measured window took and how many failed (not 200, or no answer).
 */
final class LoadMetricsScraper implements AutoCloseable {

    static final int EVERY_SECONDS = 5;

    private final LoadClient client;
    private final URI metrics;
    private final String authorization;
    private final LoadPhases phases;
    private final Thread thread;
    private long[] latencies = new long[64];
    private int count;
    private long failures;
    private long lastBytes;

    private LoadMetricsScraper(LoadClient client, URI base, String token, LoadPhases phases) {
        this.client = client;
        this.metrics = base.resolve(base.getPath() + "/metrics");
        this.authorization = "Bearer " + token;
        this.phases = phases;
        this.thread = new Thread(this::scrape, "loadtest-metrics");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** A scraper when the server was given a metrics token; null when metrics are off. */
    static LoadMetricsScraper start(LoadClient client, URI base, ServerEnv env, LoadPhases phases) {
        return env.metricsToken()
                .map(token -> new LoadMetricsScraper(client, base, token, phases))
                .orElse(null);
    }

    private void scrape() {
        long next = System.nanoTime();
        while (phases.running(next)) {
            long start = System.nanoTime();
            LoadClient.Reply reply;
            try {
                reply = client.get(metrics, authorization);
            } catch (IOException e) {
                reply = null;
            }
            long end = System.nanoTime();
            if (phases.measured(start, end)) {
                record(reply != null && reply.status() == 200 ? reply.body().length : -1, end - start);
            }
            next += TimeUnit.SECONDS.toNanos(EVERY_SECONDS);
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait); // Prometheus's scrape interval
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private synchronized void record(long bytes, long nanos) {
        if (bytes < 0) {
            failures++;
            return;
        }
        if (count == latencies.length) {
            latencies = Arrays.copyOf(latencies, count * 2);
        }
        latencies[count++] = nanos;
        lastBytes = bytes;
    }

    synchronized long[] latencies() {
        return Arrays.copyOf(latencies, count);
    }

    synchronized long failures() {
        return failures;
    }

    /** The size of the last scrape's page. */
    synchronized long lastBytes() {
        return lastBytes;
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
