package dev.baton.cli;

import dev.baton.App;
import dev.baton.config.BatonConfig;
import dev.baton.config.StoreConfig;
import dev.baton.http.AdminFile;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * The agent accounts of the configured store, for a command line process: through the admin path of the server
 * running on the embedded store when one answers, else by opening the store. An embedded store is never
 * created here: a missing one means the command looks in the wrong home. Prints which database it uses, as one
 * line on {@code err} (stdout stays the command's result).
 */
final class StoreAgents {

    private StoreAgents() {}

    static <T> T with(BatonConfig config, PrintStream err, Function<AgentOps, T> work) {
        StoreConfig s = config.store();
        if (!s.embedded()) {
            err.println("using " + s.describe());
            return App.withAgents(config, accounts -> work.apply(AgentOps.of(accounts)));
        }
        Path file = App.embeddedFile(s.dataDir());
        if (!Files.isRegularFile(file)) {
            throw new CliException("no embedded database at " + file + " (Baton's home is " + config.home()
                    + "); run the command with --home DIR or BATON_HOME naming the server's home, or BATON_DATA_DIR"
                    + " its data directory");
        }
        Optional<AdminClient> server = AdminClient.find(s.dataDir());
        if (server.isPresent()) {
            err.println("using " + s.describe() + ", through the server on port "
                    + server.get().port());
            return work.apply(server.get());
        }
        err.println("using " + s.describe());
        try {
            return App.withAgents(config, accounts -> work.apply(AgentOps.of(accounts)));
        } catch (RuntimeException e) {
            if (inUse(e)) {
                throw new CliException(
                        "the embedded database in " + s.dataDir() + " is in use by another process,"
                                + " and no Baton server answered through its " + AdminFile.NAME
                                + "; stop that process, or try again once the server has started",
                        e);
            }
            throw e;
        }
    }

    /** Whether H2 refused the file because another process holds its lock. */
    private static boolean inUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("already in use") || m.contains("is locked"))) {
                return true;
            }
        }
        return false;
    }
}
