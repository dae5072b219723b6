package dev.baton.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on loopback in front of a real server, that a test can take down (the port refuses connections
 * and open ones are cut, as when a server or its network goes away) and bring back on the same port, while the
 * server behind it keeps its state. Bytes are copied as they come, one thread per direction.
 */
public final class TcpOutage implements AutoCloseable {

    private final int target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    private TcpOutage(int target) throws IOException {
        this.target = target;
        this.listener = bind(0);
        this.port = listener.getLocalPort();
        accept(listener);
    }

    /** A relay to {@code 127.0.0.1:target}, up. */
    public static TcpOutage to(int target) {
        try {
            return new TcpOutage(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The relay's port: connect here instead of to the server. */
    public int port() {
        return port;
    }

    /** Refuses new connections and cuts the open ones. */
    public synchronized void down() {
        closeQuietly(listener);
        open.forEach(TcpOutage::closeQuietly);
        open.clear();
    }

    /** Listens again on the same port. */
    public synchronized void up() {
        try {
            listener = bind(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        accept(listener);
    }

    @Override
    public void close() {
        down();
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    private void accept(ServerSocket from) {
        start("tcp-outage-accept-" + port, () -> {
            while (!from.isClosed()) {
                try {
                    Socket client = from.accept();
                    Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                    open.add(client);
                    open.add(server);
                    pipe(client, server);
                    pipe(server, client);
                } catch (IOException e) {
                    // Closed by down(), or the server refused: the client sees its connection end.
                }
            }
        });
    }

    private void pipe(Socket in, Socket out) {
        start("tcp-outage-pipe-" + port, () -> {
            try (InputStream from = in.getInputStream();
                    OutputStream to = out.getOutputStream()) {
                from.transferTo(to);
            } catch (IOException e) {
                // Cut.
            } finally {
                closeQuietly(in);
                closeQuietly(out);
                open.remove(in);
                open.remove(out);
            }
        });
    }

    private static void start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (Exception e) {
            // Nothing to do.
        }
    }
}
