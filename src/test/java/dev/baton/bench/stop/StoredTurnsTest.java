package dev.baton.bench.stop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.bench.BenchException;
import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationStore;
import dev.baton.conversation.Message;
import dev.baton.conversation.Sender;
import dev.baton.conversation.Turn;
import dev.baton.store.jdbc.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An acknowledged turn counts as kept only when its user message is at its seq with the text sent. */
class StoredTurnsTest {

    private static final byte[] HELLO = "{\"text\":\"你好\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] THANKS = "{\"text\":\"谢谢\"}".getBytes(StandardCharsets.UTF_8);

    private final Map<String, List<Message>> stored = new HashMap<>();

    @Test
    void everyAcknowledgedTurnIsLookedForByConversationSeqAndText() {
        store("a", Sender.USER, "你好", Sender.BOT, "您好", Sender.USER, "谢谢", Sender.BOT, "不客气");
        store("b", Sender.USER, "你好", Sender.BOT, "您好");

        StoredTurns.Check check = new StoredTurns(new ObjectMapper())
                .check(
                        new Pages(),
                        List.of(
                                turn("a", 1, HELLO),
                                turn("a", 3, THANKS),
                                turn("b", 1, HELLO),
                                turn("b", 2, HELLO), // a bot's reply sits there
                                turn("b", 3, HELLO), // never stored
                                turn("a", 1, THANKS), // another text
                                turn("c", 1, HELLO))); // no such conversation

        assertThat(check.acknowledged()).isEqualTo(7);
        assertThat(check.found()).isEqualTo(3);
        assertThat(check.missing()).isEqualTo(4);
        assertThat(check.examples())
                .containsExactly(
                        "a seq 1: another text",
                        "b seq 2: a bot message",
                        "b seq 3: no message",
                        "c seq 1: no message");
    }

    @Test
    void aConversationLongerThanOnePageIsReadToItsEnd() {
        Object[] many = new Object[2 * 1_500];
        for (int i = 0; i < many.length; i += 2) {
            many[i] = Sender.USER;
            many[i + 1] = "你好";
        }
        store("long", many);

        StoredTurns.Check check =
                new StoredTurns(new ObjectMapper()).check(new Pages(), List.of(turn("long", 1_400, HELLO)));

        assertThat(check.found()).isEqualTo(1);
    }

    @Test
    void theStoreIsTheOneTheServerWasGiven(@TempDir Path dir) {
        assertThat(StoredTurns.settings(Map.of(
                        "BATON_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=s",
                        "BATON_DB_USER", "postgres")))
                .satisfies(s -> {
                    assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=s");
                    assertThat(s.user()).isEqualTo("postgres");
                });
        assertThatThrownBy(() -> StoredTurns.settings(Map.of("BATON_DATA_DIR", dir.toString())))
                .isInstanceOf(BenchException.class)
                .hasMessageContaining("left no embedded store");
        Database.open(Database.embeddedUrl(dir), "", "", 2).close();
        assertThat(StoredTurns.settings(Map.of("BATON_DATA_DIR", dir.toString()))
                        .jdbcUrl())
                .isEqualTo(Database.embeddedUrl(dir));
    }

    private static StopTurn turn(String conversation, long seq, byte[] body) {
        return StopTurn.acknowledged(0, 0, 1, conversation, seq, body);
    }

    private void store(String conversation, Object... senderAndText) {
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < senderAndText.length; i += 2) {
            messages.add(new Message(
                    conversation,
                    i / 2 + 1,
                    (Sender) senderAndText[i],
                    (String) senderAndText[i + 1],
                    null,
                    null,
                    Instant.EPOCH));
        }
        stored.put(conversation, messages);
    }

    /** Pages through the messages as the JDBC store does. */
    private final class Pages implements ConversationStore {
        @Override
        public List<Message> messages(String conversationId, long afterSeq, int limit) {
            return stored.getOrDefault(conversationId, List.of()).stream()
                    .filter(m -> m.seq() > afterSeq)
                    .limit(limit)
                    .toList();
        }

        @Override
        public void create(Conversation conversation) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Conversation> find(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void commit(Turn turn) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int deleteEmptyBefore(Instant cutoff) {
            throw new UnsupportedOperationException();
        }
    }
}
