package dev.baton;

import dev.baton.config.ReportConfig;
import dev.baton.report.SupervisorReport;
import dev.baton.store.jdbc.Database;
import dev.baton.store.jdbc.JdbcReportStore;
import java.time.Clock;

/** The supervisor report, wired: read from the store, with the configured containment window. Wiring only. */
final class Reporting {

    private Reporting() {}

    static SupervisorReport wire(ReportConfig config, Database database, Clock clock) {
        return new SupervisorReport(new JdbcReportStore(database), config.containmentWindow(), clock);
    }
}
