package dev.baton.bench.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.bench.load.LoadClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One widget's live stream through the proxy, reconnecting as the widget's {@code connection.js} does: after a drop
 * it waits {@code min(10 s, 500 ms * 2^attempt)} plus up to 1 s of jitter, asks {@code GET messages?after=N} (N the
 * last seq below which it has every message, as {@code readback.js} keeps it), opens the socket again when that
 * answered, and catches up once more when the socket opens, when its first {@code state} frame comes, and when a
 * pushed message leaves one before it missing (announced only by the instance that died). Every seq it learns, pushed or
 * caught up, is kept, so the run can compare them with the store.
 */
final class ProxyWidget {

    private static final long BASE_MS = 500;
    private static final long MAX_MS = 10_000;
    private static final long JITTER_MS = 1_000;

    final String id;
    private final String token;
    private final URI messages;
    private final URI stream;
    private final LoadClient client;
    private final HttpClient sockets;
    private final ObjectMapper json;
    private final ScheduledExecutorService timers;
    private final SplittableRandom random;
    private final NavigableSet<Long> seen = new ConcurrentSkipListSet<>();
    private final List<Long> drops = new ArrayList<>();
    private final List<Long> opens = new ArrayList<>();
    private volatile WebSocket socket;
    private volatile boolean closed;
    private int attempt;
    private long caughtUpAfterDrop;
    private long failedCatchUps;

    ProxyWidget(
            String id,
            String token,
            URI base,
            LoadClient client,
            HttpClient sockets,
            ObjectMapper json,
            ScheduledExecutorService timers,
            long seed) {
        this.id = id;
        this.token = token;
        String path = base.getPath() + "/api/v1/conversations/" + id;
        this.messages = base.resolve(path + "/messages");
        this.stream = URI.create("ws://" + base.getAuthority() + path + "/stream?token=" + token);
        this.client = client;
        this.sockets = sockets;
        this.json = json;
        this.timers = timers;
        this.random = new SplittableRandom(seed);
    }

    /** Opens the socket (a failure to open schedules a reconnect, as a drop does). */
    void open() {
        if (closed) {
            return;
        }
        sockets.newWebSocketBuilder().buildAsync(stream, new Listener()).whenComplete((ws, e) -> {
            if (e != null) {
                dropped(null);
            }
        });
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();
        private boolean subscribed;

        @Override
        public void onOpen(WebSocket ws) {
            synchronized (ProxyWidget.this) {
                socket = ws;
                attempt = 0;
                opens.add(System.currentTimeMillis());
            }
            ws.request(1);
            timers.execute(() -> catchUp());
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String frame = text.toString();
                text.setLength(0);
                try {
                    JsonNode event = json.readTree(frame);
                    String type = event.path("type").asText();
                    if ("message".equals(type)) {
                        seen.add(event.path("message").path("seq").asLong());
                        if (complete() < seen.last()) {
                            timers.execute(() -> catchUp());
                        }
                    } else if ("state".equals(type) && !subscribed) {
                        subscribed = true;
                        timers.execute(() -> catchUp());
                    }
                } catch (IOException e) {
                    // Not JSON: the widget ignores such a frame too.
                }
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
            dropped(ws);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            dropped(ws);
        }
    }

    private void dropped(WebSocket ws) {
        synchronized (this) {
            if (closed || (ws != null && socket != ws)) {
                return;
            }
            socket = null;
            drops.add(System.currentTimeMillis());
        }
        scheduleReconnect();
    }

    private void scheduleReconnect() {
        long delay;
        synchronized (this) {
            delay = Math.min(MAX_MS, BASE_MS << Math.min(attempt, 20)) + (long) (random.nextDouble() * JITTER_MS);
            attempt++;
        }
        timers.schedule(
                () -> {
                    if (catchUp()) {
                        open();
                    } else if (!closed) {
                        scheduleReconnect();
                    }
                },
                delay,
                TimeUnit.MILLISECONDS);
    }

    /** {@code GET messages?after=N}; false when it did not answer 200. */
    boolean catchUp() {
        long after = complete();
        try {
            LoadClient.Reply reply = client.get(URI.create(messages + "?after=" + after), "Bearer " + token);
            if (reply.status() != 200) {
                countFailedCatchUp();
                return false;
            }
            int added = 0;
            for (JsonNode m : json.readTree(reply.body()).path("messages")) {
                if (seen.add(m.path("seq").asLong())) {
                    added++;
                }
            }
            synchronized (this) {
                if (!drops.isEmpty()) {
                    caughtUpAfterDrop += added;
                }
            }
            return true;
        } catch (IOException e) {
            countFailedCatchUp();
            return false;
        }
    }

    /** The last seq below which every message was seen (a conversation's seqs have no gaps). */
    private long complete() {
        long n = 0;
        for (long seq : seen) {
            if (seq != n + 1) {
                break;
            }
            n = seq;
        }
        return n;
    }

    private synchronized void countFailedCatchUp() {
        failedCatchUps++;
    }

    /** The seqs learned so far. */
    NavigableSet<Long> seen() {
        return seen;
    }

    synchronized List<Long> drops() {
        return List.copyOf(drops);
    }

    synchronized List<Long> opens() {
        return List.copyOf(opens);
    }

    synchronized long caughtUpAfterDrop() {
        return caughtUpAfterDrop;
    }

    synchronized long failedCatchUps() {
        return failedCatchUps;
    }

    boolean connected() {
        return socket != null;
    }

    void close() {
        WebSocket ws;
        synchronized (this) {
            closed = true;
            ws = socket;
            socket = null;
        }
        if (ws != null) {
            ws.abort();
        }
    }
}
