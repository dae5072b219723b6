package dev.baton.bench.handoff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.bench.BenchException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An agent connected to {@code /api/v1/agent/stream}: notes, by {@link System#nanoTime()} as the last fragment
 * of the frame arrives, when the first {@code ticket} event with status {@code queued} of each conversation
 * came in. The socket calls the listener one frame at a time, so the frame buffer needs no lock.
 */
final class HandoffWatch implements WebSocket.Listener, AutoCloseable {

    private final ObjectMapper json;
    private final Map<String, CompletableFuture<Long>> queued = new ConcurrentHashMap<>();
    private final StringBuilder frame = new StringBuilder();
    private volatile String closed;
    private WebSocket socket;

    private HandoffWatch(ObjectMapper json) {
        this.json = json;
    }

    /** Connects as the agent with {@code token} to the server at {@code base} (http://host:port). */
    static HandoffWatch connect(URI base, String token, ObjectMapper json, Duration timeout)
            throws InterruptedException {
        HandoffWatch watch = new HandoffWatch(json);
        URI uri = URI.create("ws://" + base.getRawAuthority() + base.getRawPath() + "/api/v1/agent/stream?token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder()
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(timeout)
                .build();
        try {
            watch.socket = http.newWebSocketBuilder()
                    .connectTimeout(timeout)
                    .buildAsync(uri, watch)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new BenchException("cannot connect to the agent stream at " + base + ": " + cause, e);
        }
        return watch;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        long now = System.nanoTime();
        frame.append(data);
        if (last) {
            String text = frame.toString();
            frame.setLength(0);
            take(text, now);
        }
        webSocket.request(1);
        return null;
    }

    private void take(String text, long now) {
        try {
            JsonNode event = json.readTree(text);
            JsonNode ticket = event.path("ticket");
            if ("ticket".equals(event.path("type").asText())
                    && "queued".equals(ticket.path("status").asText())) {
                arrival(ticket.path("conversationId").asText()).complete(now);
            }
        } catch (JsonProcessingException e) {
            // Not an event this watch knows: ignored, like the agent console ignores it.
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed = "closed by the server (" + statusCode + (reason.isEmpty() ? "" : " " + reason) + ")";
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed = "failed: " + error;
    }

    /** Why the stream ended, or null while it is open. */
    String closed() {
        return closed;
    }

    /**
     * When the first queued ticket of the conversation arrived, waiting for it until {@code deadline} (a
     * {@link System#nanoTime()}); empty if it had not by then.
     */
    OptionalLong awaitQueued(String conversationId, long deadline) throws InterruptedException {
        CompletableFuture<Long> arrival = arrival(conversationId);
        try {
            return OptionalLong.of(arrival.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            return OptionalLong.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("arrivals are only ever completed with a time", e);
        }
    }

    private CompletableFuture<Long> arrival(String conversationId) {
        return queued.computeIfAbsent(conversationId, id -> new CompletableFuture<>());
    }

    @Override
    public void close() {
        if (socket != null && closed == null) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done")
                    .orTimeout(5, TimeUnit.SECONDS)
                    .exceptionally(e -> null);
        }
    }
}
