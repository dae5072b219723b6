package dev.baton.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.http.BatonTestServer;
import dev.baton.testing.IntegrationTest;
import dev.baton.web.ConsoleApi.Chat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The supervisor dashboard in Chromium over a scripted mix (an answer, a clarification, a normal and an urgent
 * handoff, the urgent one answered, resolved and rated): its charts are drawn and every figure it shows is the
 * report API's. Other agents do not see its link.
 */
@IntegrationTest
@ExtendWith(BrowserTests.class)
class DashboardBrowserTest {

    /** The figures the dashboard shows, by their data-test suffix, and where the API has each. */
    private static final Map<String, String> FIGURES = Map.ofEntries(
            Map.entry("containment", "/containment/rate"),
            Map.entry("provisional", "/containment/provisionalRate"),
            Map.entry("contained", "/containment/contained"),
            Map.entry("not-contained", "/containment/notContained"),
            Map.entry("pending", "/containment/pending"),
            Map.entry("handoff-rate", "/handoffs/rate"),
            Map.entry("first-p50", "/firstResponse/p50Seconds"),
            Map.entry("first-p90", "/firstResponse/p90Seconds"),
            Map.entry("sla-breached", "/sla/breached"),
            Map.entry("rating-mean", "/ratings/mean"),
            Map.entry("ratings", "/ratings/total"));

    @TempDir
    static Path tmp;

    private static BatonTestServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        if (BrowserTests.skipped()) {
            return;
        }
        server = BatonTestServer.start(Files.createDirectories(tmp.resolve("data")));
        browser = Chromium.start(tmp.resolve("chromium"), "en-US");
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private static void scriptTheMix(ConsoleApi api, String supervisor) {
        api.say(api.openChat(), "客服几点上班");
        api.say(api.openChat(), "lianxi kefu");
        Chat normal = api.openChat();
        api.say(normal, "转人工");
        api.say(normal, "跳过");
        api.say(normal, "跳过");
        Chat urgent = api.openChat();
        String ticket = api.say(urgent, "我的币被盗了").at("/handoff/ticketId").asText();
        String path = "/api/v1/agent/tickets/" + ticket;
        api.postAs(path + "/claim", supervisor, Map.of(), 200);
        api.postAs(path + "/messages", supervisor, Map.of("text", "我是客服，请先冻结账户。"), 201);
        api.postAs(path + "/resolve", supervisor, Map.of(), 200);
        api.postAs(
                "/api/v1/conversations/" + urgent.id() + "/messages",
                urgent.token(),
                Map.of("text", "5", "quickReply", "rate_5"),
                200);
    }

    @Test
    void theDashboardDrawsItsChartsAndShowsTheReportsFiguresToSupervisorsOnly() {
        ConsoleApi api = new ConsoleApi(server.baseUrl());
        String supervisor = server.addAgent("sue", 1, true);
        String agent = server.addAgent("al", 1, false);
        scriptTheMix(api, supervisor);

        ConsolePage plain = ConsolePage.openSignedOut(browser, server.baseUrl()).signIn(agent);
        plain.awaitConnection("online");
        assertThat(browser.findElement(By.cssSelector("[data-test=\"dash-view\"]"))
                        .isDisplayed())
                .as("the dashboard's link, for an agent who is no supervisor")
                .isFalse();

        ConsolePage console =
                ConsolePage.openSignedOut(browser, server.baseUrl()).signIn(supervisor);
        console.awaitConnection("online");
        console.await()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-test=\"dash-view\"]")))
                .click();
        for (String period : List.of("24h", "7d")) {
            console.await()
                    .withMessage("the " + period + " report never drew")
                    .until(ExpectedConditions.attributeToBe(
                            By.cssSelector("[data-test=\"dash-period-" + period + "\"]"), "data-state", "ready"));
        }
        assertThat(browser.findElement(By.cssSelector("[data-test=\"queue\"], .layout"))
                        .isDisplayed())
                .as("the queue is out of sight")
                .isFalse();

        for (String period : List.of("24h", "7d")) {
            JsonNode report = api.agentGet("/api/v1/agent/report?period=" + period, supervisor);
            FIGURES.forEach((name, pointer) -> {
                String shown = browser.findElement(By.cssSelector("[data-test=\"dash-" + period + "-" + name + "\"]"))
                        .getDomAttribute("data-value");
                JsonNode expected = report.at(pointer);
                if (expected.isNull()) {
                    assertThat(shown).as(period + " " + name).isEmpty();
                } else {
                    assertThat(Double.parseDouble(shown))
                            .as(period + " " + name)
                            .isEqualTo(expected.asDouble());
                }
            });
            assertThat(report.at("/handoffs/handedOff").asInt()).isEqualTo(2);
            assertThat(report.at("/ratings/counts/4").asInt()).isEqualTo(1);
            assertThat(browser.findElements(
                            By.cssSelector("[data-test=\"dash-" + period + "-reasons\"] [data-test=\"dash-reason\"]")))
                    .hasSize(report.at("/handoffs/byReason").size());
            assertThat(browser.findElements(By.cssSelector(
                            "[data-test=\"dash-" + period + "-clarifications\"] [data-test=\"dash-clarification\"]")))
                    .hasSize(report.at("/clarifications").size())
                    .isNotEmpty();
            for (String chart : List.of("queue", "ratings")) {
                Object area = console.script("const c = document.querySelector('[data-test=\"dash-" + period + "-"
                        + chart + "-chart\"] canvas'); return c ? c.width * c.height : 0;");
                assertThat(((Number) area).longValue())
                        .as(period + " " + chart + " chart's canvas")
                        .isPositive();
            }
        }
        assertThat(ConsolePage.errorsIn(browser))
                .as("JavaScript errors in the console")
                .isEmpty();
    }
}
