package dev.baton.store.jdbc;

import dev.baton.channel.email.MailThreads;
import dev.baton.channel.email.TicketReference;
import dev.baton.conversation.Conversation;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link MailThreads} on the JDBC {@link Database}: references looked up among the address's email links, the
 * user's latest mail from the inbound deliveries (kept for a week), and the Message-ID key made once in
 * {@code signing_keys} by whichever instance needs it first.
 */
public final class JdbcMailThreads implements MailThreads {

    private static final String PURPOSE = "mail-message-id";
    private static final int KEY_BYTES = 32;
    private static final String BY_REFERENCE = "SELECT conversation_id FROM chat_links WHERE channel = 'email' "
            + "AND chat_id = ? AND conversation_id LIKE ? ORDER BY created_at DESC LIMIT 1";
    private static final String LAST_MAIL = "SELECT i.event_id, i.topic FROM inbound i JOIN chat_links l "
            + "ON l.channel = i.channel AND l.chat_id = i.chat_id WHERE l.conversation_id = ? "
            + "AND i.channel = 'email' AND i.event_id LIKE '<%' ORDER BY i.id DESC LIMIT 1";
    private static final String MAKE_KEY = "INSERT INTO signing_keys (purpose, secret, created_at) "
            + "SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM signing_keys WHERE purpose = ?)";
    private static final String READ_KEY = "SELECT secret FROM signing_keys WHERE purpose = ?";

    private final Transactions transactions;
    private final Database database;
    private final Function<String, Optional<Conversation>> conversations;
    private final Clock clock;
    private volatile byte[] key;

    public JdbcMailThreads(Database database, Function<String, Optional<Conversation>> conversations, Clock clock) {
        this.database = database;
        this.transactions = new Transactions(database.dataSource());
        this.conversations = conversations;
        this.clock = clock;
    }

    @Override
    public Optional<String> conversationOf(TicketReference ticket, String address) {
        return transactions.autoCommit("find the conversation of a ticket reference", ticket.code(), c -> {
            try (PreparedStatement find = c.prepareStatement(BY_REFERENCE)) {
                find.setString(1, address);
                find.setString(2, "c\\_" + ticket.code().toLowerCase(Locale.ROOT) + "%");
                try (ResultSet row = find.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<Thread> thread(String conversationId) {
        return conversations.apply(conversationId).map(conversation -> {
            String[] last = transactions.autoCommit("find the user's latest mail", conversationId, c -> {
                try (PreparedStatement find = c.prepareStatement(LAST_MAIL)) {
                    find.setString(1, conversationId);
                    try (ResultSet row = find.executeQuery()) {
                        return row.next() ? new String[] {row.getString(1), row.getString(2)} : new String[2];
                    }
                }
            });
            return new Thread(conversation.memory().language(), last[0], last[1]);
        });
    }

    @Override
    public byte[] messageIdKey() {
        byte[] known = key;
        if (known != null) {
            return known.clone();
        }
        byte[] fresh = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(fresh);
        String stored = transactions.autoCommit("make or read the Message-ID key", PURPOSE, c -> {
            try (PreparedStatement make = c.prepareStatement(MAKE_KEY)) {
                make.setString(1, PURPOSE);
                make.setString(2, HexFormat.of().formatHex(fresh));
                make.setLong(3, clock.millis());
                make.setString(4, PURPOSE);
                make.executeUpdate();
            } catch (SQLException e) {
                // Another instance made it at the same moment: read theirs.
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
            }
            try (PreparedStatement read = c.prepareStatement(READ_KEY)) {
                read.setString(1, PURPOSE);
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            }
        });
        database.awaitDurable();
        key = HexFormat.of().parseHex(stored);
        return key.clone();
    }
}
