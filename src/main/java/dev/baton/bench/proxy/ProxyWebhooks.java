package dev.baton.bench.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.bench.stop.StopTurn;
import dev.baton.channel.generic.GenericSignature;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A company's app posting its users' messages to the generic webhook through the proxy, signed: a steady trickle and,
 * on demand, a burst from 48 senders, so that both instances have inbound deliveries leased when one is killed. Each delivery comes
 * from a chat of its own with a text of its own, so the store check can find the one turn it must have made.
 */
final class ProxyWebhooks implements AutoCloseable {

    /** The integration's name: {@code /webhooks/generic/app}. */
    static final String INTEGRATION = "app";
    /** The generic channel's name in the channel tables. */
    static final String CHANNEL = "generic:" + INTEGRATION;

    private static final String[] TEXTS = {"怎么联系在线客服", "how do i contact support", "客服多久回复啊", "在線客服怎麼聯繫"};

    /** One delivery as the app saw it: acknowledged when the webhook answered 200. */
    record Delivery(String messageId, String userId, String text, long startNanos, long endNanos, String outcome) {
        boolean acknowledged() {
            return "200".equals(outcome);
        }
    }

    private final URI hook;
    private final String secret;
    private final String run;
    private final ObjectMapper json;
    private final ScheduledExecutorService ticker;
    private final ExecutorService senders;
    private final AtomicInteger next = new AtomicInteger();
    private final List<Delivery> deliveries = new ArrayList<>();

    ProxyWebhooks(URI base, String secret, ObjectMapper json) {
        this.hook = base.resolve(base.getPath() + "/webhooks/generic/" + INTEGRATION);
        this.secret = secret;
        this.run = Long.toString(System.currentTimeMillis(), 36);
        this.json = json;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "webhook-tick"));
        this.senders = Executors.newFixedThreadPool(48, r -> daemon(r, "webhook-send"));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Posts {@code perSecond} deliveries a second until closed. */
    void trickle(int perSecond) {
        if (perSecond > 0) {
            ticker.scheduleAtFixedRate(
                    () -> senders.execute(this::send), 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
        }
    }

    /** Posts {@code count} deliveries at once, from all senders. */
    void burst(int count) {
        for (int i = 0; i < count; i++) {
            senders.execute(this::send);
        }
    }

    private void send() {
        int n = next.incrementAndGet();
        String messageId = "m-" + run + "-" + n;
        String userId = "u-" + run + "-" + n;
        String text = TEXTS[n % TEXTS.length] + " (" + n + ")";
        ObjectNode body = json.createObjectNode()
                .put("messageId", messageId)
                .put("userId", userId)
                .put("text", text)
                .put("locale", n % 2 == 0 ? "zh-CN" : "en");
        long start = System.nanoTime();
        String outcome;
        try {
            byte[] bytes = json.writeValueAsBytes(body);
            String signature = GenericSignature.sign(secret, System.currentTimeMillis() / 1000, bytes);
            outcome = Integer.toString(post(bytes, signature));
        } catch (IOException e) {
            outcome = StopTurn.of(e).name().toLowerCase(Locale.ROOT);
        }
        Delivery d = new Delivery(messageId, userId, text, start, System.nanoTime(), outcome);
        synchronized (this) {
            deliveries.add(d);
        }
    }

    /** One signed POST; the status. */
    private int post(byte[] body, String signature) throws IOException {
        HttpURLConnection c = (HttpURLConnection) hook.toURL().openConnection(Proxy.NO_PROXY);
        c.setConnectTimeout(5_000);
        c.setReadTimeout(10_000);
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "application/json");
        c.setRequestProperty(GenericSignature.HEADER, signature);
        c.getOutputStream().write(body);
        int status = c.getResponseCode();
        // Read to the end, so the connection goes back to the keep-alive cache.
        try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
            if (in != null) {
                in.readAllBytes();
            }
        }
        return status;
    }

    /** How many deliveries have been answered 200 so far. */
    synchronized long acknowledged() {
        return deliveries.stream().filter(Delivery::acknowledged).count();
    }

    synchronized List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** Stops posting and waits for the posts in flight. */
    void stop() throws InterruptedException {
        ticker.shutdownNow();
        senders.shutdown();
        senders.awaitTermination(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        senders.shutdownNow();
    }
}
