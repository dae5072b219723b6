package dev.baton.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.http.BatonTestServer;
import dev.baton.testing.IntegrationTest;
import dev.baton.web.ConsolePage.Line;
import dev.baton.web.WidgetPage.Shown;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The agent console in one headless Chromium and the user's widget in another, against one real Baton server:
 * a handoff from the queue to the user's rating, with every step seen live in both browsers.
 */
@IntegrationTest
@ExtendWith(BrowserTests.class)
class ConsoleBrowserTest {
    private static final String URGENT = "我的币被盗了，刚被转走 200 USDT";
    private static final String FOLLOW_UP = "还要等多久？";
    private static final String AGENT_REPLY = "您好，我是客服 Ann。请先在 App 里冻结账户，并告诉我转出的交易哈希。";
    private static final String USER_REPLY = "好的，账户已经冻结了";
    private static final String NOTE = "internal: check the hot wallet withdrawal logs";
    /** The start of the never-share-secrets FAQ answer in Simplified Chinese. */
    private static final String CANNED_START = "官方客服在任何情况下都不会向你索要助记词";
    /** Set on a page once it is loaded: still there later means the page was never reloaded. */
    private static final String MARK = "window.__batonNoReload = true;";

    private static final String MARKED = "return window.__batonNoReload === true;";

    @TempDir
    static Path tmp;

    private static BatonTestServer server;
    private static WebDriver agentBrowser;
    private static WebDriver userBrowser;

    @BeforeAll
    static void start() throws Exception {
        if (BrowserTests.skipped()) {
            return;
        }
        server = BatonTestServer.start(Files.createDirectories(tmp.resolve("data")));
        agentBrowser = Chromium.start(tmp.resolve("chromium-agent"), "en-US");
        userBrowser = Chromium.start(tmp.resolve("chromium-user"), "zh-CN");
    }

    @AfterAll
    static void stop() {
        try {
            for (WebDriver browser : new WebDriver[] {agentBrowser, userBrowser}) {
                if (browser != null) {
                    browser.quit();
                }
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @AfterEach
    void theConsoleRaisedNoJavaScriptError() {
        if (agentBrowser != null) {
            assertThat(ConsolePage.errorsIn(agentBrowser))
                    .as("JavaScript errors in the console")
                    .isEmpty();
        }
    }

    @Test
    void anAgentTakesAnUrgentTicketFromTheLiveQueueRepliesAndResolvesAndTheUserRatesIt() throws Exception {
        String token = server.addAgent("ann", 1, false);

        // 1. The agent signs in.
        ConsolePage console =
                ConsolePage.openSignedOut(agentBrowser, server.baseUrl()).signIn(token);
        assertThat(console.awaitVisible("me").getText()).contains("ann");
        console.awaitConnection("online");
        assertThat(console.find("sign-in-error").isDisplayed()).isFalse();
        console.script(MARK);

        // 2. The user reports stolen funds: the ticket shows up in the open console by itself, with the
        // console's own queue loads held back so that nothing but the WebSocket can have brought it.
        console.holdQueueLoads();
        ConsolePage.trapErrors(userBrowser);
        WidgetPage widget = WidgetPage.openFresh(userBrowser, server.baseUrl()).openPanel();
        widget.script(MARK);
        widget.send(URGENT);
        assertThat(widget.awaitMessage("user", 0).text()).isEqualTo(URGENT);
        widget.awaitStatus("queued");
        String ticketId = ticketOf(conversationId(widget), token);

        WebElement row = console.awaitTicket(ticketId);
        assertThat(row.getDomAttribute("data-priority")).isEqualTo("urgent");
        assertThat(row.getDomAttribute("data-status")).isEqualTo("queued");
        console.releaseQueueLoads();
        By sla = By.cssSelector("[data-ticket-id=\"" + ticketId + "\"] [data-agent=\"sla\"]");
        String countdown = agentBrowser.findElement(sla).getText();
        assertThat(countdown).matches("\\d{2}:\\d{2}");
        console.await()
                .withMessage("the SLA countdown never moved from " + countdown)
                .until(d -> !d.findElement(sla).getText().equals(countdown));
        assertThat(console.script(MARKED)).as("the console was not reloaded").isEqualTo(true);

        // 3. The agent opens the ticket: transcript with the bot's decision, details; then claims it.
        console.openTicket(ticketId);
        Line userLine =
                console.awaitMessage(m -> m.sender().equals("user") && m.text().equals(URGENT));
        Line botLine = console.awaitMessage("bot", userLine.seq());
        assertThat(botLine.decisionAction()).as("the bot's decision trail").isEqualTo("handoff");
        WebElement decision = agentBrowser.findElement(By.cssSelector(
                "[data-agent=\"message\"][data-seq=\"" + botLine.seq() + "\"] [data-agent=\"decision\"]"));
        assertThat(decision.getText()).contains("funds_at_risk");
        assertThat(console.awaitDetail("description")).contains("被盗");
        assertThat(console.awaitDetail("amount")).contains("200");
        assertThat(console.find("open-ticket").getDomAttribute("data-status")).isEqualTo("queued");

        // The user writes again while the agent reads the still unclaimed ticket.
        widget.send(FOLLOW_UP);
        Shown followUp =
                widget.awaitMessage(m -> m.sender().equals("user") && m.text().equals(FOLLOW_UP));
        console.awaitMessage(m -> m.sender().equals("user") && m.seq() == followUp.seq());

        console.click("claim");
        console.awaitOpenStatus("assigned");
        console.awaitTicketStatus(ticketId, "assigned");
        assertThat(widget.awaitStatus("with_agent")).isNotEmpty();
        Shown joined =
                widget.awaitMessage(m -> m.sender().equals("system") && m.text().contains("ann"));
        assertThat(joined.text()).contains("已接入");

        // 4. A canned answer fills the reply box in the user's language; the agent writes their own instead.
        console.pickCanned("never-share-secrets");
        console.await()
                .withMessage(() -> "the canned answer never filled the reply box: " + console.replyText())
                .until(d -> console.replyText().startsWith(CANNED_START));
        console.reply(AGENT_REPLY);
        Shown fromAgent = widget.awaitMessage(m -> m.sender().equals("agent") && m.seq() > joined.seq());
        assertThat(fromAgent.text()).isEqualTo(AGENT_REPLY);
        console.awaitMessage(m -> m.sender().equals("agent") && m.seq() == fromAgent.seq());
        console.await().until(d -> console.replyText().isEmpty());

        // 5. The user types (the agent sees it) and answers: the reply appears in the open transcript.
        WebElement input = userBrowser.findElement(widget.by("input"));
        input.sendKeys(USER_REPLY);
        console.awaitVisible("user-typing");
        widget.await()
                .until(ExpectedConditions.elementToBeClickable(widget.by("send")))
                .click();
        Line answer = console.awaitMessage(m -> m.sender().equals("user") && m.seq() > fromAgent.seq());
        assertThat(answer.text()).isEqualTo(USER_REPLY);
        console.await().until(ExpectedConditions.invisibilityOfElementLocated(console.by("user-typing")));

        // 6. An internal note stays in the console.
        console.addNote(NOTE);
        console.awaitNote(NOTE);
        assertThat(apiGet("/api/v1/agent/tickets/" + ticketId, token)
                        .path("notes")
                        .findValuesAsText("text"))
                .contains(NOTE);
        assertThat(widget.find("panel").getText()).doesNotContain(NOTE).doesNotContain("hot wallet");
        assertThat(widget.messages()).noneMatch(m -> m.text().contains("hot wallet"));

        // 7. The agent resolves; the user rates 5 stars; the console shows it and drops it from the open queue.
        long beforeResolve = widget.lastSeq();
        console.click("resolve");
        console.awaitOpenStatus("resolved");
        Shown ask = widget.awaitMessage("bot", beforeResolve);
        List<WebElement> stars = widget.await()
                .withMessage("no 5 rating buttons")
                .until(d -> {
                    List<WebElement> buttons = d.findElements(widget.by("quick-reply"));
                    return buttons.size() == 5 ? buttons : null;
                });
        assertThat(stars)
                .extracting(b -> b.getDomAttribute("data-id"))
                .containsExactly("rate_1", "rate_2", "rate_3", "rate_4", "rate_5");
        assertThat(stars).extracting(WebElement::getText).containsExactly("1 ★", "2 ★", "3 ★", "4 ★", "5 ★");
        assertThat(ask.text()).contains("打分", "1", "5");
        widget.awaitQuickReply("5 ★").click();
        widget.awaitMessage(m -> m.sender().equals("user") && m.text().equals("5 ★"));

        JsonNode rated = widget.await()
                .withMessage("the rating was never stored")
                .until(d -> {
                    JsonNode t = apiGet("/api/v1/agent/tickets/" + ticketId, token);
                    return t.path("rating").isInt() ? t : null;
                });
        assertThat(rated.path("rating").asInt()).isEqualTo(5);
        assertThat(rated.path("status").asText()).isEqualTo("resolved");
        console.await()
                .withMessage("the console never showed the rating")
                .until(ExpectedConditions.textToBePresentInElementLocated(console.by("open-meta"), "rating 5/5"));
        console.await()
                .withMessage("the resolved ticket stayed in the open queue")
                .until(d -> !console.listsTicket(ticketId));
        assertThat(console.find("open-ticket").getDomAttribute("data-status")).isEqualTo("resolved");
        assertThat(console.script(MARKED)).as("the console was never reloaded").isEqualTo(true);
        assertThat(widget.script(MARKED)).as("the widget was never reloaded").isEqualTo(true);
        assertThat(ConsolePage.errorsIn(userBrowser))
                .as("JavaScript errors in the widget")
                .isEmpty();
    }

    @Test
    void aPartShownInTheOpenTranscriptIsRedactedThereWhenTheUserCompletesThePhrase() throws Exception {
        String token = server.addAgent("kim", 1, false);
        ConsolePage console =
                ConsolePage.openSignedOut(agentBrowser, server.baseUrl()).signIn(token);
        console.awaitConnection("online");
        WidgetPage widget = WidgetPage.openFresh(userBrowser, server.baseUrl()).openPanel();
        widget.send(URGENT);
        widget.awaitStatus("queued");
        String ticketId = ticketOf(conversationId(widget), token);
        console.awaitTicket(ticketId);
        console.openTicket(ticketId);
        widget.send("legal winner");
        Shown part =
                widget.awaitMessage(m -> m.sender().equals("user") && m.text().equals("legal winner"));
        console.awaitMessage(m -> m.seq() == part.seq() && m.text().equals("legal winner"));

        widget.send("thank year wave sausage worth useful legal winner thank yellow");

        Line redacted =
                console.awaitMessage(m -> m.seq() == part.seq() && m.text().contains("redacted"));
        assertThat(redacted.text()).isEqualTo("[redacted: recovery phrase]");
        widget.awaitMessage(m -> m.seq() == part.seq() && m.text().equals("[redacted: recovery phrase]"));
    }

    @Test
    void aBadTokenIsRefusedOnTheSignInScreen() {
        ConsolePage console = ConsolePage.openSignedOut(agentBrowser, server.baseUrl());

        console.signIn("agt_nobody.not-a-secret");

        WebElement error = console.awaitVisible("sign-in-error");
        assertThat(error.getText()).isNotBlank();
        assertThat(console.find("token").isDisplayed()).isTrue();
        assertThat(agentBrowser.findElements(console.by("queue"))).allMatch(q -> !q.isDisplayed());
        assertThat(console.script("return window.sessionStorage.getItem('baton.agent.token');"))
                .isNull();
    }

    private static String conversationId(WidgetPage widget) throws Exception {
        return ConsoleApi.conversationId(widget);
    }

    private static String ticketOf(String conversationId, String token) {
        return new ConsoleApi(server.baseUrl()).ticketOf(conversationId, token);
    }

    private static JsonNode apiGet(String path, String token) {
        return new ConsoleApi(server.baseUrl()).agentGet(path, token);
    }
}
