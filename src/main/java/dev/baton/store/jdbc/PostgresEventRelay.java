package dev.baton.store.jdbc;

import dev.baton.conversation.EventRelay;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link EventRelay} over PostgreSQL's LISTEN/NOTIFY, on a channel per schema. Announcements are sent by a
 * thread of their own, many to a notification, so that no turn waits on them; a second thread holds one
 * connection listening and hands other instances' announcements on (its own are skipped). A notification lost
 * while a connection is down only delays a client until it catches up ({@code GET ...?after=N}).
 */
public final class PostgresEventRelay implements EventRelay {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresEventRelay.class);
    /** PostgreSQL refuses payloads of 8,000 bytes or more. */
    private static final int MAX_PAYLOAD = 7_000;

    private static final int MAX_QUEUED = 100_000;
    private static final int POLL_MILLIS = 250;

    private final Database database;
    private final String channel;
    private final String instance;
    private final BlockingQueue<Announcement> outgoing = new LinkedBlockingQueue<>(MAX_QUEUED);
    private final Thread sender;
    private final Thread listener;
    private volatile Consumer<Announcement> handler = a -> {};
    private volatile boolean closed;
    private volatile boolean listening;

    private PostgresEventRelay(Database database, String channel) {
        this.database = database;
        this.channel = channel;
        byte[] id = new byte[6];
        new SecureRandom().nextBytes(id);
        this.instance = HexFormat.of().formatHex(id);
        this.sender = new Thread(this::sendLoop, "baton-relay-send");
        this.listener = new Thread(this::listenLoop, "baton-relay-listen");
        sender.setDaemon(true);
        listener.setDaemon(true);
    }

    /** A relay on the database's schema; its threads start at once. */
    public static PostgresEventRelay start(Database database) {
        if (database.dialect() != Dialect.POSTGRESQL) {
            throw new IllegalArgumentException("LISTEN/NOTIFY needs PostgreSQL");
        }
        String schema = Database.currentSchema(database.jdbcUrl());
        String channel = "baton_events" + (schema == null ? "" : "_" + schema);
        PostgresEventRelay relay =
                new PostgresEventRelay(database, channel.substring(0, Math.min(63, channel.length())));
        relay.sender.start();
        relay.listener.start();
        return relay;
    }

    @Override
    public boolean listening() {
        return listening && !closed;
    }

    @Override
    public void announce(Announcement announcement) {
        if (!outgoing.offer(announcement)) {
            LOG.warn(
                    "event relay backlog full; an event of conversation {} reaches other instances' clients "
                            + "only when they catch up",
                    announcement.conversationId());
        }
    }

    @Override
    public void listen(Consumer<Announcement> newHandler) {
        this.handler = newHandler;
    }

    private void sendLoop() {
        while (!closed) {
            try {
                Announcement first = outgoing.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                StringBuilder payload = new StringBuilder(instance);
                append(payload, first);
                Announcement next;
                while (payload.length() < MAX_PAYLOAD - 200 && (next = outgoing.poll()) != null) {
                    append(payload, next);
                }
                notifyOthers(payload.toString());
            } catch (InterruptedException e) {
                return;
            } catch (SQLException | RuntimeException e) {
                LOG.warn("cannot notify other instances: {}", e.toString());
            }
        }
    }

    private static void append(StringBuilder payload, Announcement a) {
        payload.append('\n')
                .append(a.kind().code())
                .append('\t')
                .append(a.conversationId())
                .append('\t')
                .append(a.ref());
    }

    private void notifyOthers(String payload) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement notify = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, channel);
            notify.setString(2, payload);
            notify.execute();
        }
    }

    private void listenLoop() {
        while (!closed) {
            try (Connection c = database.dataSource().getConnection()) {
                try (Statement listen = c.createStatement()) {
                    listen.execute("LISTEN \"" + channel + "\"");
                }
                listening = true;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] arrived = pg.getNotifications(POLL_MILLIS);
                    if (arrived != null) {
                        for (PGNotification n : arrived) {
                            deliver(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!closed) {
                    LOG.warn("event relay lost its listening connection, reconnecting: {}", e.toString());
                    pause();
                }
            }
        }
    }

    private void deliver(String payload) {
        String[] lines = payload.split("\n");
        if (lines.length == 0 || lines[0].equals(instance)) {
            return;
        }
        List<Announcement> announcements = new ArrayList<>(lines.length - 1);
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t", 3);
            if (f.length == 3) {
                announcements.add(new Announcement(kind(f[0].charAt(0)), f[1], f[2]));
            }
        }
        for (Announcement a : announcements) {
            try {
                handler.accept(a);
            } catch (RuntimeException e) {
                LOG.warn("relayed event of conversation {} failed: {}", a.conversationId(), e.toString());
            }
        }
    }

    private static Announcement.Kind kind(char first) {
        for (Announcement.Kind k : Announcement.Kind.values()) {
            if (k.code() == first) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown event kind " + first);
    }

    /** A second between reconnects, so a database that is down is not hammered. */
    private void pause() {
        try {
            TimeUnit.SECONDS.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        sender.interrupt();
        listener.interrupt();
        try {
            sender.join(2_000);
            listener.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
