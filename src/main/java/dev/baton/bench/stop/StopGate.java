package dev.baton.bench.stop;

import dev.baton.bench.load.LoadClient;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * What a load balancer does in front of the server: asks {@code GET /health/ready} every poll period and, once it
 * answers anything but 200 or cannot be connected to, sends the instance nothing more. A slow answer (timeout)
 * leaves it as it was, as a balancer's unhealthy threshold would. Closed, it stays closed. Times are this JVM's
 * {@link System#nanoTime()}.
 */
final class StopGate implements AutoCloseable {

    /** Why the gate closed: readiness answered 503 (or another status), or the port did not answer at all. */
    record Closing(long at, long lastReadyAt, int status) {
        boolean byReadiness() {
            return status > 0;
        }
    }

    private final LoadClient client;
    private final URI ready;
    private final long everyNanos;
    private final Thread thread;
    private volatile Closing closing;
    private volatile long lastReadyAt = -1;
    private long polls;

    StopGate(LoadClient client, URI base, long everyNanos) {
        this.client = client;
        this.ready = base.resolve(base.getPath() + "/health/ready");
        this.everyNanos = everyNanos;
        this.thread = new Thread(this::poll, "stoptest-gate");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void poll() {
        long next = System.nanoTime();
        while (closing == null) {
            int status;
            try {
                status = client.get(ready).status();
            } catch (IOException e) {
                status = StopTurn.of(e) == StopTurn.Outcome.NO_CONNECTION ? 0 : -1;
            }
            long now = System.nanoTime();
            synchronized (this) {
                polls++;
            }
            if (status == 200) {
                lastReadyAt = now;
            } else if (status >= 0) {
                closing = new Closing(now, lastReadyAt, status);
                return;
            }
            next += everyNanos;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait); // the balancer's poll period
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** Whether turns may still be sent. */
    boolean open() {
        return closing == null;
    }

    /** How the gate closed, or null while it is open. */
    Closing closing() {
        return closing;
    }

    synchronized long polls() {
        return polls;
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
