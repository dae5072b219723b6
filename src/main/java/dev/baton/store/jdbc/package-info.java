/**
 * The JDBC store: {@link dev.baton.store.jdbc.Database} owns the connection pool and the schema (Flyway
 * migrations under {@code db/migration}), {@link dev.baton.store.jdbc.JdbcConversationStore} and
 * {@link dev.baton.store.jdbc.JdbcTicketStore} adapt it to the ports. It runs on an embedded H2 file (the
 * default) or on PostgreSQL; {@link dev.baton.store.jdbc.Dialect} is the only place where they differ.
 */
package dev.baton.store.jdbc;
