package dev.baton.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain SQL for test set-up and checks. */
final class Sql {

    private Sql() {}

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** The first column of every row. */
    static List<String> column(Connection connection, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet row = s.executeQuery(query)) {
            while (row.next()) {
                values.add(row.getString(1));
            }
        }
        return values;
    }

    /** The first column of the first row, or null when there is none. */
    static String single(Connection connection, String query) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet row = s.executeQuery(query)) {
            return row.next() ? row.getString(1) : null;
        }
    }
}
