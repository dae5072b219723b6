package dev.baton.config;

import java.nio.file.Path;

/**
 * Where conversations are stored: the embedded database under {@code dataDir} unless {@code url} names
 * another database (PostgreSQL).
 */
public record StoreConfig(Path dataDir, String url, String user, String password, int poolSize) {
    public StoreConfig {
        if (dataDir == null) {
            throw new ConfigException("store.dataDir must not be empty");
        }
        if (url != null && !url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            throw new ConfigException(
                    "BATON_DB_URL / store.url must be a jdbc:postgresql: (or jdbc:h2:) URL, not " + redactUrl(url));
        }
        if (poolSize < 2 || poolSize > 200) {
            // Schema migration holds two connections at once.
            throw new ConfigException("store.poolSize must be between 2 and 200, not " + poolSize);
        }
    }

    /** Whether the embedded database under {@link #dataDir()} is used. */
    public boolean embedded() {
        return url == null;
    }

    /** Which store this names, without credentials: the embedded one's directory or a PostgreSQL host. */
    public String describe() {
        if (embedded()) {
            return "the embedded database in " + dataDir;
        }
        String bare = url.split("[?;]", 2)[0];
        return bare.startsWith("jdbc:postgresql:")
                ? "PostgreSQL " + bare.replaceFirst("^jdbc:postgresql:(//)?", "")
                : "the database " + bare;
    }

    private static String redactUrl(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?...";
    }
}
