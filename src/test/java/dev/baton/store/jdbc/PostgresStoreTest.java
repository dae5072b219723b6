package dev.baton.store.jdbc;

import dev.baton.testing.IntegrationTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The store contract on PostgreSQL at 127.0.0.1:5432, database {@code test}, user {@code postgres} (trust
 * auth), in a schema of its own that is dropped afterwards. CI provides the server: when it cannot be
 * reached these tests fail rather than skip.
 */
@IntegrationTest
class PostgresStoreTest extends StoreContract {

    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String USER = "postgres";

    private final String schema =
            "baton_t_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());

    @Override
    Database open() {
        admin("CREATE SCHEMA " + schema);
        return Database.open(SERVER + "?currentSchema=" + schema, USER, "", 4);
    }

    @Override
    Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    void dispose() {
        admin("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER, USER, "")) {
            Sql.execute(c, sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " is required for these tests: " + sql, e);
        }
    }
}
