package dev.baton.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.http.BatonTestServer;
import dev.baton.testing.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's audit log page in headless Chromium: agents claim, reply to and resolve tickets over the API;
 * a supervisor sees those actions in the page, newest first, loads the older ones and filters by agent; an
 * agent who does not supervise has no link to it, and its address alone shows nothing.
 */
@IntegrationTest
@ExtendWith(BrowserTests.class)
class AuditLogBrowserTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Transcript reads by ann before the rest, each audited: more lines than one page holds. */
    private static final int VIEWS = 48;

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
        browser = Chromium.start(tmp.resolve("chromium-agent"), "en-US");
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

    @Test
    void aSupervisorSeesClaimsRepliesAndResolutionsAndFiltersThemByAgent() throws Exception {
        String ann = server.addAgent("ann", 1, false);
        String bob = server.addAgent("bob", 1, false);
        String boss = server.addAgent("boss", 1, true);
        ConsoleApi api = new ConsoleApi(server.baseUrl());
        String annTicket = handedOff(api, ann);
        String bobTicket = handedOff(api, ann);
        for (int i = 0; i < VIEWS; i++) {
            agent("GET", "/tickets/" + annTicket + "/transcript", ann, null);
        }
        agent("POST", "/tickets/" + annTicket + "/claim", ann, null);
        agent("POST", "/tickets/" + annTicket + "/messages", ann, "{\"text\":\"hello from ann\"}");
        agent("POST", "/tickets/" + annTicket + "/resolve", ann, null);
        agent("POST", "/tickets/" + bobTicket + "/claim", bob, null);
        agent("POST", "/tickets/" + bobTicket + "/messages", bob, "{\"text\":\"hello from bob\"}");

        // An agent who does not supervise: no link, and the address alone shows nothing.
        ConsolePage.openSignedOut(browser, server.baseUrl()).signIn(ann).awaitVisible("me");
        assertThat(browser.findElement(test("audit-view-link")).isDisplayed()).isFalse();
        ((JavascriptExecutor) browser).executeScript("location.hash = '#audit';");
        assertThat(browser.findElement(test("audit")).isDisplayed()).isFalse();

        // The supervisor opens the page from the link: the newest page, bob's reply first.
        ConsolePage.openSignedOut(browser, server.baseUrl()).signIn(boss).awaitVisible("me");
        click("audit-view-link");
        await().until(d -> rows().size() == 50);
        assertThat(cell(rows().get(0), "audit-agent")).isEqualTo("bob");
        assertThat(cell(rows().get(0), "audit-action")).isEqualTo("replied");
        assertThat(cell(rows().get(0), "audit-ticket")).isEqualTo(bobTicket);
        assertThat(cell(rows().get(1), "audit-action")).isEqualTo("claimed");
        assertThat(cell(rows().get(1), "audit-detail")).isEqualTo("was queued");
        assertThat(cell(rows().get(0), "audit-time")).isNotBlank();
        assertThat(browser.findElement(By.cssSelector("[data-agent=\"console\"] .layout"))
                        .isDisplayed())
                .as("the queue makes way")
                .isFalse();

        assertThat(rows().subList(2, 5))
                .extracting(r -> cell(r, "audit-action"))
                .containsExactly("resolved", "replied", "claimed");
        assertThat(rows().subList(2, 5)).extracting(r -> cell(r, "audit-agent")).containsOnly("ann");
        assertThat(cell(rows().get(49), "audit-action")).isEqualTo("read the transcript");

        // Load more brings the oldest lines: the rest of ann's reads.
        click("audit-more");
        await().until(d -> rows().size() == 2 + 3 + VIEWS);
        assertThat(rows().subList(50, rows().size()))
                .extracting(r -> cell(r, "audit-action"))
                .containsOnly("read the transcript");
        assertThat(browser.findElement(test("audit-more")).isDisplayed()).isFalse();

        // Filtered by agent: only bob's two lines.
        WebElement agentBox = browser.findElement(test("audit-filter-agent"));
        agentBox.sendKeys("bob");
        click("audit-apply");
        await().until(d -> rows().size() == 2);
        assertThat(rows()).extracting(r -> cell(r, "audit-agent")).containsOnly("bob");
        assertThat(rows()).extracting(r -> cell(r, "audit-action")).containsExactly("replied", "claimed");
        assertThat(browser.findElement(test("audit-more")).isDisplayed()).isFalse();

        // Filtered by agent and action together.
        agentBox.clear();
        agentBox.sendKeys("ann");
        new org.openqa.selenium.support.ui.Select(browser.findElement(test("audit-filter-action")))
                .selectByValue("resolve");
        click("audit-apply");
        await().until(d -> rows().size() == 1 && "resolved".equals(cell(rows().get(0), "audit-action")));
        assertThat(cell(rows().get(0), "audit-ticket")).isEqualTo(annTicket);

        assertThat(browser.findElement(test("audit-error")).isDisplayed()).isFalse();
        assertThat(ConsolePage.errorsIn(browser))
                .as("JavaScript errors in the console")
                .isEmpty();
    }

    /** A web user asks for a person and skips both questions: their ticket is queued. */
    private static String handedOff(ConsoleApi api, String agentToken) {
        ConsoleApi.Chat chat = api.openChat();
        api.say(chat, "转人工");
        api.say(chat, "跳过");
        api.say(chat, "跳过");
        return api.ticketOf(chat.id(), agentToken);
    }

    private static JsonNode agent(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/agent" + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isBetween(200, 201);
        return JSON.readTree(response.body());
    }

    private static List<WebElement> rows() {
        return browser.findElements(test("audit-row"));
    }

    private static String cell(WebElement row, String name) {
        return row.findElement(test(name)).getText();
    }

    private static By test(String name) {
        return By.cssSelector("[data-test=\"" + name + "\"]");
    }

    private static void click(String name) {
        await().until(ExpectedConditions.elementToBeClickable(test(name))).click();
    }

    private static WebDriverWait await() {
        return new WebDriverWait(browser, ConsolePage.TIMEOUT);
    }
}
