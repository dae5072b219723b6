package dev.baton.http;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the cases of a {@link SecretsRun} left in the store, read through a connection of its own. */
final class CaseOutcomes {

    /** What a case left: its user messages as stored, and the reasons of its urgent tickets. */
    record Outcome(List<String> userTexts, Set<String> urgentReasons) {}

    /** Waits, by bounded polling, until every platform delivery made its turn. */
    static void awaitDeliveries(Connection c) throws SQLException, InterruptedException {
        for (int poll = 0; poll < 6_000; poll++) {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT COUNT(*) FROM inbound WHERE status = 'pending'")) {
                r.next();
                if (r.getInt(1) == 0) {
                    return;
                }
            }
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
        }
        throw new AssertionError("platform deliveries still pending after bounded polling");
    }

    /** The conversation each platform case ended up in, added to {@code conversationOf}. */
    static void resolveChats(Connection c, Map<String, String> chatOf, Map<String, String> conversationOf)
            throws SQLException {
        try (PreparedStatement find = c.prepareStatement(
                "SELECT conversation_id FROM chat_links WHERE channel = ? AND chat_id = ? ORDER BY created_at")) {
            for (Map.Entry<String, String> e : chatOf.entrySet()) {
                int split = e.getValue().lastIndexOf(':');
                find.setString(1, e.getValue().substring(0, split));
                find.setString(2, e.getValue().substring(split + 1));
                try (ResultSet r = find.executeQuery()) {
                    if (r.next()) {
                        conversationOf.put(e.getKey(), r.getString(1));
                    }
                }
            }
        }
    }

    /** What each case in {@code conversationOf} left in the store. */
    static Map<String, Outcome> read(Connection c, Map<String, String> conversationOf) throws SQLException {
        Map<String, Outcome> byCase = new HashMap<>();
        try (PreparedStatement texts = c.prepareStatement(
                        "SELECT text FROM messages WHERE conversation_id = ? AND sender = 'user' ORDER BY seq");
                PreparedStatement tickets = c.prepareStatement(
                        "SELECT reason FROM tickets WHERE conversation_id = ? AND priority = 'urgent'")) {
            for (Map.Entry<String, String> e : conversationOf.entrySet()) {
                List<String> stored = new ArrayList<>();
                texts.setString(1, e.getValue());
                try (ResultSet r = texts.executeQuery()) {
                    while (r.next()) {
                        stored.add(r.getString(1));
                    }
                }
                Set<String> reasons = new HashSet<>();
                tickets.setString(1, e.getValue());
                try (ResultSet r = tickets.executeQuery()) {
                    while (r.next()) {
                        reasons.add(r.getString(1));
                    }
                }
                byCase.put(e.getKey(), new Outcome(stored, reasons));
            }
        }
        return byCase;
    }

    private CaseOutcomes() {}
}
