package dev.baton.http;

import dev.baton.metrics.BatonMetrics;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jetty.JettyConnectionMetrics;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.thread.ThreadPool;

/**
 * {@code GET /metrics}: every metric in Prometheus's text format, for a scraper that sends
 * {@code Authorization: Bearer <BATON_METRICS_TOKEN>}. Without a token set, metrics are off and the endpoint
 * answers 404 {@code metrics_off}.
 */
final class MetricsApi {

    static final String PATH = "/metrics";
    /** Prometheus's text exposition format. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final BatonMetrics metrics;
    private final byte[] token;

    /** @param metrics null when metrics are off */
    MetricsApi(BatonMetrics metrics, String token) {
        this.metrics = metrics;
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    void routes(RoutesConfig routes) {
        routes.get(PATH, this::scrape);
    }

    /** Counts the server's connections and its thread pool, once the server has its connectors. */
    void bind(Server server, ThreadPool threads) {
        if (metrics != null) {
            JettyConnectionMetrics.addToAllConnectors(server, metrics.registry(), Tags.empty());
            new JettyServerThreadPoolMetrics(threads, Tags.empty()).bindTo(metrics.registry());
        }
    }

    private void scrape(Context ctx) {
        if (metrics == null || token == null) {
            throw new ApiException(404, "metrics_off", "metrics are off: set BATON_METRICS_TOKEN to turn them on");
        }
        String authorization = ctx.header("Authorization");
        byte[] sent = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8)
                : new byte[0];
        // Constant time: how much of the token a guess got right does not show in how long the refusal takes.
        if (!MessageDigest.isEqual(sent, token)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"metrics\"");
            throw new ApiException(401, "unauthorized", "send the metrics token as 'Authorization: Bearer <token>'");
        }
        ctx.contentType(CONTENT_TYPE).result(metrics.scrape());
    }
}
