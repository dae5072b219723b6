package dev.baton.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.http.BatonTestServer;
import dev.baton.testing.IntegrationTest;
import dev.baton.testing.Poll;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The knowledge editor end to end, on two instances sharing PostgreSQL: an editor on instance A changes an
 * answer, tries a message, publishes; the gate passes; a user's widget on instance B gets the new answer on its
 * next turn, with no restart; a rollback in the console brings the old answer back on B.
 */
@IntegrationTest
@ExtendWith(BrowserTests.class)
class KnowledgeEditorBrowserTest {

    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String QUESTION = "how can I contact support?";
    static final String NEW_ANSWER = "Write to support@wallet.example from the app: Me > Help. We answer within a day.";

    @TempDir
    static Path tmp;

    static BatonTestServer a;
    static BatonTestServer b;
    static String editor;
    static String schema;
    static WebDriver editorBrowser;
    static WebDriver userBrowser;

    @BeforeAll
    static void start() throws Exception {
        if (BrowserTests.skipped()) {
            return;
        }
        schema = "baton_kb_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(POSTGRES, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        Map<String, String> shared = Map.of(
                "BATON_DB_URL", POSTGRES + "?currentSchema=" + schema,
                "BATON_DB_USER", "postgres",
                "BATON_KNOWLEDGE_POLL_MILLIS", "200");
        a = BatonTestServer.start(Files.createDirectories(tmp.resolve("a")), shared);
        b = BatonTestServer.start(Files.createDirectories(tmp.resolve("b")), shared);
        editor = a.addEditor("erin");
        editorBrowser = Chromium.start(tmp.resolve("chromium-editor"), "en-US");
        userBrowser = Chromium.start(tmp.resolve("chromium-user"), "en-US");
    }

    @AfterAll
    static void stop() throws Exception {
        for (WebDriver browser : new WebDriver[] {editorBrowser, userBrowser}) {
            if (browser != null) {
                browser.quit();
            }
        }
        for (BatonTestServer server : new BatonTestServer[] {a, b}) {
            if (server != null) {
                server.close();
            }
        }
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(POSTGRES, "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @AfterEach
    void theConsoleRaisedNoJavaScriptError() {
        if (editorBrowser != null) {
            assertThat(ConsolePage.errorsIn(editorBrowser))
                    .as("JavaScript errors in the console")
                    .isEmpty();
        }
    }

    @Test
    void anEditorPublishesAnAnswerThatAWidgetOnTheOtherInstanceGetsAndARollbackRestoresIt() throws Exception {
        ConsolePage.trapErrors(userBrowser);
        WidgetPage widget = WidgetPage.openFresh(userBrowser, b.baseUrl()).openPanel();
        String before = ask(widget);
        assertThat(before).isNotEqualTo(NEW_ANSWER);
        long shipped = liveVersion(b);

        // The editor changes the answer on instance A and tries the question on the draft.
        ConsolePage.openSignedOut(editorBrowser, a.baseUrl()).signIn(editor);
        click("kb-view-knowledge");
        type("kb-search", "contact-channels");
        click("[data-test=\"kb-entry-row\"][data-entry-id=\"contact-channels\"]");
        WebElement answer = visible("kb-entry-answer-en");
        answer.clear();
        answer.sendKeys(NEW_ANSWER);
        click("kb-save");
        wait(editorBrowser).until(d -> !d.findElement(test("kb-entry-unsaved")).isDisplayed());
        type("kb-try-input", QUESTION);
        click("kb-try");
        WebElement draft = visible("kb-try-draft");
        wait(editorBrowser)
                .until(d -> NEW_ANSWER.equals(
                        d.findElement(By.cssSelector("[data-test=\"kb-try-draft\"] [data-test=\"kb-try-reply\"]"))
                                .getText()));
        assertThat(visible("kb-try-live").getText()).contains(before.substring(0, 20));
        assertThat(visible("kb-try-draft").getDomAttribute("data-action")).isEqualTo("faq:contact-channels");

        // It publishes; the gate passes and the version goes live.
        click("kb-tab-changes");
        visible("[data-test=\"kb-change\"][data-entry-id=\"contact-channels\"]");
        type("kb-publish-note", "contact answer names the address");
        click("kb-publish");
        wait(editorBrowser, Duration.ofMinutes(4))
                .until(ExpectedConditions.attributeToBe(test("kb-publish-state"), "data-state", "published"));
        assertThat(visible("kb-gate").getDomAttribute("data-passed")).isEqualTo("true");
        long published = Long.parseLong(visible("kb-publish-state").getDomAttribute("data-version"));

        // The user's next turn on instance B gets the new answer: no restart, only the store changed.
        awaitLive(b, published);
        assertThat(ask(widget)).isEqualTo(NEW_ANSWER);

        // A rollback in the console brings the old answer back on B.
        click("kb-tab-versions");
        click("kb-rollback-" + shipped);
        click("kb-confirm-yes");
        awaitLive(b, shipped);
        assertThat(ask(widget)).isEqualTo(before);
    }

    // --- helpers

    private static String ask(WidgetPage widget) {
        long after = widget.lastSeq();
        widget.send(QUESTION);
        WidgetPage.Shown mine = widget.awaitMessage(m -> m.sender().equals("user") && m.seq() > after);
        return widget.awaitMessage("bot", mine.seq()).text();
    }

    private static long liveVersion(BatonTestServer server) throws Exception {
        HttpResponse<String> live = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/knowledge/live"))
                                .header("Authorization", "Bearer " + editor)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(live.body()).get("version").asLong();
    }

    private static void awaitLive(BatonTestServer server, long version) {
        Poll.until("version " + version + " live on " + server.baseUrl(), Duration.ofSeconds(30), () -> {
            try {
                return liveVersion(server) == version ? Boolean.TRUE : null;
            } catch (Exception e) {
                return null;
            }
        });
    }

    private static By test(String nameOrCss) {
        return By.cssSelector(nameOrCss.startsWith("[") ? nameOrCss : "[data-test=\"" + nameOrCss + "\"]");
    }

    private static WebElement visible(String nameOrCss) {
        return wait(editorBrowser).until(ExpectedConditions.visibilityOfElementLocated(test(nameOrCss)));
    }

    /** Clicks the element once it is clickable; a list that re-renders meanwhile (a search) is looked up again. */
    private static void click(String nameOrCss) {
        wait(editorBrowser).ignoring(StaleElementReferenceException.class).until(driver -> {
            WebElement element =
                    ExpectedConditions.elementToBeClickable(test(nameOrCss)).apply(driver);
            if (element == null) {
                return null;
            }
            element.click();
            return true;
        });
    }

    private static void type(String nameOrCss, String text) {
        WebElement box = wait(editorBrowser).until(ExpectedConditions.elementToBeClickable(test(nameOrCss)));
        box.clear();
        box.sendKeys(text);
    }

    private static WebDriverWait wait(WebDriver driver) {
        return wait(driver, ConsolePage.TIMEOUT);
    }

    private static WebDriverWait wait(WebDriver driver, Duration limit) {
        return new WebDriverWait(driver, limit);
    }
}
