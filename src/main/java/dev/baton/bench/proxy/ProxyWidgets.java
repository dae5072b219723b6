package dev.baton.bench.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.bench.BenchException;
import dev.baton.bench.load.LoadClient;
import dev.baton.bench.load.LoadMessages;
import dev.baton.bench.stop.StopTurn;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The widgets kept open through the proxy: each opens a conversation, holds its live stream (a {@link ProxyWidget})
 * and sends a turn every {@code everyMillis}, as a person typing now and then would, so that messages are committed
 * while a dropped stream is away. Their turns are recorded like the chat load's, to be looked for in the store.
 */
final class ProxyWidgets implements AutoCloseable {

    private final List<ProxyWidget> widgets = new ArrayList<>();
    private final List<StopTurn> turns = new ArrayList<>();
    private final ScheduledExecutorService timers;
    private final ScheduledExecutorService senders;
    private final HttpClient sockets;
    private final LoadClient client;
    private final ObjectMapper json;

    private ProxyWidgets(LoadClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
        this.timers = Executors.newScheduledThreadPool(4, r -> {
            Thread t = new Thread(r, "widget");
            t.setDaemon(true);
            return t;
        });
        this.senders = Executors.newScheduledThreadPool(4, r -> {
            Thread t = new Thread(r, "widget-send");
            t.setDaemon(true);
            return t;
        });
        this.sockets =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Opens {@code count} conversations through {@code base} and their streams; turns start at once. */
    static ProxyWidgets open(int count, long everyMillis, URI base, LoadClient client, ObjectMapper json)
            throws IOException {
        ProxyWidgets all = new ProxyWidgets(client, json);
        LoadMessages messages = new LoadMessages(json);
        URI create = base.resolve(base.getPath() + "/api/v1/conversations");
        for (int i = 0; i < count; i++) {
            LoadClient.Reply reply =
                    client.post(create, null, LoadMessages.CREATE_BODY.getBytes(StandardCharsets.UTF_8));
            if (reply.status() != 200 && reply.status() != 201) {
                throw new BenchException("cannot open a widget's conversation through the proxy: " + reply.status());
            }
            JsonNode node = json.readTree(reply.body());
            ProxyWidget widget = new ProxyWidget(
                    node.path("conversationId").asText(),
                    node.path("token").asText(),
                    base,
                    client,
                    all.sockets,
                    json,
                    all.timers,
                    i);
            all.widgets.add(widget);
            widget.open();
            SplittableRandom random = new SplittableRandom(1000 + i);
            URI post = base.resolve(base.getPath() + "/api/v1/conversations/" + widget.id + "/messages");
            String authorization = "Bearer " + node.path("token").asText();
            all.senders.scheduleAtFixedRate(
                    () -> all.turn(widget.id, post, authorization, messages.pick(random)),
                    everyMillis * i / count,
                    everyMillis,
                    TimeUnit.MILLISECONDS);
        }
        return all;
    }

    private void turn(String conversation, URI post, String authorization, byte[] body) {
        long sent = System.nanoTime();
        StopTurn turn;
        try {
            LoadClient.Reply reply = client.post(post, authorization, body);
            long seq = reply.status() / 100 == 2
                    ? json.readTree(reply.body()).path("messageId").asLong(0)
                    : 0;
            turn = seq > 0
                    ? StopTurn.acknowledged(sent, sent, System.nanoTime(), conversation, seq, body)
                    : StopTurn.failed(
                            sent,
                            sent,
                            System.nanoTime(),
                            StopTurn.of(reply.status()),
                            "widget send " + reply.status());
        } catch (IOException e) {
            StopTurn.Outcome outcome = StopTurn.of(e);
            turn = StopTurn.failed(
                    sent,
                    sent,
                    System.nanoTime(),
                    outcome,
                    "widget send " + outcome.name().toLowerCase(Locale.ROOT));
        }
        synchronized (this) {
            turns.add(turn);
        }
    }

    /** Stops sending turns; the streams stay open. */
    void stopSending() throws InterruptedException {
        senders.shutdown();
        senders.awaitTermination(15, TimeUnit.SECONDS);
    }

    List<ProxyWidget> widgets() {
        return widgets;
    }

    synchronized List<StopTurn> turns() {
        return List.copyOf(turns);
    }

    @Override
    public void close() {
        widgets.forEach(ProxyWidget::close);
        senders.shutdownNow();
        timers.shutdownNow();
    }
}
