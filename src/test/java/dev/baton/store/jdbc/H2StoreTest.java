package dev.baton.store.jdbc;

import dev.baton.testing.IntegrationTest;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded H2 file database. */
@IntegrationTest
class H2StoreTest extends StoreContract {

    @TempDir
    static Path dataDir;

    @Override
    Database open() {
        return Database.open(Database.embeddedUrl(dataDir), "baton", "", 4);
    }

    @Override
    Dialect dialect() {
        return Dialect.H2;
    }
}
