package dev.baton.store.jdbc;

import dev.baton.testing.IntegrationTest;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The report's containment over the scripted mix, on the embedded H2 file database. */
@IntegrationTest
class H2ReportTest extends ReportContract {

    @TempDir
    static Path dataDir;

    @Override
    Database open() {
        return Database.open(Database.embeddedUrl(dataDir), "baton", "", 4);
    }
}
