package dev.baton.store.jdbc;

import java.util.Objects;

/**
 * Where the store lives and how many connections it may hold.
 *
 * @param jdbcUrl     {@code jdbc:h2:file:...} (see {@link Database#embeddedUrl}) or {@code jdbc:postgresql://...}
 * @param user        the database user; empty for none
 * @param password    its password; empty for none. Never printed by {@link #toString()}
 * @param maxPoolSize the most connections held at once, at least 1
 */
public record StoreSettings(String jdbcUrl, String user, String password, int maxPoolSize) {
    public StoreSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (jdbcUrl.isBlank()) {
            throw new IllegalArgumentException("jdbcUrl is required");
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1: " + maxPoolSize);
        }
        Dialect.of(jdbcUrl);
    }

    @Override
    public String toString() {
        return "StoreSettings[jdbcUrl=" + Database.redact(jdbcUrl) + ", user=" + user + ", password="
                + (password.isEmpty() ? "" : "***") + ", maxPoolSize=" + maxPoolSize + "]";
    }
}
