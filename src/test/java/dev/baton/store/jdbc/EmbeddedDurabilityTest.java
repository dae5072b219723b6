package dev.baton.store.jdbc;

import static dev.baton.store.jdbc.Fixtures.conversation;
import static dev.baton.store.jdbc.Fixtures.turn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationStore;
import dev.baton.conversation.Message;
import dev.baton.conversation.Turn;
import dev.baton.handoff.Priority;
import dev.baton.handoff.TicketStatus;
import dev.baton.testing.IntegrationTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded H2 file keeps what was committed: across a clean close, and across a SIGKILL. */
@IntegrationTest
class EmbeddedDurabilityTest {

    private static final int ACKS_BEFORE_KILL = 50;

    @TempDir
    Path dataDir;

    @Test
    void aReopenedStoreHasEverythingCommittedBeforeClose() {
        String url = Database.embeddedUrl(dataDir);
        Turn turn;
        try (Database database = Database.open(url, "baton", "", 2)) {
            ConversationStore store = new JdbcConversationStore(database);
            Conversation c = conversation("c1");
            store.create(c);
            turn = turn(
                    c,
                    Fixtures.T0.plusSeconds(1),
                    Optional.of(Fixtures.ticket("t1", "c1", Priority.URGENT, TicketStatus.QUEUED, Fixtures.T0)),
                    "我的钱包 🔐");
            store.commit(turn);
        }

        try (Database reopened = Database.open(url, "baton", "", 2)) {
            ConversationStore store = new JdbcConversationStore(reopened);
            assertThat(store.find("c1")).contains(turn.conversation());
            assertThat(store.messages("c1", 0, 10)).containsExactlyElementsOf(turn.messages());
            assertThat(new JdbcTicketStore(reopened).find("t1")).isEqualTo(turn.ticket());
        }
    }

    @Test
    void everyAcknowledgedCommitSurvivesAKillOfTheProcess() throws Exception {
        String url = Database.embeddedUrl(dataDir);
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CommitLoop.class.getName(),
                        url,
                        "killed",
                        "100000")
                .redirectError(dataDir.resolve("child.err").toFile())
                .start();
        long acknowledged;
        try {
            acknowledged = assertTimeoutPreemptively(
                    Duration.ofSeconds(300),
                    () -> readAcks(child),
                    () -> "the child did not acknowledge " + ACKS_BEFORE_KILL + " turns; see child.err");
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS))
                    .as("the child exits when killed")
                    .isTrue();
        }

        try (Database reopened = Database.open(url, "baton", "", 2)) {
            ConversationStore store = new JdbcConversationStore(reopened);
            Conversation survivor = store.find("killed").orElse(null);
            assertThat(survivor).as("the conversation, created before any ack").isNotNull();
            assertThat(survivor.lastSeq()).isGreaterThanOrEqualTo(acknowledged);
            List<Message> kept = store.messages("killed", 0, (int) acknowledged);
            assertThat(kept)
                    .extracting(Message::seq)
                    .containsExactlyElementsOf(
                            LongStream.rangeClosed(1, acknowledged).boxed().toList());
        }
    }

    /** Reads acknowledged seqs until {@link #ACKS_BEFORE_KILL} turns are in; returns the last one. */
    private static long readAcks(Process child) throws IOException {
        BufferedReader acks = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        long last = 0;
        for (int turns = 0; turns < ACKS_BEFORE_KILL; turns++) {
            String line = acks.readLine();
            if (line == null) {
                throw new IllegalStateException("the child ended after " + turns + " turns");
            }
            last = Long.parseLong(line.trim());
        }
        return last;
    }
}
