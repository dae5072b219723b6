package dev.baton.http;

import dev.baton.safety.AdversarialSecrets;
import dev.baton.store.jdbc.Database;
import dev.baton.testing.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adversarial corpus ({@link AdversarialSecrets}) through every way in: the chat API, the Telegram,
 * Slack, WeChat and generic webhooks, and agents' replies, on the embedded store and on PostgreSQL. Then
 * what Baton kept is searched, as bytes, for every secret: the H2 file (or a dump of every PostgreSQL table
 * of the schema), the logs at debug level, every HTTP response, every message sent to a platform and every
 * live event an agent's console received. Disguised secrets must be found nowhere and every one must hand
 * off urgently; look-alikes must be kept as sent.
 */
@IntegrationTest
class SecretsAtRestTest {

    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    @TempDir
    Path data;

    @Test
    void noDisguisedSecretIsKeptInTheEmbeddedStoreFile() throws Exception {
        SecretsRun run = new SecretsRun(data, Map.of());
        run.sendEverything();
        run.finish(() -> Database.embeddedUrl(data), "baton", "");
        // Read as the running server left it, old chunks and all: a clean stop compacts the file, and H2
        // compresses what it compacts, so afterwards no value would be found, stored or not.
        try {
            List<String> stored = StoredBytes.files(run.storedBeforeStop);
            LeakChecks.assertNothingLeaked(run, stored, "the H2 file");
            LeakChecks.assertLookAlikesKept(run, stored, "the H2 file");
        } finally {
            try (Stream<Path> copies = Files.list(run.storedBeforeStop)) {
                for (Path f : copies.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(run.storedBeforeStop);
        }
    }

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
