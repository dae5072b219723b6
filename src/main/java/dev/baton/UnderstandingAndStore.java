package dev.baton;

import dev.baton.config.BatonConfig;
import dev.baton.config.StoreConfig;
import dev.baton.store.jdbc.Database;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a server stands on, opened side by side at start-up: the store opens (and migrates) on another thread
 * while the understanding (model, index, safety) loads on this one. A failure of either is the start's
 * failure; when the understanding fails, the store is closed once it has opened.
 *
 * @param storeNanos how long after the start the store was open
 */
record UnderstandingAndStore(Understanding understanding, Database database, long storeNanos) {

    private static final Logger STARTUP = LoggerFactory.getLogger("dev.baton.startup");

    /** The store, and how long after the start it was open. */
    private record Opened(Database database, long nanos) {}

    /** @param started when the start began, in {@link System#nanoTime()} */
    static UnderstandingAndStore open(BatonConfig config, long started) {
        CompletableFuture<Opened> opening =
                CompletableFuture.supplyAsync(() -> new Opened(database(config.store()), System.nanoTime() - started));
        Understanding understanding;
        try {
            understanding =
                    Understanding.load(config.nlu().corpusDir(), config.nlu().modelsDir(), config.support());
            STARTUP.debug("understanding loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            opening.thenAccept(opened -> opened.database().close());
            throw e;
        }
        Opened opened;
        try {
            opened = opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return new UnderstandingAndStore(understanding, opened.database(), opened.nanos());
    }

    /** Opens the configured store: the embedded database, or PostgreSQL. */
    static Database database(StoreConfig s) {
        String url = s.embedded() ? Database.embeddedUrl(s.dataDir()) : s.url();
        String user = s.embedded() ? Database.EMBEDDED_USER : s.user();
        String password = s.embedded() ? "" : s.password();
        return Database.open(url, user, password, s.poolSize());
    }
}
