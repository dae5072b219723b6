package dev.baton.channel;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A real {@link HttpClient} whose request timeouts expire on cue instead of on the clock. Until {@link #expire()}
 * it passes every request through; after it, {@code send} waits until {@code platform} has the request and then
 * throws the {@link HttpTimeoutException} the real client throws when a request's timeout runs out. A short real
 * timeout can run out before a busy machine has even delivered the request; this one cannot, and costs no time.
 * It records the timeout each request carried, so a test can check the channel set the configured one.
 */
public final class ExpiringHttpClient extends HttpClient {
    private final HttpClient real = HttpClient.newHttpClient();
    private final FakePlatform platform;
    private final List<Optional<Duration>> timeouts = new CopyOnWriteArrayList<>();
    private volatile boolean expiring;

    public ExpiringHttpClient(FakePlatform platform) {
        this.platform = platform;
    }

    /** From now on every request times out once the platform has received it. */
    public ExpiringHttpClient expire() {
        expiring = true;
        return this;
    }

    /** The timeout of every request sent so far, in order. */
    public List<Optional<Duration>> timeouts() {
        return List.copyOf(timeouts);
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        timeouts.add(request.timeout());
        if (!expiring) {
            return real.send(request, handler);
        }
        int before = platform.calls().size();
        CompletableFuture<HttpResponse<T>> pending = real.sendAsync(request, handler);
        platform.awaitCalls(before + 1);
        pending.cancel(true);
        throw new HttpTimeoutException("request timed out");
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        throw new UnsupportedOperationException("the channels send synchronously");
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
            HttpRequest request, HttpResponse.BodyHandler<T> handler, HttpResponse.PushPromiseHandler<T> pushes) {
        throw new UnsupportedOperationException("the channels send synchronously");
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return real.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return real.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return real.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return real.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return real.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return real.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return real.authenticator();
    }

    @Override
    public Version version() {
        return real.version();
    }

    @Override
    public Optional<Executor> executor() {
        return real.executor();
    }
}
