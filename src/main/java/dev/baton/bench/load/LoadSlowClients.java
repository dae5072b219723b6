package dev.baton.bench.load;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Attackers beside the load: {@code count} connections that each start a {@code POST} with a 1,000-byte body and
 * send it one byte every few seconds, reopening whenever the server answers or closes, so that many are held
 * open for the whole run. Half start a conversation, half a Telegram update, which needs no token either.
 */
final class LoadSlowClients implements AutoCloseable {

    static final int MAX = 2_000;
    private static final long BYTE_EVERY_NANOS = TimeUnit.SECONDS.toNanos(3);
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    private final URI base;
    private final int count;
    private final List<Socket> sockets = new ArrayList<>();
    private final Thread trickler;
    private volatile boolean running = true;
    private long reopened;
    private volatile int held;

    private LoadSlowClients(URI base, int count) {
        this.base = base;
        this.count = count;
        this.trickler = new Thread(this::trickle, "loadtest-slow-clients");
        this.trickler.setDaemon(true);
    }

    /** Opens the connections and starts trickling; none when {@code count} is 0. */
    static LoadSlowClients start(URI base, int count) throws IOException {
        LoadSlowClients slow = new LoadSlowClients(base, count);
        for (int i = 0; i < count; i++) {
            slow.sockets.add(slow.open(i));
        }
        slow.held = count;
        if (count > 0) {
            slow.trickler.start();
        }
        return slow;
    }

    int count() {
        return count;
    }

    /** Connections that had to be reopened because the server answered or closed them. */
    synchronized long reopened() {
        return reopened;
    }

    /** How many were open at the last round. */
    int held() {
        return held;
    }

    private Socket open(int i) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), CONNECT_TIMEOUT_MILLIS);
        String path = i % 2 == 0 ? "/api/v1/conversations" : "/webhooks/telegram";
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 1000\r\n\r\n{")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private void trickle() {
        long next = System.nanoTime();
        while (running) {
            next += BYTE_EVERY_NANOS;
            int open = 0;
            for (int i = 0; i < sockets.size() && running; i++) {
                Socket socket = sockets.get(i);
                try {
                    if (socket.getInputStream().available() > 0) {
                        throw new IOException("answered"); // refused or timed out: reopen, as an attacker would
                    }
                    socket.getOutputStream().write(' ');
                    socket.getOutputStream().flush();
                    open++;
                } catch (IOException e) {
                    closeQuietly(socket);
                    try {
                        sockets.set(i, open(i));
                        open++;
                        synchronized (this) {
                            reopened++;
                        }
                    } catch (IOException again) {
                        // The server refused a connection; try again next round.
                    }
                }
            }
            held = open;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait); // the attackers' pace, not a wait for the server
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        trickler.interrupt();
        try {
            trickler.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sockets.forEach(LoadSlowClients::closeQuietly);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
