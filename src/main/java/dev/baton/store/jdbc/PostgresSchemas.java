package dev.baton.store.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Dropping a PostgreSQL schema a measuring tool made for one run; the product never drops one. */
public final class PostgresSchemas {

    private PostgresSchemas() {}

    /** Drops {@code schema} and everything in it, if it exists; {@code schema} must be a plain identifier. */
    public static void drop(String jdbcUrl, String user, String password, String schema) {
        if (!schema.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain schema name: " + schema);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new StoreException("cannot drop the schema " + schema + " of " + Database.redact(jdbcUrl), e);
        }
    }
}
