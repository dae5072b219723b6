package dev.baton.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.FakePlatform;
import dev.baton.channel.FakePlatform.Answer;
import dev.baton.http.ApiClient.Reply;
import dev.baton.store.jdbc.Database;
import dev.baton.testing.Poll;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * WhatsApp calling a running Baton: the settings that point Baton at a stand-in for the Graph API, calls signed
 * as Meta signs them, their bodies, and what the embedded store kept of a chat.
 */
final class WhatsappWebhooks {

    static final String APP_SECRET = "9c0ffee5a1f3c9e0b7d42e8a6c1f09b3";
    static final String VERIFY_TOKEN = "baton-verify-Zk81";
    static final String ACCESS_TOKEN = "EAAJB3a9ZCZBzUBOwhatsappTestToken42";
    static final String PHONE_NUMBER_ID = "106540352242922";
    static final String SIGNATURE = "X-Hub-Signature-256";
    /** The Graph API's answer to an accepted message. */
    static final Answer OK = Answer.json(
            200, "{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.HBgLMTU1NTA3ODM4ODEVAgARGBI\"}]}");

    /** How long a test waits for what it expects: a bound that only fails a test whose wait never ends. */
    static final Duration WAIT = Duration.ofSeconds(60);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiClient api;

    WhatsappWebhooks(ApiClient api) {
        this.api = api;
    }

    /** Baton's settings for WhatsApp answered by {@code graph} (its API version path included). */
    static Map<String, String> settings(FakePlatform graph) {
        return Map.of(
                "BATON_WHATSAPP_APP_SECRET", APP_SECRET,
                "BATON_WHATSAPP_VERIFY_TOKEN", VERIFY_TOKEN,
                "BATON_WHATSAPP_ACCESS_TOKEN", ACCESS_TOKEN,
                "BATON_WHATSAPP_PHONE_NUMBER_ID", PHONE_NUMBER_ID,
                "BATON_WHATSAPP_API_URL", graph.uri("/v21.0").toString());
    }

    /** {@code body} posted to the webhook, signed with the app secret. */
    Reply post(String body) {
        return post(body, "sha256=" + PlatformWebhooks.hmac(APP_SECRET, body));
    }

    /** {@code body} posted with {@code signature} as its {@code X-Hub-Signature-256} (none when null). */
    Reply post(String body, String signature) {
        return api.requestWithHeaders(
                "POST",
                "/webhooks/whatsapp",
                "application/json",
                body,
                signature == null ? Map.of() : Map.of(SIGNATURE, signature));
    }

    /** A call with one user message (inner JSON of {@code messages[]}). */
    static String call(String from, String message) {
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{"
                + "\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{"
                + "\"display_phone_number\":\"15550783881\",\"phone_number_id\":\"" + PHONE_NUMBER_ID + "\"},"
                + "\"contacts\":[{\"profile\":{\"name\":\"Li Wei\"},\"wa_id\":\"" + from + "\"}],\"messages\":["
                + message + "]}}]}]}";
    }

    /** A text message from {@code from}. */
    static String text(String wamid, String from, String text) {
        return call(
                from,
                "{\"from\":\"" + from + "\",\"id\":\"" + wamid + "\",\"timestamp\":\"1749115200\",\"type\":\"text\","
                        + "\"text\":{\"body\":" + JSON.valueToTree(text) + "}}");
    }

    /** A tap on a reply button or list row ({@code kind} {@code button_reply} or {@code list_reply}). */
    static String tap(String wamid, String from, String kind, String id, String title) {
        return call(
                from,
                "{\"from\":\"" + from + "\",\"id\":\"" + wamid + "\",\"timestamp\":\"1749115260\","
                        + "\"type\":\"interactive\",\"interactive\":{\"type\":\"" + kind + "\",\"" + kind + "\":{"
                        + "\"id\":" + JSON.valueToTree(id) + ",\"title\":" + JSON.valueToTree(title) + "}}}");
    }

    /** The messages the stand-in received for {@code to}, in order. */
    static List<JsonNode> sent(FakePlatform graph, String to) {
        return graph.calls().stream()
                .map(call -> {
                    try {
                        return JSON.readTree(call.body());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .filter(body -> body.path("to").asText().equals(to))
                .toList();
    }

    /** The messages to {@code to} once there are at least {@code count} (waited for, bounded). */
    static List<JsonNode> sentTo(FakePlatform graph, String to, int count) {
        return Poll.until(count + " messages to " + to, WAIT, () -> {
            List<JsonNode> sent = sent(graph, to);
            return sent.size() >= count ? sent : null;
        });
    }

    /** One stored message of a chat's conversation: who, what, and the decision's JSON (or null). */
    record Stored(String sender, String text, String decision) {}

    /** The messages of the WhatsApp chat's current conversation, in order, as the embedded store in {@code data} kept them. */
    static List<Stored> conversation(Path data, String chatId) {
        String sql = "SELECT m.sender, m.text, m.decision FROM messages m WHERE m.conversation_id = "
                + "(SELECT l.conversation_id FROM chat_links l WHERE l.channel = 'whatsapp' AND l.chat_id = ? "
                + "ORDER BY l.created_at DESC LIMIT 1) ORDER BY m.seq";
        List<Stored> stored = new ArrayList<>();
        try (Connection c = connect(data);
                PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, chatId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    stored.add(new Stored(row.getString(1), row.getString(2), row.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return stored;
    }

    /** The id of the WhatsApp chat's current conversation. */
    static String conversationId(Path data, String chatId) {
        try (Connection c = connect(data);
                PreparedStatement query = c.prepareStatement("SELECT conversation_id FROM chat_links "
                        + "WHERE channel = 'whatsapp' AND chat_id = ? ORDER BY created_at DESC LIMIT 1")) {
            query.setString(1, chatId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new AssertionError("no conversation for chat " + chatId);
                }
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** How many deliveries the store took in from WhatsApp whose event id starts with {@code prefix}. */
    static int inbound(Path data, String prefix) {
        try (Connection c = connect(data);
                PreparedStatement query = c.prepareStatement(
                        "SELECT COUNT(*) FROM inbound WHERE channel = 'whatsapp' AND event_id LIKE ?")) {
            query.setString(1, prefix + "%");
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static Connection connect(Path data) throws SQLException {
        // The server's own embedded database, opened beside it in this JVM.
        return DriverManager.getConnection(Database.embeddedUrl(data), Database.EMBEDDED_USER, "");
    }
}
