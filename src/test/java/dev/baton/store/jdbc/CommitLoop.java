package dev.baton.store.jdbc;

import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationStore;
import dev.baton.conversation.Turn;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * The child process of the kill test: opens the store at {@code args[0]}, creates conversation
 * {@code args[1]} and commits one-message turns to it, printing each seq once its commit has returned.
 * Stops after {@code args[2]} turns so it never outlives a parent that died.
 */
public final class CommitLoop {

    private CommitLoop() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int maxTurns = Integer.parseInt(args[2]);
        try (Database database = Database.open(args[0], "baton", "", 2)) {
            ConversationStore store = new JdbcConversationStore(database);
            Conversation c = Fixtures.conversation(args[1]);
            store.create(c);
            for (int i = 0; i < maxTurns; i++) {
                Turn turn = Fixtures.turn(c, Instant.now(), Optional.empty(), "message " + i);
                store.commit(turn);
                c = turn.conversation();
                out.println(c.lastSeq());
                out.flush();
            }
        }
    }
}
