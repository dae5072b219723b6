package dev.baton.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where a spawned server lives: a free loopback port, a PostgreSQL schema of its own, a folder removed after. */
public final class LoadPlaces {

    private LoadPlaces() {}

    /** Removes {@code root} and everything under it, if it exists. */
    public static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }

    /** A loopback port nothing listens on now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * The PostgreSQL URL with a schema of its own for this run (unless it names one), so that runs do not
     * inherit each other's queues; the server creates it on start. Drop old ones with
     * {@code DROP SCHEMA baton_load_... CASCADE}.
     */
    public static String freshSchema(String url) {
        if (url.contains("currentSchema=")) {
            return url;
        }
        String schema = "baton_load_" + Long.toString(System.currentTimeMillis(), 36);
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
