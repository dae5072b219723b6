package dev.baton;

import dev.baton.http.BatonServer;
import dev.baton.http.Readiness;
import java.util.List;

/** A running Baton server and the database it owns; closing it deletes its admin file and stops both. */
public final class Baton implements AutoCloseable {

    private final BatonServer server;
    private final Readiness readiness;
    private final AutoCloseable admin;
    private final List<AutoCloseable> background;
    private final AutoCloseable database;
    private final String storeDescription;

    Baton(
            BatonServer server,
            Readiness readiness,
            AutoCloseable admin,
            List<AutoCloseable> background,
            AutoCloseable database,
            String storeDescription) {
        this.server = server;
        this.readiness = readiness;
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

    @Override
    public void close() {
        // Not ready before anything closes: a load balancer stops sending users here while the rest shuts down.
        readiness.beginStop();
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
