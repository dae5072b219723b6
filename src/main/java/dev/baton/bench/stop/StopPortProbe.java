package dev.baton.bench.stop;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * Opens (and at once closes) a TCP connection to the server's port every {@value #EVERY_MILLIS} ms, and keeps
 * when one was first refused: the moment the port stopped taking connections. A connection that only timed out
 * is counted, not taken for a closed port. Times are this JVM's {@link System#nanoTime()}.
 */
final class StopPortProbe implements AutoCloseable {

    static final int EVERY_MILLIS = 20;
    private static final int CONNECT_TIMEOUT_MILLIS = 1_000;

    private final InetSocketAddress address;
    private final Thread thread;
    private volatile long closedAt = -1;
    private volatile long lastOpenAt = -1;
    private volatile long timeouts;

    StopPortProbe(URI base) {
        this.address = new InetSocketAddress(base.getHost(), base.getPort());
        this.thread = new Thread(this::probe, "stoptest-port");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void probe() {
        long next = System.nanoTime();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(address, CONNECT_TIMEOUT_MILLIS);
                lastOpenAt = System.nanoTime();
            } catch (ConnectException e) {
                closedAt = System.nanoTime();
                return;
            } catch (IOException e) {
                timeouts++;
            }
            next += TimeUnit.MILLISECONDS.toNanos(EVERY_MILLIS);
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

    /** When a connection was first refused, or -1. */
    long closedAt() {
        return closedAt;
    }

    /** When a connection was last accepted, or -1. */
    long lastOpenAt() {
        return lastOpenAt;
    }

    long timeouts() {
        return timeouts;
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
