package dev.baton.bench.handoff;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.bench.BenchException;
import dev.baton.bench.load.LoadMessages;
import java.util.Arrays;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One handoff latency run against a server with an agent already watching: a probe that each urgent message
 * reaches the agent, the warm-up, then the measured handoffs on an open-loop schedule. Each measured slot
 * opens a conversation (untimed), then notes the time and sends an urgent message; the watch notes when the
 * ticket arrives.
 */
final class HandoffRun {

    /** Ordinary chat turns a warm-up conversation sends. */
    static final int WARMUP_TURNS = 2;
    // Requests time out on their own (LoadUrlConnection); this bounds the wait for the last of them.
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** One measured slot: when its message went, how long the POST took, how late it started; or its failure. */
    private record Sample(String conversationId, long sentAt, long postNanos, long lagNanos, String failure) {
        static Sample failed(String failure, long lagNanos) {
            return new Sample(null, 0, 0, lagNanos, failure);
        }
    }

    private final HandoffOptions options;
    private final HandoffChat chat;
    private final HandoffWatch watch;
    private final LoadMessages ordinary;
    private final long timeoutNanos;

    HandoffRun(HandoffOptions options, HandoffChat chat, HandoffWatch watch, ObjectMapper json) {
        this.options = options;
        this.chat = chat;
        this.watch = watch;
        this.ordinary = new LoadMessages(json);
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(options.timeoutMs());
    }

    /** Sends each urgent message once and waits for its ticket: the stream works and the messages queue. */
    void probe() throws InterruptedException {
        for (int i = 0; i < HandoffChat.URGENT.size(); i++) {
            String text = HandoffChat.URGENT.get(i);
            try {
                HandoffChat.Conversation c = chat.open();
                long sent = System.nanoTime();
                String state = chat.send(c, chat.urgent(i));
                if (!state.equals("queued")) {
                    throw new BenchException("'" + text + "' left the conversation " + state + ", not queued");
                }
                if (watch.awaitQueued(c.id(), sent + timeoutNanos).isEmpty()) {
                    throw new BenchException("the ticket of '" + text + "' did not reach the agent stream within "
                            + options.timeoutMs() + " ms" + (watch.closed() == null ? "" : "; it " + watch.closed()));
                }
            } catch (HandoffChat.Failure e) {
                throw new BenchException("the probe handoff failed: " + e.getMessage());
            }
        }
    }

    /** Alternates urgent handoffs and short ordinary chats at the run's rate for the warm-up's seconds. */
    HandoffReport.Warmup warmup(HandoffPacer pacer) throws InterruptedException {
        int slots = options.warmupSeconds() * options.rate();
        AtomicLong handoffs = new AtomicLong();
        AtomicLong turns = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        if (slots > 0) {
            pacer.run(
                    slots,
                    options.rate(),
                    (i, due) -> {
                        try {
                            HandoffChat.Conversation c = chat.open();
                            if (i % 2 == 0) {
                                chat.send(c, chat.urgent(i));
                                handoffs.incrementAndGet();
                                return;
                            }
                            SplittableRandom random = new SplittableRandom(i);
                            for (int t = 0; t < WARMUP_TURNS; t++) {
                                chat.send(c, ordinary.pick(random));
                                turns.incrementAndGet();
                            }
                        } catch (HandoffChat.Failure e) {
                            errors.incrementAndGet();
                        }
                    },
                    GRACE_NANOS);
        }
        return new HandoffReport.Warmup(options.warmupSeconds(), handoffs.get(), turns.get(), errors.get());
    }

    /** The measured handoffs; the report's server figures are left for the caller. */
    Measured measure(HandoffPacer pacer) throws InterruptedException {
        Sample[] samples = new Sample[options.handoffs()];
        int unfinished = pacer.run(
                samples.length,
                options.rate(),
                (i, due) -> {
                    long lag = System.nanoTime() - due;
                    try {
                        HandoffChat.Conversation c = chat.open();
                        long sent = System.nanoTime();
                        String state = chat.send(c, chat.urgent(i));
                        long answered = System.nanoTime();
                        samples[i] = state.equals("queued")
                                ? new Sample(c.id(), sent, answered - sent, lag, null)
                                : Sample.failed("send state " + state, lag);
                    } catch (HandoffChat.Failure e) {
                        samples[i] = Sample.failed(e.getMessage(), lag);
                    }
                },
                GRACE_NANOS);
        // Slots still waiting on a reply count as "no reply"; a snapshot keeps their late writes out.
        return collect(unfinished == 0 ? samples : samples.clone());
    }

    private Measured collect(Sample[] samples) throws InterruptedException {
        Map<String, Long> errors = new TreeMap<>();
        long[] latencies = new long[samples.length];
        long[] posts = new long[samples.length];
        int measured = 0;
        int answered = 0;
        int missing = 0;
        long maxLag = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Sample s : samples) {
            if (s == null) {
                errors.merge("no reply", 1L, Long::sum);
                continue;
            }
            maxLag = Math.max(maxLag, s.lagNanos());
            if (s.failure() != null) {
                errors.merge(s.failure(), 1L, Long::sum);
                continue;
            }
            posts[answered++] = s.postNanos();
            first = Math.min(first, s.sentAt());
            last = Math.max(last, s.sentAt());
            OptionalLong arrived = watch.awaitQueued(s.conversationId(), s.sentAt() + timeoutNanos);
            if (arrived.isPresent() && arrived.getAsLong() - s.sentAt() <= timeoutNanos) {
                latencies[measured++] = arrived.getAsLong() - s.sentAt();
            } else {
                missing++;
            }
        }
        return new Measured(
                measured,
                missing,
                errors,
                HandoffReport.Latency.of(Arrays.copyOf(latencies, measured)),
                HandoffReport.Latency.of(Arrays.copyOf(posts, answered)),
                answered == 0 ? 0 : (last - first) / 1e9,
                maxLag / 1e6);
    }

    /** The measured part of the report. */
    record Measured(
            int measured,
            int missing,
            Map<String, Long> errors,
            HandoffReport.Latency latency,
            HandoffReport.Latency post,
            double sentOverSeconds,
            double maxLagMs) {}
}
