package dev.baton.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;

/**
 * {@link LoadClient} over {@link HttpURLConnection}: blocking, on the calling thread, reusing keep-alive
 * connections from the JDK's cache (sized by {@code http.maxConnections}, which must be set before the first
 * request in the JVM).
 */
public final class LoadUrlConnection implements LoadClient {

    private static final byte[] EMPTY = new byte[0];

    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;

    public LoadUrlConnection(int connectTimeoutMillis, int readTimeoutMillis) {
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.readTimeoutMillis = readTimeoutMillis;
    }

    @Override
    public Reply post(URI uri, String authorization, byte[] json) throws IOException {
        HttpURLConnection c = open(uri);
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "application/json");
        if (authorization != null) {
            c.setRequestProperty("Authorization", authorization);
        }
        c.getOutputStream().write(json);
        return reply(c);
    }

    @Override
    public Reply get(URI uri, String authorization) throws IOException {
        HttpURLConnection c = open(uri);
        if (authorization != null) {
            c.setRequestProperty("Authorization", authorization);
        }
        return reply(c);
    }

    private HttpURLConnection open(URI uri) throws IOException {
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
        c.setConnectTimeout(connectTimeoutMillis);
        c.setReadTimeout(readTimeoutMillis);
        c.setUseCaches(false);
        return c;
    }

    // Reading the body to its end (the error body too) is what returns the connection to the keep-alive cache.
    private static Reply reply(HttpURLConnection c) throws IOException {
        int status = c.getResponseCode();
        try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
            return new Reply(status, in == null ? EMPTY : in.readAllBytes());
        }
    }
}
