package dev.baton.http;

import dev.baton.handoff.Actor;
import dev.baton.report.Period;
import dev.baton.report.Report;
import dev.baton.report.SupervisorReport;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * The supervisor report, {@code GET /api/v1/agent/report?period=24h|7d}: supervisors only (401 {@code
 * unauthorized} without an agent token, 403 {@code supervisor_only} for other agents), 400 {@code
 * invalid_period} for a period it does not know.
 */
final class ReportApi {

    static final String PATH = "/api/v1/agent/report";

    private final AgentApi agents;
    private final SupervisorReport report;

    private ReportApi(AgentApi agents, SupervisorReport report) {
        this.agents = agents;
        this.report = report;
    }

    /** Registers the endpoint when there is a report to serve; without one it answers 404 like any other. */
    static void routes(RoutesConfig routes, AgentApi agents, SupervisorReport report) {
        if (report != null) {
            routes.get(PATH, new ReportApi(agents, report)::get);
        }
    }

    private void get(Context ctx) {
        Actor actor = agents.actor(ctx);
        if (!actor.supervisor()) {
            throw new ApiException(403, "supervisor_only", "the report is for supervisors");
        }
        String code = ctx.queryParam("period");
        Period period = Period.of(code == null || code.isBlank() ? Period.DAY.code() : code.strip())
                .orElseThrow(() -> new ApiException(400, "invalid_period", "period must be 24h or 7d: '" + code + "'"));
        ctx.json(View.of(report.of(period)));
    }

    /** The wire form: the report's figures as they are, its times as ISO-8601 text. */
    record View(
            String period,
            String from,
            String to,
            Report.Containment containment,
            Report.Handoffs handoffs,
            Report.FirstResponse firstResponse,
            Report.Sla sla,
            List<Point> queue,
            Report.Ratings ratings,
            List<Report.Clarification> clarifications) {
        static View of(Report r) {
            return new View(
                    r.period().code(),
                    AgentDtos.time(r.from()),
                    AgentDtos.time(r.to()),
                    r.containment(),
                    r.handoffs(),
                    r.firstResponse(),
                    r.sla(),
                    r.queue().stream()
                            .map(p -> new Point(AgentDtos.time(p.at()), p.depth(), p.peak()))
                            .toList(),
                    r.ratings(),
                    r.clarifications());
        }
    }

    record Point(String at, int depth, int peak) {}
}
