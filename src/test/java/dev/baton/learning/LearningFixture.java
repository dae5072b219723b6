package dev.baton.learning;

import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationState;
import dev.baton.conversation.DialogueMemory;
import dev.baton.conversation.Message;
import dev.baton.conversation.Rewrite;
import dev.baton.conversation.Sender;
import dev.baton.conversation.Turn;
import dev.baton.conversation.Unanswered;
import dev.baton.details.Details;
import dev.baton.handoff.Priority;
import dev.baton.handoff.SlaPolicy;
import dev.baton.handoff.Ticket;
import dev.baton.store.jdbc.Database;
import dev.baton.store.jdbc.JdbcConversationStore;
import dev.baton.store.jdbc.JdbcLearningStore;
import dev.baton.store.jdbc.JdbcTicketStore;
import dev.baton.testing.HandClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An in-memory embedded store for the learning loop's tests, and conversations in it: one whose first message
 * Baton could not answer, an agent's reply resolving it, a redaction after the fact.
 */
public final class LearningFixture implements AutoCloseable {

    public static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    public final HandClock clock = new HandClock(T0);
    public final Database database = Database.open(
            "jdbc:h2:mem:learning" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "baton",
            "",
            2);
    public final JdbcConversationStore conversations = new JdbcConversationStore(database);
    public final JdbcTicketStore tickets = new JdbcTicketStore(database);
    public final JdbcLearningStore store = new JdbcLearningStore(database);

    /**
     * A conversation {@code id} whose first message, a minute after the last one, Baton asked back on
     * ({@code intent} its top intent, {@code language} the reply language tag).
     */
    public Conversation unclear(String id, String text, String language, String intent) {
        clock.advance(Duration.ofMinutes(1));
        Instant now = clock.instant();
        Conversation c = new Conversation(
                id, "hash-" + id, "en", Conversation.WEB, ConversationState.BOT, DialogueMemory.EMPTY, 0, 0, now, now);
        conversations.create(c);
        Message user = new Message(id, 1, Sender.USER, text, List.of(), null, now);
        Turn turn = new Turn(
                c.next(ConversationState.BOT, c.memory(), 1, now),
                List.of(user),
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.of(new Unanswered(1, language, "clarify", "low_confidence", intent, 0.3)));
        conversations.commit(turn);
        return conversations.find(id).orElseThrow();
    }

    /** An agent's reply in conversation {@code id}, and the ticket resolved when {@code resolved}. */
    public void agentReplies(String id, String reply, boolean resolved) {
        Conversation c = conversations.find(id).orElseThrow();
        Instant now = clock.instant();
        Ticket ticket = Ticket.open(
                        "t-" + id, id, Priority.NORMAL, "repeated_fallback", 1, Details.NONE, now, SlaPolicy.DEFAULT)
                .claim("a_1", now);
        Message agent = new Message(id, c.lastSeq() + 1, Sender.AGENT, reply, List.of(), null, now);
        Message after = new Message(id, c.lastSeq() + 2, Sender.AGENT, "anything else?", List.of(), null, now);
        conversations.commit(new Turn(
                c.next(ConversationState.WITH_AGENT, c.memory().withTicketId(ticket.id()), 2, now),
                List.of(agent, after),
                Optional.of(resolved ? ticket.resolve(now) : ticket)));
    }

    /** Redacts the first message of conversation {@code id} after the fact, as a later secret part would. */
    public void redactFirst(String id, String after) {
        Conversation c = conversations.find(id).orElseThrow();
        Message first = conversations.messages(id, 0, 1).get(0);
        Message next = new Message(id, c.lastSeq() + 1, Sender.USER, "more", List.of(), null, clock.instant());
        conversations.commit(new Turn(
                c.next(ConversationState.BOT, c.memory(), 1, clock.instant()),
                List.of(next),
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                List.of(new Rewrite(first, after))));
    }

    @Override
    public void close() {
        database.close();
    }
}
