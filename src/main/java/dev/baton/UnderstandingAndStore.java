package dev.baton;

import dev.baton.config.BatonConfig;
import dev.baton.config.StoreConfig;
import dev.baton.store.jdbc.Database;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What a server stands on, opened side by side at start-up: the store opens (and migrates) on another thread
 * while the understanding (model, index, safety) loads on this one. A failure of either is the start's
 * failure; when the understanding fails, the store is closed once it has opened.
 */
record UnderstandingAndStore(Understanding understanding, Database database) {

    /** Opens both, recording the store's pool and migration and each part of the understanding in {@code phases}. */
    static UnderstandingAndStore open(BatonConfig config, StartupPhases phases) {
        // A thread of its own: the common pool has a single thread on two cores, which the sentence models use.
        ExecutorService thread = Executors.newSingleThreadExecutor(App.daemon("baton-store-open"));
        CompletableFuture<Database> opening = CompletableFuture.supplyAsync(
                () -> {
                    Database database = phases.time("store", () -> database(config.store()));
                    Database.Opening o = database.opening();
                    phases.record("store.pool", o.started(), o.connected());
                    phases.record("store.migrate", o.connected(), o.migrated());
                    return database;
                },
                thread);
        thread.shutdown();
        Understanding understanding;
        try {
            understanding = phases.time(
                    "understanding",
                    () -> Understanding.load(
                            config.nlu().corpusDir(), config.nlu().modelsDir(), config.support(), phases));
        } catch (RuntimeException e) {
            opening.thenAccept(Database::close);
            throw e;
        }
        try {
            return phases.time("store.wait", () -> new UnderstandingAndStore(understanding, opening.join()));
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Opens the configured store: the embedded database, or PostgreSQL. */
    static Database database(StoreConfig s) {
        String url = s.embedded() ? Database.embeddedUrl(s.dataDir()) : s.url();
        String user = s.embedded() ? Database.EMBEDDED_USER : s.user();
        String password = s.embedded() ? "" : s.password();
        return Database.open(url, user, password, s.poolSize());
    }
}
