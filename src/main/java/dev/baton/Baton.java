package dev.baton;

import dev.baton.http.BatonServer;
import dev.baton.http.Readiness;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/** A running Baton server and the database it owns; closing it deletes its admin file and stops both. */
public final class Baton implements AutoCloseable {

    private final BatonServer server;
    private final Readiness readiness;
    private final AutoCloseable admin;
    private final List<AutoCloseable> background;
    private final AutoCloseable database;
    private final String storeDescription;
    private final Duration stopDelay;

    Baton(
            BatonServer server,
            Readiness readiness,
            Duration stopDelay,
            AutoCloseable admin,
            List<AutoCloseable> background,
            AutoCloseable database,
            String storeDescription) {
        this.server = server;
        this.readiness = readiness;
        this.stopDelay = stopDelay;
        this.admin = admin;
        this.background = List.copyOf(background);
        this.database = database;
        this.storeDescription = storeDescription;
    }

    /** The port it listens on (useful when configured with port 0). */
    public int port() {
        return server.port();
    }

    /**
     * Which store it runs on, without credentials: {@code the embedded database in /abs/data} or
     * {@code PostgreSQL host:port/db}.
     */
    public String storeDescription() {
        return storeDescription;
    }

    /**
     * Stops: {@code /health/ready} answers 503 at once; the server keeps serving for the stop delay (so a load
     * balancer polling readiness stops sending here), then takes no new requests, lets those in flight finish
     * and closes its port; then the workers and the store close.
     */
    @Override
    public void close() {
        readiness.beginStop();
        // Waiting is the point: the balancer's next poll must see the 503 while the port still answers.
        long until = System.nanoTime() + stopDelay.toNanos();
        for (long left = stopDelay.toNanos(); left > 0; left = until - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
        // The admin file goes first: a command line process that still finds it gets an answer from the server.
        try {
            admin.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot delete the admin file: " + e.getMessage(), e);
        } finally {
            server.close();
        }
        try {
            for (AutoCloseable worker : background) {
                worker.close();
            }
            database.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the store: " + e.getMessage(), e);
        }
    }
}
