package dev.baton.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.testing.IntegrationTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@IntegrationTest
class StoreSettingsTest {

    @Test
    void thePasswordIsNeverPrinted() {
        StoreSettings settings =
                new StoreSettings("jdbc:postgresql://db/baton?password=hunter2", "baton", "hunter2", 8);

        assertThat(settings.toString()).doesNotContain("hunter2").contains("jdbc:postgresql://db/baton");
    }

    @Test
    void onlyH2AndPostgresqlUrlsAreAccepted() {
        assertThat(Dialect.of("jdbc:h2:file:/x/baton")).isEqualTo(Dialect.H2);
        assertThat(Dialect.of("jdbc:postgresql://localhost/baton")).isEqualTo(Dialect.POSTGRESQL);
        assertThatThrownBy(() -> new StoreSettings("jdbc:mysql://localhost/baton", "u", "p", 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoreSettings("jdbc:h2:mem:x", "u", "p", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEmbeddedUrlIsAnAbsoluteH2FileInPostgresModeWrittenByGroupCommit() {
        String url = Database.embeddedUrl(Path.of("data"));

        assertThat(url)
                .startsWith("jdbc:h2:file:" + Path.of("data").toAbsolutePath().resolve("baton"))
                .contains(";MODE=PostgreSQL")
                .doesNotContain("WRITE_DELAY");
    }

    @Test
    void aPostgresUrlsCurrentSchemaIsTheOneMigrated() {
        assertThat(Database.currentSchema("jdbc:postgresql://h:5432/test?currentSchema=baton_x&ssl=false"))
                .isEqualTo("baton_x");
        assertThat(Database.currentSchema("jdbc:postgresql://h:5432/test")).isNull();
        assertThat(Database.currentSchema("jdbc:h2:file:/x;currentSchema=y")).isNull();
    }

    @Test
    void aServerStartedOnAPostgresSchemaThatDoesNotExistCreatesIt() throws Exception {
        String schema = "baton_new_" + Long.toString(System.nanoTime(), 36);
        String url = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema;
        try (Database database = Database.open(url, "postgres", "", 2)) {
            assertThat(new JdbcTicketStore(database).queueOrder()).isEmpty();
        } finally {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                            "jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                    java.sql.Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
