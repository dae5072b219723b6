package dev.baton.http;

import dev.baton.testing.IntegrationTest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SecretsAtRestTest} on PostgreSQL: what Baton kept is a dump of every table of the run's schema. */
@IntegrationTest
class SecretsAtRestPostgresTest {

    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    @TempDir
    Path data;

    @Test
    void noDisguisedSecretIsKeptInPostgres() throws Exception {
        String schema =
                "baton_secrets_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(POSTGRES, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String url = POSTGRES + "?currentSchema=" + schema;
        try {
            SecretsRun run = new SecretsRun(data, Map.of("BATON_DB_URL", url, "BATON_DB_USER", "postgres"));
            run.sendEverything();
            run.finish(() -> url, "postgres", "");
            String dump = StoredBytes.utf8Latin1(StoredBytes.dump(url, schema));
            LeakChecks.assertNothingLeaked(run, List.of(dump), "the PostgreSQL dump");
            LeakChecks.assertLookAlikesKept(run, List.of(dump), "the PostgreSQL dump");
        } finally {
            try (Connection c = DriverManager.getConnection(POSTGRES, "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
