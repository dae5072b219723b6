package dev.baton.store.jdbc;

import com.zaxxer.hikari.HikariConfig;

/**
 * The databases the store runs on, and everything in which they differ: the store's SQL is otherwise
 * portable (H2 runs in PostgreSQL mode).
 */
enum Dialect {
    H2 {
        @Override
        void configure(HikariConfig config) {
            // Embedded: nothing to tune per connection; durability is set in the URL (Database.embeddedUrl).
        }
    },
    POSTGRESQL {
        @Override
        void configure(HikariConfig config) {
            // A turn inserts its messages as one batch; the driver then sends one multi-row INSERT.
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
    };

    /** The dialect of a JDBC URL. */
    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("the store runs on H2 or PostgreSQL, not " + Database.redact(jdbcUrl));
    }

    /** Sets the driver properties this database wants on the pool. */
    abstract void configure(HikariConfig config);

    /**
     * The clause that makes a {@code SELECT} lock the rows it returns and pass over rows other transactions
     * hold, so that several workers can take from one queue without waiting on each other. Both databases
     * accept this PostgreSQL syntax, but H2 (2.5) locks every row the query reads, before any
     * {@code LIMIT}: {@code ORDER BY ... LIMIT 1 FOR UPDATE SKIP LOCKED} over the queue takes all of it on
     * H2 and leaves nothing for a second worker. Portable use: read the candidate ids without locking, then
     * lock them one at a time by primary key ({@code WHERE id = ? AND status = 'queued'} + this clause)
     * until one is returned.
     */
    String lockSkippingLocked() {
        return " FOR UPDATE SKIP LOCKED";
    }
}
