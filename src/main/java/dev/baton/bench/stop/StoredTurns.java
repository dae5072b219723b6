package dev.baton.bench.stop;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.bench.BenchException;
import dev.baton.conversation.ConversationStore;
import dev.baton.conversation.Message;
import dev.baton.conversation.Sender;
import dev.baton.store.jdbc.Database;
import dev.baton.store.jdbc.JdbcConversationStore;
import dev.baton.store.jdbc.StoreSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks for every acknowledged turn in the store the stopped server used: the user message at the seq the server
 * answered with, in that conversation, with the text that was sent. The store is opened here, beside nothing
 * (the server has exited), with the settings it was given.
 */
public final class StoredTurns {

    /** What the store held of the acknowledged turns; {@code examples} names a few that were not there. */
    public record Check(long acknowledged, long found, long missing, List<String> examples) {
        public Check {
            examples = List.copyOf(examples);
        }
    }

    private static final int EXAMPLES = 5;
    private static final int PAGE = 1_000;

    private final ObjectMapper json;
    private final Map<byte[], String> texts = new IdentityHashMap<>();

    public StoredTurns(ObjectMapper json) {
        this.json = json;
    }

    /** Checks {@code acknowledged} against the store named by a spawned server's {@code storeSettings}. */
    Check check(Map<String, String> storeSettings, List<StopTurn> acknowledged) {
        Database database;
        try {
            database = Database.open(settings(storeSettings));
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new BenchException("cannot open the stopped server's store: " + e.getMessage() + ": " + root, e);
        }
        try (database) {
            return check(new JdbcConversationStore(database), acknowledged);
        }
    }

    /** Checks {@code acknowledged} against {@code store}, one read of each conversation. */
    public Check check(ConversationStore store, List<StopTurn> acknowledged) {
        Map<String, List<StopTurn>> byConversation = new LinkedHashMap<>();
        for (StopTurn turn : acknowledged) {
            byConversation
                    .computeIfAbsent(turn.conversationId(), k -> new ArrayList<>())
                    .add(turn);
        }
        long found = 0;
        List<String> examples = new ArrayList<>();
        for (Map.Entry<String, List<StopTurn>> e : byConversation.entrySet()) {
            Map<Long, Message> stored = new LinkedHashMap<>();
            List<Message> page;
            long after = 0;
            do {
                page = store.messages(e.getKey(), after, PAGE);
                for (Message m : page) {
                    stored.put(m.seq(), m);
                    after = m.seq();
                }
            } while (page.size() == PAGE);
            for (StopTurn turn : e.getValue()) {
                Message m = stored.get(turn.seq());
                String why = m == null
                        ? "no message"
                        : m.sender() != Sender.USER
                                ? "a " + m.sender().wire() + " message"
                                : !m.text().equals(text(turn.body())) ? "another text" : null;
                if (why == null) {
                    found++;
                } else if (examples.size() < EXAMPLES) {
                    examples.add(e.getKey() + " seq " + turn.seq() + ": " + why);
                }
            }
        }
        return new Check(acknowledged.size(), found, acknowledged.size() - found, examples);
    }

    private String text(byte[] body) {
        return texts.computeIfAbsent(body, b -> {
            try {
                return json.readTree(b).path("text").asText();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read a body this run wrote", e);
            }
        });
    }

    /** The store a spawned server was given: {@code BATON_DB_URL} and its user, or {@code BATON_DATA_DIR}. */
    static StoreSettings settings(Map<String, String> storeSettings) {
        String url = storeSettings.get("BATON_DB_URL");
        if (url != null) {
            return new StoreSettings(
                    url, storeSettings.get("BATON_DB_USER"), storeSettings.get("BATON_DB_PASSWORD"), 2);
        }
        String dir = storeSettings.get("BATON_DATA_DIR");
        if (dir == null || !Files.isRegularFile(Database.embeddedFile(Path.of(dir)))) {
            throw new BenchException("the stopped server left no embedded store to check in " + dir);
        }
        return new StoreSettings(Database.embeddedUrl(Path.of(dir)), Database.EMBEDDED_USER, null, 2);
    }
}
