package dev.baton.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.baton.conversation.ConcurrentTurnException;
import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationStore;
import dev.baton.conversation.Turn;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turn commits per second: {@code StoreBenchmark <jdbcUrl> [turns] [user] [password] [poolSize]}. Four
 * threads (on a pool of four connections unless told otherwise) play
 * 100 conversations (25 each, so turns never conflict); a turn is what the chat service does per message:
 * find the conversation (as a turn does: the remembered one), then commit it with two messages (the user's and the bot's reply). Prints
 * throughput, commit latency percentiles, and this process's CPU and bytes written a turn after a warm-up of
 * 2,000 turns.
 */
public final class StoreBenchmark {

    private static final int THREADS = Integer.getInteger("threads", 4);
    private static final int CONVERSATIONS = 100;
    private static final int WARM_UP = 2_000;

    private StoreBenchmark() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int turns = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        String user = args.length > 2 ? args[2] : "baton";
        String password = args.length > 3 ? args[3] : "";
        int poolSize = args.length > 4 ? Integer.parseInt(args[4]) : THREADS;
        try (Database database = open(url, user, password, poolSize)) {
            ConversationStore store = new JdbcConversationStore(database);
            String run = UUID.randomUUID().toString().substring(0, 8);
            List<Conversation> conversations = new ArrayList<>();
            for (int i = 0; i < CONVERSATIONS; i++) {
                Conversation c = Fixtures.conversation("bench-" + run + "-" + i);
                store.create(c);
                conversations.add(c);
            }
            run(store, conversations, WARM_UP);
            long cpu = processCpuNanos();
            long written = bytesWritten();
            Result result = run(store, conversations, turns);
            double cpuPerTurn = (processCpuNanos() - cpu) / 1e6 / turns;
            double writtenPerTurn = (bytesWritten() - written) / 1024.0 / turns;
            System.out.printf(
                    "%s: %d turns, %d threads, pool %d, %.2f s -> %.0f turns/s; commit p50 %.2f ms, p99 %.2f ms, "
                            + "max %.2f ms; find p50 %.2f ms, p99 %.2f ms; conflicts %d; this process's CPU %.3f ms "
                            + "and %.1f KB written a turn%n",
                    Database.redact(url),
                    turns,
                    THREADS,
                    poolSize,
                    result.seconds,
                    turns / result.seconds,
                    ms(result.commits, 0.50),
                    ms(result.commits, 0.99),
                    ms(result.commits, 1.0),
                    ms(result.finds, 0.50),
                    ms(result.finds, 0.99),
                    result.conflicts,
                    cpuPerTurn,
                    writtenPerTurn);
        }
    }

    private record Result(double seconds, long[] commits, long[] finds, long conflicts) {}

    private static Result run(ConversationStore store, List<Conversation> conversations, int turns) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long[] commits = new long[turns];
        long[] finds = new long[turns];
        AtomicLong conflicts = new AtomicLong();
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int worker = t;
                workers.add(pool.submit(() -> {
                    for (int i = worker; i < turns; i += THREADS) {
                        String id = conversations
                                .get((i / THREADS) % (CONVERSATIONS / THREADS) * THREADS + worker)
                                .id();
                        long t0 = System.nanoTime();
                        Conversation read = store.findForTurn(id).orElseThrow();
                        long t1 = System.nanoTime();
                        Turn turn = Fixtures.turn(read, Instant.now(), Optional.empty(), "turn " + i);
                        try {
                            store.commit(turn);
                        } catch (ConcurrentTurnException e) {
                            conflicts.incrementAndGet();
                        }
                        finds[i] = t1 - t0;
                        commits[i] = System.nanoTime() - t1;
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get(30, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(commits);
        Arrays.sort(finds);
        return new Result(seconds, commits, finds, conflicts.get());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Bytes this process handed to write calls ({@code wchar} of /proc/self/io; 0 where there is none). */
    private static long bytesWritten() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
                if (line.startsWith("wchar:")) {
                    return Long.parseLong(line.substring(6).strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the column reads 0
        }
        return 0;
    }

    private static double ms(long[] sortedNanos, double quantile) {
        int at = (int) Math.min(sortedNanos.length - 1, Math.ceil(quantile * sortedNanos.length) - 1);
        return sortedNanos[Math.max(0, at)] / 1e6;
    }

    private static Database open(String url, String user, String password, int poolSize) {
        if (!url.startsWith("jdbc:sqlite:")) {
            return Database.open(url, user, password, poolSize);
        }
        // SQLite is measured for comparison only and is not a supported store: its driver is put on the
        // class path by hand. The store's SQL and schema run on it unchanged; the H2 dialect stands in
        // because neither needs driver properties (and the queue's SKIP LOCKED would not run on SQLite).
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(poolSize);
        HikariDataSource pool = new HikariDataSource(config);
        Database.migrate(pool);
        return new Database(pool, Dialect.H2);
    }
}
