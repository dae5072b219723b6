package dev.baton.bench.swap;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.bench.BenchException;
import dev.baton.bench.load.LoadClient;
import dev.baton.bench.load.LoadProc;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One swap test against a server that is up: the senders start on the timeline; after the warm-up the editor
 * changes one answer and publishes; the run follows the publish to its end, keeps the load on for the seconds
 * asked, waits for the last replies, and tallies every offered turn.
 */
final class SwapRun {

    /** The entry whose answer the run changes. */
    static final String ENTRY = "contact-channels";
    /** How long a publish may take before the run gives up on it. */
    static final long PUBLISH_LIMIT_SECONDS = 180;

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    // Turns time out on their own (the client's read timeout); this bounds the wait for the last of them.
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(20);

    /** What a run found, for the report; {@code cpu} holds the server's CPU at the phases' edges. */
    record Result(SwapReport.Publishing publishing, SwapTally tally, SwapReport.Conversations conversations, Cpu cpu) {}

    /** The server's CPU time in percent of one core over each phase; null where {@code /proc} is not there. */
    record Cpu(Double before, Double during, Double settling, Double after) {}

    private final SwapOptions options;
    private final SwapChat chat;
    private final SwapMessages messages;
    private final SwapEditor editor;
    private final LoadProc server;
    private final PrintStream err;
    private final String marker = "swaptest-" + Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong opened = new AtomicLong();
    private final AtomicLong failedToOpen = new AtomicLong();

    SwapRun(
            SwapOptions options,
            LoadClient client,
            URI base,
            SwapEditor editor,
            Long serverPid,
            ObjectMapper json,
            PrintStream err) {
        this.options = options;
        this.chat = new SwapChat(client, base, json, ENTRY, marker);
        this.messages = new SwapMessages(json);
        this.editor = editor;
        this.server = serverPid == null ? null : new LoadProc(serverPid);
        this.err = err;
    }

    Result run() throws InterruptedException {
        int threads = options.threads();
        SwapChat.Conversation[] conversations = new SwapChat.Conversation[threads];
        for (int i = 0; i < threads; i++) {
            try {
                conversations[i] = chat.open();
                opened.incrementAndGet();
            } catch (SwapChat.Failure e) {
                throw new BenchException("cannot open a conversation before the run: " + e.getMessage());
            }
        }
        SplittableRandom[] randoms = new SplittableRandom[threads];
        for (int i = 0; i < threads; i++) {
            randoms[i] = new SplittableRandom(i);
        }
        int capacity = Math.toIntExact(
                options.rate() * (options.warmupSeconds() + PUBLISH_LIMIT_SECONDS + options.afterSeconds() + 60));
        AtomicReferenceArray<SwapTurn> turns = new AtomicReferenceArray<>(capacity);
        try (SwapPacer pacer = new SwapPacer(options.rate(), capacity)) {
            pacer.start(threads, (sender, index, due) -> turns.set(index, turn(conversations, randoms, sender, due)));
            long warmupEnd = pacer.due(options.warmupSeconds() * options.rate());
            sleepUntil(warmupEnd - SwapTimeline.BEFORE_NANOS);
            long cpuBefore = cpu();
            long cpuBeforeAt = System.nanoTime();
            sleepUntil(warmupEnd);
            err.printf("swaptest: warm-up over; editing %s and publishing%n", ENTRY);
            long revision = editor.edit(ENTRY, marker);
            Instant wall = Instant.now();
            long post = System.nanoTime();
            long id = editor.startPublish(revision, "swaptest " + marker);
            long cpuPost = cpu();
            SwapEditor.Publish publish = editor.publish(id);
            Long checkingSeen = null;
            while (!publish.finished() && System.nanoTime() - post < TimeUnit.SECONDS.toNanos(PUBLISH_LIMIT_SECONDS)) {
                TimeUnit.NANOSECONDS.sleep(POLL_NANOS); // the editor's polling pace
                publish = editor.publish(id);
                if (checkingSeen == null && !publish.state().equals("training")) {
                    checkingSeen = System.nanoTime();
                }
            }
            long seen = System.nanoTime();
            long cpuSeen = cpu();
            long liveFrom = seen;
            long liveAt = seen;
            if (publish.published()) {
                // The swap lies between the live pointer's time and the publish's end, both on the server's clock;
                // it cannot lie before the POST or after it was seen, whatever the two clocks' skew.
                liveAt = Math.max(post, Math.min(seen, nanos(publish.finishedAt(), wall, post)));
                liveFrom = Math.max(post, Math.min(liveAt, nanos(editor.live().since(), wall, post)));
            } else if (publish.finished()) {
                liveAt = liveFrom = Math.max(post, Math.min(seen, nanos(publish.finishedAt(), wall, post)));
            }
            err.printf(
                    "swaptest: publish %s after %.2f s; load goes on for %d s%n",
                    publish.state(), (liveAt - post) / 1e9, options.afterSeconds());
            long stop = liveAt + TimeUnit.SECONDS.toNanos(options.afterSeconds());
            pacer.stopAt(stop);
            sleepUntil(liveAt + SwapTimeline.SETTLING_NANOS);
            long cpuSettled = cpu();
            long settledAt = System.nanoTime();
            sleepUntil(stop);
            long cpuEnd = cpu();
            long endAt = System.nanoTime();
            if (!pacer.await(GRACE_NANOS)) {
                err.println("swaptest: some senders were still waiting for a reply when the run ended");
            }
            SwapTurn[] snapshot = new SwapTurn[pacer.offered()];
            for (int i = 0; i < snapshot.length; i++) {
                snapshot[i] = turns.get(i);
            }
            SwapTimeline timeline = new SwapTimeline(post, liveFrom, liveAt, publish.published());
            Cpu cpu = new Cpu(
                    percent(cpuBefore, cpuPost, post - cpuBeforeAt),
                    percent(cpuPost, cpuSeen, seen - post),
                    percent(cpuSeen, cpuSettled, settledAt - seen),
                    percent(cpuSettled, cpuEnd, endAt - settledAt));
            return new Result(
                    publishing(publish, post, liveFrom, liveAt, checkingSeen),
                    SwapTally.of(snapshot, snapshot.length, timeline),
                    new SwapReport.Conversations(opened.get(), failedToOpen.get()),
                    cpu);
        }
    }

    /** One slot: a turn on the sender's conversation, opening a new one first when it has none. */
    private SwapTurn turn(SwapChat.Conversation[] conversations, SplittableRandom[] randoms, int sender, long due) {
        SwapChat.Conversation c = conversations[sender];
        if (c == null) {
            long sent = System.nanoTime();
            c = open();
            if (c == null) {
                return SwapTurn.failed(due, sent, System.nanoTime(), "create failed");
            }
        }
        SwapTurn turn = chat.send(c, messages.pick(randoms[sender]), due);
        // The next conversation is opened after the turn, outside its time, as a user would open a new chat.
        conversations[sender] = !turn.ok() ? null : c.spent() ? open() : c;
        return turn;
    }

    private SwapChat.Conversation open() {
        try {
            SwapChat.Conversation c = chat.open();
            opened.incrementAndGet();
            return c;
        } catch (SwapChat.Failure e) {
            failedToOpen.incrementAndGet();
            return null;
        }
    }

    private SwapReport.Publishing publishing(
            SwapEditor.Publish publish, long post, long liveFrom, long liveAt, Long checkingSeen) {
        String why = null;
        if (!publish.finished()) {
            why = "still " + publish.state() + " after " + PUBLISH_LIMIT_SECONDS + " s";
        } else if (!publish.published()) {
            why = publish.error() != null ? publish.error() : String.join("; ", publish.reasons());
        }
        return new SwapReport.Publishing(
                publish.state(),
                publish.version(),
                (liveAt - post) / 1e9,
                checkingSeen == null ? null : (checkingSeen - post) / 1e9,
                (liveAt - liveFrom) / 1e6,
                why);
    }

    /** A server time as this JVM's nano time, through a wall-clock reading taken beside {@code nanoAnchor}. */
    private static long nanos(Instant at, Instant wall, long nanoAnchor) {
        return nanoAnchor + Duration.between(wall, at).toNanos();
    }

    private long cpu() {
        return server == null ? -1 : server.cpuNanos().orElse(-1);
    }

    private static Double percent(long from, long to, long wallNanos) {
        return from < 0 || to < 0 || wallNanos <= 0 ? null : Math.round(1000.0 * (to - from) / wallNanos) / 10.0;
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait); // the run's own timeline
        }
    }
}
