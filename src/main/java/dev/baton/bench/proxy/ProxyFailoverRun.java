package dev.baton.bench.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.bench.load.LoadClient;
import dev.baton.bench.load.LoadMessages;
import dev.baton.bench.stop.StopChat;
import dev.baton.bench.stop.StopTurn;
import dev.baton.bench.swap.SwapPacer;
import dev.baton.store.jdbc.ChannelRows;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiPredicate;

/**
 * One failover run against a cluster that is up: chat turns on an open-loop timeline, widgets with their streams, and
 * a trickle of webhook deliveries, all through the proxy; after the warm-up a burst of deliveries and, once half of
 * it is acknowledged, {@code kill -9} of the first instance; the channel rows still leased then are noted; the load
 * goes on past the leases, stops, and the run waits (bounded) for the work to settle before it is all checked.
 */
final class ProxyFailoverRun {

    /** What the run saw, for the checks. {@code killMillis} is epoch time, {@code killNanos} this JVM's. */
    record Observed(
            long killMillis,
            long killNanos,
            List<StopTurn> chatTurns,
            List<StopTurn> widgetTurns,
            List<ProxyWebhooks.Delivery> deliveries,
            List<ChannelRows.Inbound> inboundAtKill,
            List<ChannelRows.Outbox> outboxAtKill,
            List<ProxyWidget> widgets,
            boolean settled) {}

    // Replies are to be delivered, inbound processed and streams caught up within this after the load stops.
    private static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final long POLL_MILLIS = 200;
    private static final long WIDGET_EVERY_MILLIS = 1_000;
    private static final long BOTH_HOLDING_NANOS = TimeUnit.SECONDS.toNanos(20);

    private final ProxyFailoverOptions options;
    private final ProxyCluster cluster;
    private final ProxyWebhooks webhooks;
    private final ChannelRows rows;
    private final BiPredicate<List<ProxyWidget>, Long> settledCheck;
    private final LoadClient client;
    private final ObjectMapper json;
    private final PrintStream err;

    ProxyFailoverRun(
            ProxyFailoverOptions options,
            ProxyCluster cluster,
            ProxyWebhooks webhooks,
            ChannelRows rows,
            BiPredicate<List<ProxyWidget>, Long> settledCheck,
            LoadClient client,
            ObjectMapper json,
            PrintStream err) {
        this.options = options;
        this.cluster = cluster;
        this.webhooks = webhooks;
        this.rows = rows;
        this.settledCheck = settledCheck;
        this.client = client;
        this.json = json;
        this.err = err;
    }

    Observed run() throws Exception {
        int rate = options.rate();
        int threads = options.threads();
        int capacity = rate * (options.warmupSeconds() + options.afterSeconds() + 60);
        AtomicReferenceArray<StopTurn> turns = new AtomicReferenceArray<>(capacity);
        StopChat chat = new StopChat(client, cluster.base(), json, () -> true);
        LoadMessages messages = new LoadMessages(json);
        StopChat.Conversation[][] conversations = new StopChat.Conversation[threads][1];
        SplittableRandom[] randoms = new SplittableRandom[threads];
        for (int i = 0; i < threads; i++) {
            randoms[i] = new SplittableRandom(i);
        }
        try (SwapPacer pacer = new SwapPacer(rate, capacity);
                ProxyWidgets widgets =
                        ProxyWidgets.open(options.widgets(), WIDGET_EVERY_MILLIS, cluster.base(), client, json)) {
            pacer.start(
                    threads,
                    (sender, index, due) ->
                            turns.set(index, chat.turn(conversations[sender], messages.pick(randoms[sender]), due)));
            webhooks.trickle(options.webhookRate());
            err.printf(
                    "failovertest: %d turns/s, %d widgets, %d deliveries/s through %s; %d s warm-up%n",
                    rate, options.widgets(), options.webhookRate(), cluster.base(), options.warmupSeconds());
            sleepUntil(pacer.due(options.warmupSeconds() * rate));
            long before = webhooks.acknowledged();
            webhooks.burst(options.burst());
            boolean bothHold = awaitBothHolding();
            long killNanos = System.nanoTime();
            long killMillis = System.currentTimeMillis();
            cluster.instance(0).kill();
            err.printf(
                    "failovertest: killed instance 1 (kill -9) with %d of the burst acknowledged, %s%n",
                    webhooks.acknowledged() - before,
                    bothHold
                            ? "while both instances held leased inbound and outbox work"
                            : "though both were not seen holding leased work within 20 s");
            List<ChannelRows.Inbound> inboundAtKill = new ArrayList<>();
            for (ChannelRows.Inbound r : rows.inbound(ProxyWebhooks.CHANNEL)) {
                if ("pending".equals(r.status()) && r.leaseUntil() > killMillis) {
                    inboundAtKill.add(r);
                }
            }
            List<ChannelRows.Outbox> outboxAtKill = new ArrayList<>();
            for (ChannelRows.Outbox r : rows.outbox(ProxyWebhooks.CHANNEL)) {
                if ("pending".equals(r.status()) && r.leaseUntil() > killMillis) {
                    outboxAtKill.add(r);
                }
            }
            sleepUntil(killNanos + TimeUnit.SECONDS.toNanos(options.afterSeconds()));
            long stop = System.nanoTime();
            pacer.stopAt(stop);
            webhooks.stop();
            widgets.stopSending();
            if (!pacer.await(TimeUnit.SECONDS.toNanos(20))) {
                err.println("failovertest: some senders were still waiting for a reply when the load ended");
            }
            err.println("failovertest: load over; waiting for replies, inbound work and streams to settle");
            boolean settled = false;
            long settleDeadline = System.nanoTime() + SETTLE_NANOS;
            while (!(settled = settledCheck.test(widgets.widgets(), killMillis))
                    && System.nanoTime() < settleDeadline) {
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS); // polling the store and the streams, bounded
            }
            List<StopTurn> chatTurns = new ArrayList<>();
            for (int i = 0; i < pacer.offered(); i++) {
                if (turns.get(i) != null) {
                    chatTurns.add(turns.get(i));
                }
            }
            return new Observed(
                    killMillis,
                    killNanos,
                    chatTurns,
                    widgets.turns(),
                    webhooks.deliveries(),
                    inboundAtKill,
                    outboxAtKill,
                    widgets.widgets(),
                    settled);
        }
    }

    /**
     * Waits (bounded) until both instances hold leased work: an instance leases a batch of rows at once, all with
     * the same lease end, and takes its next batch only when this one is done, so two lease ends among the pending
     * rows of a table are two instances each holding a batch. False when that was not seen in time.
     */
    private boolean awaitBothHolding() throws InterruptedException {
        long deadline = System.nanoTime() + BOTH_HOLDING_NANOS;
        while (System.nanoTime() < deadline) {
            long now = System.currentTimeMillis();
            long inbound = rows.leaseEnds("inbound", ProxyWebhooks.CHANNEL, now).stream()
                    .distinct()
                    .count();
            long outbox = inbound < 2
                    ? 0
                    : rows.leaseEnds("outbox", ProxyWebhooks.CHANNEL, now).stream()
                            .distinct()
                            .count();
            if (inbound >= 2 && outbox >= 2) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(2); // polling the store for the moment to kill, bounded
        }
        return false;
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait); // the run's own timeline
        }
    }
}
