package dev.baton.bench.stop;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.bench.load.LoadClient;
import dev.baton.bench.load.LoadMessages;
import dev.baton.bench.load.LoadServer;
import dev.baton.bench.load.LoadUrlConnection;
import dev.baton.bench.swap.SwapPacer;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One stop test against a spawned server that is up: the senders start on an open-loop timeline behind the
 * gate; after the warm-up and {@value #STEADY_SECONDS} s more the server gets a SIGTERM; the gate, polling
 * readiness, stops the senders, the port probe sees the port close, and the run waits for the process to exit,
 * then tallies every offered turn.
 */
final class StopRun {

    /** Load after the warm-up and before the SIGTERM: the steady state the stop is compared with. */
    static final int STEADY_SECONDS = 5;
    /** How long the stop may take beyond the stop delay: in-flight requests get 20 s, then the store closes. */
    static final Duration EXIT_LIMIT = Duration.ofSeconds(60);

    // Turns time out on their own (the client's read timeout); this bounds the wait for the last of them.
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(20);
    private static final int GATE_CONNECT_TIMEOUT_MILLIS = 1_000;
    private static final int GATE_READ_TIMEOUT_MILLIS = 2_000;

    /** What a run found; {@code exit} is null when the server did not exit in time. */
    record Result(StopTally tally, List<StopTurn> acknowledged, StopReport.Timeline timeline, Integer exit) {}

    private final StopOptions options;
    private final LoadClient client;
    private final LoadServer server;
    private final ObjectMapper json;
    private final PrintStream err;

    StopRun(StopOptions options, LoadClient client, LoadServer server, ObjectMapper json, PrintStream err) {
        this.options = options;
        this.client = client;
        this.server = server;
        this.json = json;
        this.err = err;
    }

    Result run() throws InterruptedException {
        int threads = options.threads();
        int rate = options.rate();
        StopGate gate = new StopGate(
                new LoadUrlConnection(GATE_CONNECT_TIMEOUT_MILLIS, GATE_READ_TIMEOUT_MILLIS),
                server.base(),
                TimeUnit.MILLISECONDS.toNanos(options.pollMillis()));
        StopChat chat = new StopChat(client, server.base(), json, gate::open);
        LoadMessages messages = new LoadMessages(json);
        StopChat.Conversation[][] conversations = new StopChat.Conversation[threads][1];
        SplittableRandom[] randoms = new SplittableRandom[threads];
        for (int i = 0; i < threads; i++) {
            randoms[i] = new SplittableRandom(i);
        }
        Duration exitLimit = EXIT_LIMIT.plusMillis(options.stopDelayMillis());
        int capacity =
                Math.toIntExact((long) rate * (options.warmupSeconds() + STEADY_SECONDS + exitLimit.toSeconds() + 30));
        AtomicReferenceArray<StopTurn> turns = new AtomicReferenceArray<>(capacity);
        try (SwapPacer pacer = new SwapPacer(rate, capacity);
                StopPortProbe port = new StopPortProbe(server.base());
                gate) {
            gate.start();
            pacer.start(
                    threads,
                    (sender, index, due) ->
                            turns.set(index, chat.turn(conversations[sender], messages.pick(randoms[sender]), due)));
            long measuredFrom = pacer.due(options.warmupSeconds() * rate);
            sleepUntil(measuredFrom);
            port.start();
            err.printf("stoptest: warm-up over; SIGTERM in %d s%n", STEADY_SECONDS);
            sleepUntil(pacer.due((options.warmupSeconds() + STEADY_SECONDS) * rate));
            long sigterm = System.nanoTime();
            server.terminate();
            Integer exit = server.awaitExit(exitLimit);
            long exited = System.nanoTime();
            pacer.stopAt(exited);
            err.printf(
                    "stoptest: the server %s %.1f s after the SIGTERM%n",
                    exit == null ? "had not exited" : "exited with status " + exit, (exited - sigterm) / 1e9);
            if (!pacer.await(GRACE_NANOS)) {
                err.println("stoptest: some senders were still waiting for a reply when the run ended");
            }
            StopTurn[] snapshot = new StopTurn[pacer.offered()];
            for (int i = 0; i < snapshot.length; i++) {
                snapshot[i] = turns.get(i);
            }
            StopGate.Closing closing = gate.closing();
            long gateClosedAt = closing == null ? Long.MAX_VALUE : closing.at();
            StopReport.Timeline timeline = new StopReport.Timeline(
                    ms(closing == null ? -1 : closing.lastReadyAt(), sigterm),
                    closing == null || !closing.byReadiness() ? null : ms(closing.at(), sigterm),
                    closing == null ? 0 : closing.status(),
                    closing == null ? null : ms(closing.at(), sigterm),
                    ms(port.lastOpenAt(), sigterm),
                    ms(port.closedAt(), sigterm),
                    exit == null ? null : ms(exited, sigterm),
                    exit,
                    gate.polls(),
                    port.timeouts());
            return new Result(
                    StopTally.of(snapshot, snapshot.length, measuredFrom, sigterm, gateClosedAt),
                    StopTally.acknowledged(snapshot, snapshot.length),
                    timeline,
                    exit);
        }
    }

    /** A moment in ms after {@code sigterm}, to 0.1 ms; null for one not seen (-1). */
    private static Double ms(long at, long sigterm) {
        return at == -1 ? null : Math.round((at - sigterm) / 1e5) / 10.0;
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait); // the run's own timeline
        }
    }
}
