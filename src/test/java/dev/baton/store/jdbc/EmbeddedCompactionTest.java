package dev.baton.store.jdbc;

import static dev.baton.store.jdbc.Fixtures.conversation;
import static dev.baton.store.jdbc.Fixtures.turn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.conversation.Conversation;
import dev.baton.testing.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing the embedded store leaves a file the size of its data, and never under another process. */
@IntegrationTest
class EmbeddedCompactionTest {

    @TempDir
    Path dataDir;

    @Test
    void closingTheEmbeddedStoreShrinksItsFileToItsLiveData() throws Exception {
        Path file = dataDir.resolve("baton.mv.db");
        long open;
        try (Database database = Database.open(Database.embeddedUrl(dataDir), "baton", "", 2)) {
            JdbcConversationStore store = new JdbcConversationStore(database);
            for (int i = 0; i < 500; i++) {
                Conversation c = conversation("c" + i);
                store.create(c);
                store.commit(turn(c, "hello")); // each turn's checkpoint writes a chunk of its own
            }
            open = Files.size(file);
        }
        long closed = Files.size(file);

        assertThat(closed).as("file after close, was %d bytes open", open).isLessThan(open / 4);
        try (Database reopened = Database.open(Database.embeddedUrl(dataDir), "baton", "", 2)) {
            assertThat(new JdbcConversationStore(reopened).messages("c499", 0, 10))
                    .hasSize(2);
        }
    }

    @Test
    void aSecondStoreOnTheSameFileLeavesTheDatabaseOpenWhenItCloses() {
        try (Database holder = Database.open(Database.embeddedUrl(dataDir), "baton", "", 2)) {
            JdbcConversationStore store = new JdbcConversationStore(holder);
            store.create(conversation("c1"));
            try (Database visitor = Database.open(Database.embeddedUrl(dataDir), "baton", "", 2)) {
                assertThat(new JdbcConversationStore(visitor).find("c1")).isPresent();
            }

            store.commit(turn(conversation("c1"), "still open"));
            assertThat(store.messages("c1", 0, 10)).hasSize(2);
        }
    }
}
