package dev.baton;

import dev.baton.http.BatonServer;
import java.util.List;

/** A running Baton server and the database it owns; closing it stops both. */
public final class Baton implements AutoCloseable {

    private final BatonServer server;
    private final List<AutoCloseable> background;
    private final AutoCloseable database;
    private final String storeDescription;

    Baton(BatonServer server, List<AutoCloseable> background, AutoCloseable database, String storeDescription) {
        this.server = server;
        this.background = List.copyOf(background);
        this.database = database;
        this.storeDescription = storeDescription;
    }

    /** The port it listens on (useful when configured with port 0). */
    public int port() {
        return server.port();
    }

    /** Which store it runs on, without credentials: {@code embedded database in ./data} or a PostgreSQL host. */
    public String storeDescription() {
        return storeDescription;
    }

    @Override
    public void close() {
        server.close();
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
