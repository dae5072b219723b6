package dev.baton.store.jdbc;

import dev.baton.testing.IntegrationTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** The report's containment over the scripted mix, on PostgreSQL in a schema of its own (fails if it is down). */
@IntegrationTest
class PostgresReportTest extends ReportContract {

    private final String schema =
            "baton_r_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());

    @Override
    Database open() {
        admin("CREATE SCHEMA " + schema);
        return Database.open(PostgresStoreTest.SERVER + "?currentSchema=" + schema, PostgresStoreTest.USER, "", 4);
    }

    @Override
    void dispose() {
        admin("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(PostgresStoreTest.SERVER, PostgresStoreTest.USER, "")) {
            Sql.execute(c, sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + PostgresStoreTest.SERVER + " is required: " + sql, e);
        }
    }
}
