package dev.baton.http;

import dev.baton.config.HttpConfig;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * The headers every response carries so a browser cannot be turned against Baton's pages: no content-type
 * sniffing, no referrer sent on, and for pages a content security policy that loads only Baton's own scripts
 * and lets the pages be framed only where they may be: the agent console nowhere, the widget's page by the
 * origins configured for the widget ({@code http.corsOrigins}).
 */
final class SecurityHeaders {

    /** Scripts and connections from Baton only; the widget adds its own stylesheet as a style element. */
    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'";

    private SecurityHeaders() {}

    static void apply(Context ctx, List<String> widgetOrigins) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        String path = ctx.path();
        if (path.equals("/agent") || path.startsWith("/agent.")) {
            ctx.header("Content-Security-Policy", POLICY + "; frame-ancestors 'none'");
            ctx.header("X-Frame-Options", "DENY");
        } else if (path.equals("/") || path.endsWith(".html")) {
            ctx.header("Content-Security-Policy", POLICY + "; frame-ancestors " + ancestors(widgetOrigins));
        }
    }

    /** Who may frame the widget's page: Baton itself and the widget's configured origins ("*": anyone). */
    private static String ancestors(List<String> origins) {
        if (origins.contains("*")) {
            return "*";
        }
        StringBuilder allowed = new StringBuilder("'self'");
        for (String origin : origins) {
            if (origin.chars().allMatch(c -> Character.isLetterOrDigit(c) || ":/.-*".indexOf(c) >= 0)) {
                allowed.append(' ').append(origin);
            }
        }
        return allowed.toString();
    }

    /** Lets pages on the widget's origins ({@code http.corsOrigins}) call the API; none when none is set. */
    static void cors(JavalinConfig config, HttpConfig http) {
        if (http.corsOrigins().isEmpty()) {
            return;
        }
        config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
            if (http.corsOrigins().contains("*")) {
                rule.anyHost();
            } else {
                String first = http.corsOrigins().get(0);
                rule.allowHost(
                        first,
                        http.corsOrigins().subList(1, http.corsOrigins().size()).toArray(String[]::new));
            }
        }));
    }
}
