package dev.baton.store.jdbc;

import dev.baton.conversation.Sender;
import dev.baton.conversation.Turn;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits the plain turns of many conversations in one transaction on PostgreSQL: a user's message and
 * Baton's reply, with no ticket, platform delivery or redaction. Each such turn was a transaction of four
 * round trips (its version check, its messages, the learning row, the commit); a batch of them is three or
 * four round trips and one commit in all, however many turns it holds, which is what PostgreSQL on the same
 * cores spent its time on. A turn is still acknowledged only after the commit that holds it.
 *
 * <p>{@value #WRITERS} writer threads each take what has queued (up to {@value #MAX_BATCH} turns) and write it:
 * every version check in one batch, then the messages of the turns whose check passed, then their learning
 * rows, then the commit. A turn whose conversation moved on writes nothing, as alone. Nobody waits for a batch
 * to fill: a turn that finds a writer idle is written at once, alone, and under load the turns that arrive
 * while a batch is written make the next one. A batch locks its conversations' rows in the order of their
 * ids, so two batches cannot deadlock; if the database rolls a batch back anyway, each of its turns is committed
 * alone by its own caller.
 */
final class TurnBatches implements AutoCloseable {

    static final int MAX_BATCH = 64;
    static final int WRITERS = 2;

    private static final Logger LOG = LoggerFactory.getLogger(TurnBatches.class);
    private static final int POLL_MILLIS = 250;

    /** How a queued turn ended. */
    enum Result {
        COMMITTED,
        /** Its conversation moved on since the turn read it; nothing was written. */
        MOVED_ON,
        /** Not written: the caller commits it alone (its batch failed, or the batches were closed). */
        ALONE
    }

    private record Pending(
            Turn turn,
            ConversationRows.Next next,
            List<MessageRows.Encoded> messages,
            CompletableFuture<Result> result) {}

    private final Transactions transactions;
    private final ConversationRows conversations;
    private final MessageRows messageRows;
    private final LearningRows learning = new LearningRows();
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>(WRITERS);
    private volatile boolean closed;

    TurnBatches(Transactions transactions, ConversationRows conversations, MessageRows messages) {
        this.transactions = transactions;
        this.conversations = conversations;
        this.messageRows = messages;
        for (int i = 0; i < WRITERS; i++) {
            Thread writer = new Thread(this::writeLoop, "baton-turn-batches-" + i);
            writer.setDaemon(true);
            writers.add(writer);
            writer.start();
        }
    }

    /**
     * Whether {@code turn} writes only its conversation's next version, its messages and a learning row:
     * what a batch writes. Anything that can refuse a turn for a reason of its own (a ticket, an agent's
     * capacity, a delivery already processed) or writes elsewhere (the outbox, redactions, notes) is not.
     */
    static boolean plain(Turn turn) {
        return turn.ticket().isEmpty()
                && turn.capacity().isEmpty()
                && turn.notes().isEmpty()
                && turn.audit().isEmpty()
                && turn.origin().isEmpty()
                && turn.rewrites().isEmpty()
                && !turn.conversation().messaging()
                && turn.messages().stream().noneMatch(m -> m.sender() == Sender.AGENT)
                && !turn.messages().isEmpty();
    }

    /** Queues a {@link #plain} turn and returns once it is committed, found stale, or handed back. */
    Result commit(Turn turn) {
        if (closed) {
            return Result.ALONE;
        }
        Pending pending = new Pending(
                turn,
                conversations.next(turn.conversation()),
                messageRows.encode(turn.messages()),
                new CompletableFuture<>());
        queue.add(pending);
        if (closed) {
            handBack(); // close() may have drained the queue before this turn was added
        }
        try {
            return pending.result().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (!closed) {
            try {
                Pending first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                break;
            } catch (RuntimeException | Error e) {
                failed(batch, e);
            } finally {
                batch.clear();
            }
        }
        handBack();
    }

    private void write(List<Pending> batch) {
        batch.sort(Comparator.comparing(p -> p.turn().conversation().id()));
        Result[] results = transactions.inTransaction(
                "commit a batch of turns of conversations", "", connection -> write(connection, batch));
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).result().complete(results[i]);
        }
    }

    private Result[] write(Connection connection, List<Pending> batch) throws SQLException {
        int[] counts = conversations.advanceAll(
                connection, batch.stream().map(Pending::next).toList());
        Result[] results = new Result[batch.size()];
        List<MessageRows.Encoded> messages = new ArrayList<>(batch.size() * 2);
        List<Turn> advanced = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            if (counts[i] == 1) {
                results[i] = Result.COMMITTED;
                messages.addAll(batch.get(i).messages());
                advanced.add(batch.get(i).turn());
            } else if (counts[i] == 0) {
                results[i] = Result.MOVED_ON;
            } else {
                throw new SQLException("the driver did not say whether a conversation moved on: " + counts[i]);
            }
        }
        messageRows.appendEncoded(connection, messages);
        learning.writeAll(connection, advanced);
        return results;
    }

    /**
     * A batch rolled back by the database (a deadlock, a serialization failure: SQLSTATE class 40) wrote
     * nothing, so each turn is handed back to be committed alone. Any other failure may have come with the
     * commit itself, whose outcome is then unknown: each turn fails with it, as a turn committed alone would.
     */
    private static void failed(List<Pending> batch, Throwable e) {
        if (rolledBack(e)) {
            LOG.debug("a batch of {} turns was rolled back; each is committed alone: {}", batch.size(), e.toString());
            batch.forEach(p -> p.result().complete(Result.ALONE));
        } else {
            batch.forEach(p -> p.result().completeExceptionally(e));
        }
    }

    static boolean rolledBack(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    /** Hands every queued turn back to its caller to commit alone. */
    private void handBack() {
        Pending left;
        while ((left = queue.poll()) != null) {
            left.result().complete(Result.ALONE);
        }
    }

    /** Stops the writers once their batch is written; turns queued after that are committed by their callers. */
    @Override
    public void close() {
        closed = true;
        for (Thread writer : writers) {
            try {
                writer.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        handBack();
    }
}
