package dev.baton.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.store.jdbc.Database;
import dev.baton.store.jdbc.JdbcConversationStore;
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

/** The expiry over an in-memory embedded store, driven by a hand clock: nothing waits for real time. */
class EmptyConversationExpiryTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private final HandClock clock = new HandClock(T0);
    private Database database;
    private JdbcConversationStore store;
    private EmptyConversationExpiry expiry;

    @BeforeEach
    void open() {
        database = Database.open(
                "jdbc:h2:mem:expiry" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "baton",
                "",
                2);
        store = new JdbcConversationStore(database);
        expiry = new EmptyConversationExpiry(
                store, Duration.ofHours(1), clock, Executors.newSingleThreadScheduledExecutor());
    }

    @AfterEach
    void close() {
        expiry.close();
        database.close();
    }

    @Test
    void aConversationNobodyWroteInIsDeletedOnceItsTimeToLiveHasPassed() {
        open("left");
        clock.advance(Duration.ofMinutes(30));
        open("younger");

        clock.advance(Duration.ofMinutes(30));
        assertThat(expiry.sweep()).isZero();
        clock.advance(Duration.ofMillis(1));
        assertThat(expiry.sweep()).isEqualTo(1);

        assertThat(store.find("left")).isEmpty();
        assertThat(store.find("younger")).isPresent();
        clock.advance(Duration.ofMinutes(30));
        assertThat(expiry.sweep()).isEqualTo(1);
        assertThat(expiry.sweep()).isZero();
    }

    @Test
    void aConversationWithAMessageIsNeverDeleted() {
        Conversation c = open("talked");
        Message hello = new Message("talked", 1, Sender.USER, "hello", List.of(), null, T0);
        store.commit(new Turn(c.next(ConversationState.BOT, c.memory(), 1, T0), List.of(hello), Optional.empty()));

        clock.advance(Duration.ofDays(30));
        assertThat(expiry.sweep()).isZero();
        assertThat(store.messages("talked", 0, 10)).containsExactly(hello);
    }

    @Test
    void itSweepsEveryQuarterOfTheTimeToLiveWithinBounds() {
        assertThat(EmptyConversationExpiry.every(Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(5));
        assertThat(EmptyConversationExpiry.every(Duration.ofMinutes(10))).isEqualTo(Duration.ofSeconds(150));
        assertThat(EmptyConversationExpiry.every(Duration.ofMinutes(1))).isEqualTo(Duration.ofSeconds(15));
        assertThat(EmptyConversationExpiry.every(Duration.ofDays(30))).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> new EmptyConversationExpiry(
                        store, Duration.ZERO, clock, Executors.newSingleThreadScheduledExecutor()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Conversation open(String id) {
        Conversation c = new Conversation(
                id,
                "hash-" + id,
                "en",
                Conversation.WEB,
                ConversationState.BOT,
                DialogueMemory.EMPTY,
                0,
                0,
                clock.instant(),
                clock.instant());
        store.create(c);
        return c;
    }
}
