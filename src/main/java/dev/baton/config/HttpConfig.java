package dev.baton.config;

import java.time.Duration;
import java.util.List;

/**
 * Where Baton listens, who may call it from a browser, and how it stops.
 *
 * @param corsOrigins origins allowed to embed the widget from another site ({@code *} for any); empty: same
 *                    origin only
 * @param stopDelay   how long a stop keeps serving after {@code /health/ready} turns 503, so that a load
 *                    balancer polling it stops sending here before the port closes (zero: stop at once)
 */
public record HttpConfig(String host, int port, List<String> corsOrigins, Duration stopDelay) {

    /** Longest stop delay: orchestrators give a stopping process 30 s by default before they kill it. */
    public static final Duration MAX_STOP_DELAY = Duration.ofSeconds(60);

    /** Where Baton listens, stopping at once. */
    public HttpConfig(String host, int port, List<String> corsOrigins) {
        this(host, port, corsOrigins, Duration.ZERO);
    }

    public HttpConfig {
        if (host == null || host.isBlank()) {
            throw new ConfigException("http.host must not be empty");
        }
        if (port < 0 || port > 65_535) {
            throw new ConfigException("http.port must be between 0 and 65535, not " + port);
        }
        corsOrigins = List.copyOf(corsOrigins);
        if (stopDelay.isNegative() || stopDelay.compareTo(MAX_STOP_DELAY) > 0) {
            throw new ConfigException("http.stopDelayMillis must be between 0 and " + MAX_STOP_DELAY.toMillis()
                    + ", not " + stopDelay.toMillis());
        }
    }
}
