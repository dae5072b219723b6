package dev.baton;

import dev.baton.http.BatonServer;

/** A running Baton server and the database it owns; closing it stops both. */
public final class Baton implements AutoCloseable {

    private final BatonServer server;
    private final AutoCloseable watch;
    private final AutoCloseable database;
    private final String storeDescription;

    Baton(BatonServer server, AutoCloseable watch, AutoCloseable database, String storeDescription) {
        this.server = server;
        this.watch = watch;
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
            watch.close();
            database.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the store: " + e.getMessage(), e);
        }
    }
}
