package dev.baton.bench.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A company's app as the generic channel's callback: a slow one, answering each message 200 only after
 * {@code delayMillis}, so that every instance holds outbox messages leased while it waits. Each instance posts to a
 * path of its own ({@code /0}, {@code /1} ...), so every message received says which instance sent it.
 */
final class ProxyReceiver implements AutoCloseable {

    /** One message received: from which instance, its outbox id (the generic {@code messageId}), and when. */
    record Receipt(int instance, long outboxId, String conversationId, long seq, long atMillis) {}

    private final HttpServer server;
    private final ExecutorService readers;
    private final ScheduledExecutorService answers;
    private final long delayMillis;
    private final ObjectMapper json;
    private final List<Receipt> receipts = new ArrayList<>();

    private ProxyReceiver(
            HttpServer server,
            ExecutorService readers,
            ScheduledExecutorService answers,
            long delayMillis,
            ObjectMapper json) {
        this.server = server;
        this.readers = readers;
        this.answers = answers;
        this.delayMillis = delayMillis;
        this.json = json;
    }

    /** Starts on a free loopback port for {@code instances} senders. */
    static ProxyReceiver start(int instances, long delayMillis, ObjectMapper json) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        ScheduledExecutorService answers = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "receiver-answer");
            t.setDaemon(true);
            return t;
        });
        ExecutorService readers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "receiver");
            t.setDaemon(true);
            return t;
        });
        ProxyReceiver receiver = new ProxyReceiver(server, readers, answers, delayMillis, json);
        for (int i = 0; i < instances; i++) {
            int instance = i;
            server.createContext("/" + i, exchange -> receiver.receive(instance, exchange));
        }
        server.setExecutor(readers);
        server.start();
        return receiver;
    }

    /** Where instance {@code instance} posts its messages. */
    URI callback(int instance) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + instance);
    }

    private void receive(int instance, HttpExchange exchange) throws IOException {
        long at = System.currentTimeMillis();
        JsonNode body;
        try (InputStream in = exchange.getRequestBody()) {
            body = json.readTree(in.readAllBytes());
        }
        synchronized (this) {
            receipts.add(new Receipt(
                    instance,
                    Long.parseLong(body.path("messageId").asText("0")),
                    body.path("conversationId").asText(),
                    body.path("seq").asLong(),
                    at));
        }
        // The answer comes later, from another thread, as a slow platform's would; the sender waits for it.
        answers.schedule(() -> answer(exchange), delayMillis, TimeUnit.MILLISECONDS);
    }

    private static void answer(HttpExchange exchange) {
        try {
            byte[] ok = "{\"ok\":true}".getBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
        } catch (IOException e) {
            // The sender is gone (killed): the message was received all the same.
        } finally {
            exchange.close();
        }
    }

    /** Every message received so far, in order of arrival. */
    synchronized List<Receipt> receipts() {
        return List.copyOf(receipts);
    }

    @Override
    public void close() {
        server.stop(0);
        answers.shutdownNow();
        readers.shutdownNow();
    }
}
