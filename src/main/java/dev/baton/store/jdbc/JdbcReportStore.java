package dev.baton.store.jdbc;

import dev.baton.conversation.DecisionTrail;
import dev.baton.conversation.Sender;
import dev.baton.handoff.TicketStatus;
import dev.baton.report.ConversationFacts;
import dev.baton.report.MessageFact;
import dev.baton.report.ReportStore;
import dev.baton.report.TicketFacts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ReportStore} on the JDBC {@link Database}. Every read starts from an index on a time column
 * ({@code conversations_created}, {@code tickets_created}); messages are reached by their conversation's key.
 */
public final class JdbcReportStore implements ReportStore {

    private static final String IN_PERIOD = " FROM conversations c %s WHERE c.created_at >= ? AND c.created_at < ?";
    private static final String CONVERSATIONS = "SELECT c.id, c.created_at, l.channel, l.chat_id"
            + IN_PERIOD.formatted("LEFT JOIN chat_links l ON l.conversation_id = c.id")
            + " ORDER BY c.created_at, c.id";
    // Only a user's text is read, and only for the question a clarify answered.
    private static final String MESSAGES =
            "SELECT m.conversation_id, m.sender, CASE WHEN m.sender = 'user' THEN m.text END, m.decision, m.created_at"
                    + IN_PERIOD.formatted("JOIN messages m ON m.conversation_id = c.id")
                    + " ORDER BY m.conversation_id, m.seq";
    private static final String HANDOFFS = "SELECT t.conversation_id, t.created_at"
            + IN_PERIOD.formatted("JOIN tickets t ON t.conversation_id = c.id");
    private static final String TICKETS = "SELECT reason, status, created_at, updated_at, first_response_due, "
            + "assigned_at, first_response_at, resolved_at, rating FROM tickets WHERE created_at >= ? AND created_at < ?";
    private static final String CLARIFY = DecisionTrail.Action.CLARIFY.code();

    private final Transactions transactions;
    private final JsonColumns json;

    public JdbcReportStore(Database database) {
        this.transactions = new Transactions(database.dataSource());
        this.json = database.json();
    }

    private record Row(String id, Instant createdAt, String chat) {}

    @Override
    public List<ConversationFacts> conversations(Instant from, Instant to) {
        return transactions.autoCommit("read the conversations for the report", "", connection -> {
            Map<String, Row> rows = new LinkedHashMap<>();
            Map<String, List<MessageFact>> messages = new HashMap<>();
            Map<String, List<Instant>> tickets = new HashMap<>();
            try (PreparedStatement s = period(connection, CONVERSATIONS, from, to);
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String chat = r.getString(3) == null ? null : r.getString(3) + ":" + r.getString(4);
                    rows.put(r.getString(1), new Row(r.getString(1), Instant.ofEpochMilli(r.getLong(2)), chat));
                }
            }
            try (PreparedStatement s = period(connection, MESSAGES, from, to);
                    ResultSet r = s.executeQuery()) {
                String lastUserText = null;
                String conversation = null;
                while (r.next()) {
                    if (!r.getString(1).equals(conversation)) {
                        conversation = r.getString(1);
                        lastUserText = null;
                    }
                    Sender sender = Sender.fromWire(r.getString(2));
                    DecisionTrail trail = json.decision(r.getString(4));
                    String action = trail == null ? null : trail.action();
                    String askedOn = CLARIFY.equals(action) ? lastUserText : null;
                    lastUserText = sender == Sender.USER ? r.getString(3) : lastUserText;
                    messages.computeIfAbsent(conversation, k -> new ArrayList<>())
                            .add(new MessageFact(
                                    sender,
                                    Instant.ofEpochMilli(r.getLong(5)),
                                    action,
                                    trail == null ? null : trail.intent(),
                                    askedOn));
                }
            }
            try (PreparedStatement s = period(connection, HANDOFFS, from, to);
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    tickets.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                            .add(Instant.ofEpochMilli(r.getLong(2)));
                }
            }
            List<ConversationFacts> facts = new ArrayList<>(rows.size());
            for (Row row : rows.values()) {
                facts.add(new ConversationFacts(
                        row.id(),
                        row.chat(),
                        row.createdAt(),
                        messages.getOrDefault(row.id(), List.of()),
                        tickets.getOrDefault(row.id(), List.of())));
            }
            return facts;
        });
    }

    @Override
    public List<TicketFacts> tickets(Instant from, Instant to) {
        return transactions.autoCommit("read the tickets for the report", "", connection -> {
            List<TicketFacts> facts = new ArrayList<>();
            try (PreparedStatement s = period(connection, TICKETS, from, to);
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Integer rating = r.getObject(9) == null ? null : r.getInt(9);
                    facts.add(new TicketFacts(
                            r.getString(1),
                            TicketStatus.fromWire(r.getString(2)),
                            Instant.ofEpochMilli(r.getLong(3)),
                            Instant.ofEpochMilli(r.getLong(4)),
                            instant(r, 5),
                            instant(r, 6),
                            instant(r, 7),
                            instant(r, 8),
                            rating));
                }
            }
            return facts;
        });
    }

    private static PreparedStatement period(Connection connection, String sql, Instant from, Instant to)
            throws SQLException {
        PreparedStatement s = connection.prepareStatement(sql);
        s.setLong(1, from.toEpochMilli());
        s.setLong(2, to.toEpochMilli());
        return s;
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        long millis = r.getLong(column);
        return r.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
