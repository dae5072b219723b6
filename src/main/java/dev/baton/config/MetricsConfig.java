package dev.baton.config;

import java.util.Optional;

/**
 * Prometheus metrics: off (no {@code /metrics} endpoint, nothing counted) until a token is set; then the
 * endpoint answers only {@code Authorization: Bearer <token>}.
 *
 * @param token the scraper's bearer token, or null when metrics are off
 */
public record MetricsConfig(String token) {

    /** Short tokens can be guessed; this many characters is about 96 bits of a random token's worth. */
    public static final int MIN_TOKEN_CHARS = 16;

    public MetricsConfig {
        if (token != null && (token.length() < MIN_TOKEN_CHARS || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f))) {
            throw new ConfigException("metrics.token must be at least " + MIN_TOKEN_CHARS
                    + " printable ASCII characters without spaces (it is sent in an Authorization header)");
        }
    }

    public static MetricsConfig off() {
        return new MetricsConfig(null);
    }

    public boolean on() {
        return token != null;
    }

    public Optional<String> bearer() {
        return Optional.ofNullable(token);
    }

    /** Never the token itself: a config printed in a log or an error shows only whether it is set. */
    @Override
    public String toString() {
        return "MetricsConfig[token=" + (token == null ? "unset" : "set") + "]";
    }
}
