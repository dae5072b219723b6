package dev.baton.channel;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A messaging platform's API on loopback: records every call and answers with scripted responses (in order,
 * then the default), or holds calls until released to stand in for a platform that does not answer in time.
 */
public final class FakePlatform implements AutoCloseable {

    /** One call as the platform received it; header names in lower case, the query raw (or null). */
    public record Call(String method, String path, Map<String, String> headers, String body, String query) {
        public Call(String method, String path, Map<String, String> headers, String body) {
            this(method, path, headers, body, null);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** A query parameter, URL-decoded, or null. */
        public String queryParam(String name) {
            if (query == null) {
                return null;
            }
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String key = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                if (key.equals(name)) {
                    return eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
            return null;
        }
    }

    /** A scripted answer. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public Answer {
            headers = Map.copyOf(headers);
        }

        public static Answer json(int status, String body) {
            return new Answer(status, Map.of("Content-Type", "application/json"), body);
        }

        public Answer withHeader(String name, String value) {
            Map<String, String> more = new java.util.HashMap<>(headers);
            more.put(name, value);
            return new Answer(status, more, body);
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
    private final List<Call> all = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Queue<Answer> scripted = new ConcurrentLinkedQueue<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile Answer fallback = Answer.json(200, "{}");
    private volatile boolean holding;

    private FakePlatform(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** A platform on 127.0.0.1 and a free port, answering 200 {@code {}} until told otherwise. */
    public static FakePlatform start() {
        try {
            return new FakePlatform(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URI, e.g. {@code http://127.0.0.1:54321}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** {@link #uri()} followed by {@code pathAndQuery}, e.g. {@code /hooks/baton?tenant=1}. */
    public URI uri(String pathAndQuery) {
        return URI.create(uri() + pathAndQuery);
    }

    /** Answers the next calls with these, in order; after them, with the default answer. */
    public FakePlatform answer(Answer... answers) {
        scripted.addAll(List.of(answers));
        return this;
    }

    /** The answer once the scripted ones are used up. */
    public FakePlatform answerAlways(Answer answer) {
        this.fallback = answer;
        return this;
    }

    /** Records calls but answers none of them until {@link #release()} or {@link #close()}. */
    public FakePlatform hold() {
        holding = true;
        return this;
    }

    /** Lets held calls be answered. */
    public void release() {
        released.countDown();
    }

    /**
     * The next call not yet taken, waiting for it to arrive. The wait ends as soon as it does; its bound is only
     * there so a call that never comes fails the test, and is long so a busy machine cannot.
     */
    public Call nextCall() {
        try {
            Call call = calls.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (call == null) {
                throw new AssertionError("the platform received no call within " + WAIT.toSeconds() + " s");
            }
            return call;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Waits until the platform has received {@code count} calls in all (bounded like {@link #nextCall}). */
    public void awaitCalls(int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        synchronized (all) {
            while (all.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("the platform received " + all.size() + " calls, not " + count);
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(all, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
        }
    }

    /** Every call received so far, in order. */
    public List<Call> calls() {
        return new ArrayList<>(all);
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = exchange.getRequestHeaders().entrySet().stream()
                    .collect(Collectors.toMap(
                            e -> e.getKey().toLowerCase(Locale.ROOT),
                            e -> String.join(",", e.getValue()),
                            (a, b) -> a));
            Call call = new Call(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    headers,
                    body,
                    exchange.getRequestURI().getRawQuery());
            synchronized (all) {
                all.add(call);
                all.notifyAll();
            }
            calls.add(call);
            if (holding) {
                released.await();
            }
            Answer answer = scripted.poll();
            if (answer == null) {
                answer = fallback;
            }
            answer.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
