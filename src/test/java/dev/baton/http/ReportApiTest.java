package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.baton.App;
import dev.baton.http.ApiClient.Chat;
import dev.baton.http.ApiClient.Reply;
import dev.baton.testing.HandClock;
import dev.baton.testing.IntegrationTest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/agent/report}: supervisors only, a known period, the figures of what happened. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiTest {

    @TempDir
    static Path data;

    private final HandClock clock = new HandClock(Instant.parse("2030-05-01T08:00:00Z"));
    private BatonTestServer server;
    private ApiClient api;
    private String supervisor;
    private String agent;

    @BeforeAll
    void start() {
        server = BatonTestServer.start(
                data, Map.of(), new App.Environment(clock, Ticker.systemTicker(), ForkJoinPool.commonPool()));
        api = new ApiClient(server.baseUrl());
        supervisor = server.addAgent("sue", 1, true);
        agent = server.addAgent("al", 1, false);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private Reply report(String query, String token) {
        return api.request("GET", "/api/v1/agent/report" + query, token, null, null);
    }

    @Test
    void onlySupervisorsReadItAndAnUnknownPeriodIsRefused() {
        assertThat(report("", null).status()).isEqualTo(401);
        assertThat(report("", null).json().at("/error/code").asText()).isEqualTo("unauthorized");
        assertThat(report("", agent).status()).isEqualTo(403);
        assertThat(report("", agent).json().at("/error/code").asText()).isEqualTo("supervisor_only");
        Reply bad = report("?period=30d", supervisor);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/error/code").asText()).isEqualTo("invalid_period");
        assertThat(report("?period=7d", supervisor).json().path("period").asText())
                .isEqualTo("7d");
    }

    @Test
    void aHandedOffTicketShowsItsFirstResponseItsRatingAndTheQueue() {
        Chat answered = api.open();
        api.send(answered, "客服几点上班");
        Chat urgent = api.open();
        String ticket =
                api.send(urgent, "我的币被盗了").json().at("/handoff/ticketId").asText();
        clock.advance(Duration.ofMinutes(2));
        api.request("POST", "/api/v1/agent/tickets/" + ticket + "/claim", supervisor, null, null);
        api.request(
                "POST",
                "/api/v1/agent/tickets/" + ticket + "/messages",
                supervisor,
                "application/json",
                "{\"text\":\"我是客服，请先冻结账户。\"}");
        clock.advance(Duration.ofMinutes(10));
        api.request("POST", "/api/v1/agent/tickets/" + ticket + "/resolve", supervisor, null, null);
        api.send(urgent, "5", "rate_5");
        clock.advance(Duration.ofMinutes(1));

        JsonNode r = report("?period=24h", supervisor).json();

        assertThat(r.at("/handoffs/handedOff").asInt()).isEqualTo(1);
        assertThat(r.at("/handoffs/byReason/0/count").asInt()).isEqualTo(1);
        assertThat(r.at("/firstResponse/p50Seconds").asLong()).isEqualTo(120);
        assertThat(r.at("/sla/breached").asInt()).isZero();
        assertThat(r.at("/ratings/counts/4").asInt()).isEqualTo(1);
        assertThat(r.at("/ratings/mean").asDouble()).isEqualTo(5.0);
        assertThat(r.at("/containment/pending").asInt()).isEqualTo(1);
        assertThat(r.at("/containment/handedOff").asInt()).isEqualTo(1);
        assertThat(r.at("/containment/windowSeconds").asLong()).isEqualTo(86_400);
        assertThat(r.path("queue").size()).isEqualTo(24);
        assertThat(r.path("queue").get(23).path("peak").asInt()).isEqualTo(1);
        assertThat(r.path("queue").get(23).path("depth").asInt()).isZero();
    }
}
