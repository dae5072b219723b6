package dev.baton.config;

import java.util.List;

/**
 * Where Baton listens and who may call it from a browser.
 *
 * @param corsOrigins origins allowed to embed the widget from another site ({@code *} for any); empty: same
 *                    origin only
 */
public record HttpConfig(String host, int port, List<String> corsOrigins) {
    public HttpConfig {
        if (host == null || host.isBlank()) {
            throw new ConfigException("http.host must not be empty");
        }
        if (port < 0 || port > 65_535) {
            throw new ConfigException("http.port must be between 0 and 65535, not " + port);
        }
        corsOrigins = List.copyOf(corsOrigins);
    }
}
