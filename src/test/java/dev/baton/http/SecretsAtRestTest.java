package dev.baton.http;

import dev.baton.safety.AdversarialSecrets;
import dev.baton.store.jdbc.Database;
import dev.baton.testing.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adversarial corpus ({@link AdversarialSecrets}) through every way in: the chat API, the Telegram,
 * Slack, WeChat and generic webhooks, and agents' replies, on the embedded store and on PostgreSQL. Then
 * what Baton kept is searched, as bytes, for every secret: the H2 file (or a dump of every PostgreSQL table
 * of the schema), the logs at debug level, every HTTP response, every message sent to a platform and every
 * live event an agent's console received. Disguised secrets must be found nowhere and every one must hand
 * off urgently; look-alikes must be kept as sent. This is the embedded store; {@link SecretsAtRestPostgresTest}
 * runs the same on PostgreSQL.
 */
@IntegrationTest
class SecretsAtRestTest {

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
}
