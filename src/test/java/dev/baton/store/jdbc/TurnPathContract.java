package dev.baton.store.jdbc;

import static dev.baton.store.jdbc.Fixtures.T0;
import static dev.baton.store.jdbc.Fixtures.conversation;
import static dev.baton.store.jdbc.Fixtures.turn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.conversation.ConcurrentTurnException;
import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationStore;
import dev.baton.conversation.Message;
import dev.baton.conversation.Turn;
import dev.baton.conversation.Unanswered;
import dev.baton.learning.LearningStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The part of {@link StoreContract} on a turn's own path: the conversation remembered for the next turn (and
 * refused when another instance moved it on), and many conversations' turns committed at once (on PostgreSQL,
 * in shared transactions).
 */
interface TurnPathContract {

    Database database();

    ConversationStore conversations();

    LearningStore learning();

    @Test
    default void aTurnOnAConversationAnotherInstanceMovedOnIsRefusedThenTakenOnAFreshRead() {
        Conversation c = conversation("c1");
        conversations().create(c);
        Conversation remembered = conversations().findForTurn("c1").orElseThrow();
        ConversationStore otherInstance = new JdbcConversationStore(database());
        Turn theirs = turn(otherInstance.findForTurn("c1").orElseThrow(), "from the other instance");
        otherInstance.commit(theirs);

        assertThat(conversations().findForTurn("c1")).contains(remembered); // stale, as promised
        assertThatThrownBy(() -> conversations().commit(turn(remembered, "on a stale read")))
                .isInstanceOf(ConcurrentTurnException.class);
        assertThat(conversations().messages("c1", 0, 10)).containsExactlyElementsOf(theirs.messages());

        Conversation fresh = conversations().findForTurn("c1").orElseThrow();
        assertThat(fresh).isEqualTo(theirs.conversation());
        Turn ours = turn(fresh, "again");
        conversations().commit(ours);
        assertThat(conversations().findForTurn("c1")).contains(ours.conversation());
        assertThat(otherInstance.find("c1")).contains(ours.conversation());
    }

    @Test
    default void aConversationAnotherInstanceAnnouncedIsReadAfreshForTheNextTurn() {
        Conversation c = conversation("c1");
        conversations().create(c);
        conversations().findForTurn("c1");
        ConversationStore otherInstance = new JdbcConversationStore(database());
        Turn theirs = turn(otherInstance.findForTurn("c1").orElseThrow(), "from the other instance");
        otherInstance.commit(theirs);

        conversations().changedElsewhere("c1"); // the relay's announcement of their turn

        Conversation fresh = conversations().findForTurn("c1").orElseThrow();
        assertThat(fresh).isEqualTo(theirs.conversation());
        conversations().commit(turn(fresh, "no refusal on the way"));
        assertThat(conversations().messages("c1", 0, 10)).hasSize(4);
    }

    @Test
    default void aConversationNeverCreatedOrDeletedIsNotRemembered() {
        assertThat(conversations().findForTurn("ghost")).isEmpty();
        Conversation c = conversation("c1", T0);
        conversations().create(c);
        assertThat(conversations().deleteEmptyBefore(T0.plusSeconds(1))).isOne();
        assertThat(conversations().findForTurn("c1")).isEmpty();
    }

    @Test
    default void turnsOfManyConversationsAtOnceAreAllKeptWithTheirLearningRows() throws Exception {
        int threads = 8;
        int perThread = 5;
        int turnsEach = 6;
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < perThread; i++) {
                conversations().create(conversation("c" + t + "-" + i));
            }
        }
        int[] next = new int[1];
        List<Integer> done = Race.counts(threads, () -> {
            int t;
            synchronized (next) {
                t = next[0]++;
            }
            for (int k = 0; k < turnsEach; k++) {
                for (int i = 0; i < perThread; i++) {
                    Conversation read =
                            conversations().findForTurn("c" + t + "-" + i).orElseThrow();
                    conversations().commit(k % 2 == 0 ? unclear(read, "unclear " + k) : turn(read, "plain " + k));
                }
            }
            return perThread * turnsEach;
        });

        assertThat(done).containsOnly(perThread * turnsEach).hasSize(threads);
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < perThread; i++) {
                String id = "c" + t + "-" + i;
                List<Message> messages = conversations().messages(id, 0, 100);
                assertThat(messages).extracting(Message::seq).containsExactlyElementsOf(seqs(2 * turnsEach));
                assertThat(conversations().find(id).orElseThrow().version()).isEqualTo(turnsEach);
            }
        }
        assertThat(learning().open(1_000)).hasSize(threads * perThread * turnsEach / 2);
    }

    /** A turn whose user message Baton asked back on: it keeps a learning row. */
    private static Turn unclear(Conversation read, String text) {
        Turn plain = turn(read, T0.plusSeconds(read.version() + 1), Optional.empty(), text);
        return new Turn(
                plain.conversation(),
                plain.messages(),
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.of(new Unanswered(
                        plain.messages().get(0).seq(), "zh-Hans", "clarify", "low_confidence", "fees", 0.31)));
    }

    private static List<Long> seqs(int n) {
        List<Long> seqs = new ArrayList<>(n);
        for (long s = 1; s <= n; s++) {
            seqs.add(s);
        }
        return seqs;
    }
}
