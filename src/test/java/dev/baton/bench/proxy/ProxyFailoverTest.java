package dev.baton.bench.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.cli.CliRun;
import dev.baton.testing.IntegrationTest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small failover run: two real {@code baton serve} processes on one PostgreSQL schema behind a real nginx, one
 * killed with {@code kill -9} under light load. Only what happened is checked, never how long it took: no acknowledged
 * turn lost, every acknowledged delivery one turn, every reply received as promised, the killed instance's leased
 * work taken over, its streams reconnected through the proxy and caught up, and no 5xx but the 502s of the requests
 * it had when it died. Without nginx the test fails saying what to install, unless {@code -Dbaton.nginxTests=skip}
 * asks to skip it.
 */
@IntegrationTest
class ProxyFailoverTest {

    static final String PROPERTY = "baton.nginxTests";
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    @Test
    @Timeout(240)
    void aKilledInstanceLosesNoAcknowledgedTurnAndItsWorkAndStreamsMoveToTheOther(@TempDir Path dir) throws Exception {
        if (!ProxyNginx.installed()) {
            String value = System.getProperty(PROPERTY, "run");
            Assumptions.assumeFalse(
                    "skip".equals(value), "nginx is not installed; skipped on purpose (-D" + PROPERTY + "=skip)");
            fail("nginx is not installed: " + ProxyNginx.INSTALL + " (or skip this test on purpose with -D" + PROPERTY
                    + "=skip)");
        }
        String schema = "baton_failover_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Path json = dir.resolve("failover.json");
        try {
            CliRun run = CliRun.of(
                    "",
                    "failovertest",
                    "--db-url",
                    POSTGRES + "?currentSchema=" + schema,
                    "--db-user",
                    "postgres",
                    "--rate",
                    "40",
                    "--threads",
                    "8",
                    "--widgets",
                    "6",
                    "--webhook-rate",
                    "5",
                    "--burst",
                    "300",
                    "--warmup-seconds",
                    "3",
                    "--after-seconds",
                    "5",
                    "--lease-millis",
                    "2000",
                    "--json",
                    json.toString());

            System.out.print(run.out());
            assertThat(run.status()).as(run.err() + run.out()).isZero();
            assertThat(run.out()).contains("result: PASSED");
            JsonNode report = new ObjectMapper().readTree(json.toFile());
            assertThat(report.get("passed").asBoolean()).isTrue();
            assertThat(report.at("/store/acknowledged").asLong()).isPositive();
            assertThat(report.at("/store/missing").asLong())
                    .as("no acknowledged turn lost")
                    .isZero();
            assertThat(report.at("/inbound/notDone").asLong()).isZero();
            assertThat(report.at("/inbound/withoutOneTurn").asLong()).isZero();
            assertThat(report.at("/inbound/takenOverAfterLease").asLong())
                    .as("the killed instance's leased deliveries taken over")
                    .isPositive();
            assertThat(report.at("/outbox/notSent").asLong()).isZero();
            assertThat(report.at("/outbox/neverReceived").asLong()).isZero();
            assertThat(report.at("/outbox/unexpectedRepeats").asLong()).isZero();
            assertThat(report.at("/outbox/takenOverAfterLease").asLong())
                    .as("the killed instance's leased replies delivered by the survivor")
                    .isPositive();
            assertThat(report.at("/streams/onKilledInstance").asLong()).isPositive();
            assertThat(report.at("/streams/reconnected").asLong())
                    .as("every stream that dropped reconnected through the proxy")
                    .isEqualTo(report.at("/streams/droppedAtKill").asLong());
            assertThat(report.at("/streams/missed").asLong()).isZero();
            assertThat(report.at("/errors/other5xx").asLong())
                    .as("no 5xx but the 502s of requests the killed instance had")
                    .isZero();
        } finally {
            try (Connection c = DriverManager.getConnection(POSTGRES, "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
