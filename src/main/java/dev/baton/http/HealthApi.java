package dev.baton.http;

import dev.baton.http.Dtos.Health;
import dev.baton.http.Dtos.Ready;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The health probes: {@code /health/live} (the process answers), {@code /health/ready} (send it traffic: see
 * {@link Readiness}) and {@code /health} as it always was (the store answers).
 */
final class HealthApi {

    private HealthApi() {}

    static void routes(RoutesConfig routes, Readiness readiness) {
        routes.get("/health", ctx -> health(ctx, readiness));
        routes.get("/health/live", ctx -> ctx.json(new Health("live")));
        routes.get("/health/ready", ctx -> ready(ctx, readiness));
    }

    private static void health(Context ctx, Readiness readiness) {
        if (readiness.storeUp()) {
            ctx.json(new Health("ok"));
        } else {
            ctx.status(503).json(new Health("starting"));
        }
    }

    private static void ready(Context ctx, Readiness readiness) {
        Readiness.Report report = readiness.check();
        ctx.status(report.ready() ? 200 : 503).json(new Ready(report.status(), report.checks()));
    }
}
