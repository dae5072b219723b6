package dev.baton.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Sends fuzz requests and judges what came back: any 5xx fails, and so does a lost answer (reset, silent close,
 * timeout), except that a request with broken framing may be refused by closing the connection.
 */
final class FuzzSender {

    /** How one request ended: its status or how the connection ended, and whether that is a failure. */
    record Outcome(String label, boolean failed, String detail) {}

    private final int port;
    private final Duration timeout;
    private final HttpClient http;

    FuzzSender(int port, Duration timeout) {
        this.port = port;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
    }

    Outcome send(FuzzProbe probe) {
        if (probe.isRaw()) {
            return raw(probe);
        }
        HttpRequest request;
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + probe.target()))
                    .timeout(timeout)
                    .method(
                            probe.method(),
                            probe.body().length == 0 && !"POST".equals(probe.method())
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
            probe.headers().forEach(b::header);
            request = b.build();
        } catch (IllegalArgumentException e) {
            // A target or header the client will not send as such: the same bytes go over a socket instead.
            return raw(probe.asRaw());
        }
        try {
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (!closedBeforeAnswering(e)) {
                    throw e;
                }
                // A kept-alive connection the server had closed before this request reached it: HTTP/1.1 lets a
                // client send again on a new connection (RFC 9112, 9.3.1). A second loss on a fresh connection
                // is the server's.
                response = fresh().send(request, HttpResponse.BodyHandlers.ofString());
            }
            return judged(response.statusCode(), response.body());
        } catch (HttpTimeoutException e) {
            return new Outcome("timeout", true, e.toString());
        } catch (IOException e) {
            return new Outcome("reset", true, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome("interrupted", true, e.toString());
        }
    }

    /** Whether the connection ended before a single byte of the answer: the pooled connection was stale. */
    private static boolean closedBeforeAnswering(IOException e) {
        return e.getMessage() != null && e.getMessage().contains("received no bytes");
    }

    private HttpClient fresh() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
    }

    private Outcome raw(FuzzProbe probe) {
        RawHttp.Answer answer = RawHttp.exchange(port, probe.raw(), probe.halfClose(), timeout);
        return switch (answer.ending()) {
            case ANSWERED ->
                answer.status() == 505 && !speaksHttp1(probe.raw())
                        ? new Outcome("505", false, "")
                        : judged(answer.status(), answer.body());
            case CLOSED_SILENTLY -> new Outcome("closed", !probe.brokenFraming(), "closed without an answer");
            case RESET -> new Outcome("reset", !probe.brokenFraming(), answer.body());
            case TIMED_OUT -> new Outcome("timeout", true, "no answer in " + timeout.toSeconds() + " s");
        };
    }

    /**
     * Whether the request line names HTTP/1.0 or 1.1. Another version is answered 505 by the protocol's own rule:
     * a refusal, not a failure of the server.
     */
    private static boolean speaksHttp1(byte[] raw) {
        String line = new String(raw, 0, Math.min(raw.length, 30_000), java.nio.charset.StandardCharsets.ISO_8859_1);
        int end = line.indexOf("\r\n");
        String first = end < 0 ? line : line.substring(0, end);
        return first.endsWith(" HTTP/1.1") || first.endsWith(" HTTP/1.0");
    }

    private static Outcome judged(int status, String body) {
        String shown = body == null ? "" : body.substring(0, Math.min(body.length(), 300));
        return new Outcome(String.valueOf(status), status >= 500, shown);
    }
}
