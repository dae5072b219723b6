package dev.baton.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationState;
import dev.baton.conversation.DialogueMemory;
import dev.baton.conversation.Message;
import dev.baton.conversation.Sender;
import dev.baton.conversation.Turn;
import dev.baton.conversation.Unanswered;
import dev.baton.store.jdbc.Database;
import dev.baton.store.jdbc.JdbcConversationStore;
import dev.baton.store.jdbc.JdbcLearningStore;
import dev.baton.testing.HandClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The retention sweep over an in-memory embedded store, driven by a hand clock: nothing waits for real time. */
class LearningRetentionTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private final HandClock clock = new HandClock(T0);
    private Database database;
    private JdbcConversationStore conversations;
    private JdbcLearningStore store;
    private LearningRetention retention;

    @BeforeEach
    void open() {
        database = Database.open(
                "jdbc:h2:mem:retention" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "baton",
                "",
                2);
        conversations = new JdbcConversationStore(database);
        store = new JdbcLearningStore(database);
        retention =
                new LearningRetention(store, Duration.ofDays(30), clock, Executors.newSingleThreadScheduledExecutor());
    }

    @AfterEach
    void close() {
        retention.close();
        database.close();
    }

    @Test
    void aKeptMessageIsForgottenOnceTheRetentionHasPassedWhetherHandledOrNot() {
        keep("old", "比特币会涨吗");
        keep("dismissed", "what about nfts");
        store.dismiss(List.of(store.open(10).get(0).id()), "a_1", clock.instant());
        clock.advance(Duration.ofDays(10));
        keep("younger", "staking?");

        clock.advance(Duration.ofDays(20));
        assertThat(retention.sweep()).isZero();
        clock.advance(Duration.ofMillis(1));
        assertThat(retention.sweep()).isEqualTo(2);

        assertThat(store.open(10)).extracting(CapturedMessage::text).containsExactly("staking?");
        assertThat(conversations.messages("old", 0, 10))
                .extracting(Message::text)
                .containsExactly("比特币会涨吗");
        clock.advance(Duration.ofDays(10));
        assertThat(retention.sweep()).isEqualTo(1);
    }

    @Test
    void theRetentionMustBePositive() {
        assertThatThrownBy(() -> new LearningRetention(
                        store, Duration.ZERO, clock, Executors.newSingleThreadScheduledExecutor()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A conversation whose first message, at the clock's time, Baton called out of scope. */
    private void keep(String id, String text) {
        Instant now = clock.instant();
        Conversation c = new Conversation(
                id, "hash-" + id, "en", Conversation.WEB, ConversationState.BOT, DialogueMemory.EMPTY, 0, 0, now, now);
        conversations.create(c);
        Message user = new Message(id, 1, Sender.USER, text, List.of(), null, now);
        conversations.commit(new Turn(
                c.next(ConversationState.BOT, c.memory(), 1, now),
                List.of(user),
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.of(new Unanswered(1, "zh-Hans", "fallback", "out_of_scope", "out-of-scope", 0.6))));
    }
}
