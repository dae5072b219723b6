package dev.baton.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.FakePlatform.Answer;
import dev.baton.channel.FakePlatform.Call;
import dev.baton.channel.FakePlatform;
import dev.baton.http.BatonTestServer;
import dev.baton.testing.IntegrationTest;
import dev.baton.web.ConsolePage.Line;
import dev.baton.web.WidgetPage.Shown;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
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
import org.openqa.selenium.support.ui.FluentWait;

/**
 * The agent console in one headless Chromium and the user's widget in another, against one real Baton server:
 * a handoff from the queue to the user's rating, with every step seen live in both browsers. A second server
 * whose Telegram Bot API stand-in fails shows the console's dead letters being sent again.
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
    private static final String TELEGRAM_SECRET = "s3cret-token_for-webhook";
    private static final String TELEGRAM_BOT = "123456:ABC-bot-token";
    private static final long TELEGRAM_CHAT = 777005;
    private static final Answer TELEGRAM_DOWN =
            Answer.json(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal\"}");
    private static final Answer TELEGRAM_UP = Answer.json(200, "{\"ok\":true,\"result\":{}}");

    @TempDir
    static Path tmp;

    private static BatonTestServer server;
    private static WebDriver agentBrowser;
    private static WebDriver userBrowser;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

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
            assertThat(ConsolePage.errorsIn(agentBrowser)).as("JavaScript errors in the console").isEmpty();
        }
    }

    @Test
    void anAgentTakesAnUrgentTicketFromTheLiveQueueRepliesAndResolvesAndTheUserRatesIt() throws Exception {
        String token = server.addAgent("ann", 1, false);

        // 1. The agent signs in.
        ConsolePage console = ConsolePage.openSignedOut(agentBrowser, server.baseUrl()).signIn(token);
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
        console.await().withMessage("the SLA countdown never moved from " + countdown)
                .until(d -> !d.findElement(sla).getText().equals(countdown));
        assertThat(console.script(MARKED)).as("the console was not reloaded").isEqualTo(true);

        // 3. The agent opens the ticket: transcript with the bot's decision, details; then claims it.
        console.openTicket(ticketId);
        Line userLine = console.awaitMessage(m -> m.sender().equals("user") && m.text().equals(URGENT));
        Line botLine = console.awaitMessage("bot", userLine.seq());
        assertThat(botLine.decisionAction()).as("the bot's decision trail").isEqualTo("handoff");
        WebElement decision = agentBrowser.findElement(By.cssSelector("[data-agent=\"message\"][data-seq=\""
                + botLine.seq() + "\"] [data-agent=\"decision\"]"));
        assertThat(decision.getText()).contains("funds_at_risk");
        assertThat(console.awaitDetail("description")).contains("被盗");
        assertThat(console.awaitDetail("amount")).contains("200");
        assertThat(console.find("open-ticket").getDomAttribute("data-status")).isEqualTo("queued");

        // The user writes again while the agent reads the still unclaimed ticket.
        widget.send(FOLLOW_UP);
        Shown followUp = widget.awaitMessage(m -> m.sender().equals("user") && m.text().equals(FOLLOW_UP));
        console.awaitMessage(m -> m.sender().equals("user") && m.seq() == followUp.seq());

        console.click("claim");
        console.awaitOpenStatus("assigned");
        console.awaitTicketStatus(ticketId, "assigned");
        assertThat(widget.awaitStatus("with_agent")).isNotEmpty();
        Shown joined = widget.awaitMessage(m -> m.sender().equals("system") && m.text().contains("ann"));
        assertThat(joined.text()).contains("已接入");

        // 4. A canned answer fills the reply box in the user's language; the agent writes their own instead.
        console.pickCanned("never-share-secrets");
        console.await().withMessage(() -> "the canned answer never filled the reply box: " + console.replyText())
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
        widget.await().until(ExpectedConditions.elementToBeClickable(widget.by("send"))).click();
        Line answer = console.awaitMessage(m -> m.sender().equals("user") && m.seq() > fromAgent.seq());
        assertThat(answer.text()).isEqualTo(USER_REPLY);
        console.await().until(ExpectedConditions.invisibilityOfElementLocated(console.by("user-typing")));

        // 6. An internal note stays in the console.
        console.addNote(NOTE);
        console.awaitNote(NOTE);
        assertThat(apiGet("/api/v1/agent/tickets/" + ticketId, token).path("notes").findValuesAsText("text"))
                .contains(NOTE);
        assertThat(widget.find("panel").getText()).doesNotContain(NOTE).doesNotContain("hot wallet");
        assertThat(widget.messages()).noneMatch(m -> m.text().contains("hot wallet"));

        // 7. The agent resolves; the user rates 5 stars; the console shows it and drops it from the open queue.
        long beforeResolve = widget.lastSeq();
        console.click("resolve");
        console.awaitOpenStatus("resolved");
        Shown ask = widget.awaitMessage("bot", beforeResolve);
        List<WebElement> stars = widget.await().withMessage("no 5 rating buttons")
                .until(d -> {
                    List<WebElement> buttons = d.findElements(widget.by("quick-reply"));
                    return buttons.size() == 5 ? buttons : null;
                });
        assertThat(stars).extracting(b -> b.getDomAttribute("data-id"))
                .containsExactly("rate_1", "rate_2", "rate_3", "rate_4", "rate_5");
        assertThat(stars).extracting(WebElement::getText).containsExactly("1 ★", "2 ★", "3 ★", "4 ★", "5 ★");
        assertThat(ask.text()).contains("打分", "1", "5");
        widget.awaitQuickReply("5 ★").click();
        widget.awaitMessage(m -> m.sender().equals("user") && m.text().equals("5 ★"));

        JsonNode rated = widget.await().withMessage("the rating was never stored")
                .until(d -> {
                    JsonNode t = apiGet("/api/v1/agent/tickets/" + ticketId, token);
                    return t.path("rating").isInt() ? t : null;
                });
        assertThat(rated.path("rating").asInt()).isEqualTo(5);
        assertThat(rated.path("status").asText()).isEqualTo("resolved");
        console.await().withMessage("the console never showed the rating")
                .until(ExpectedConditions.textToBePresentInElementLocated(console.by("open-meta"), "rating 5/5"));
        console.await().withMessage("the resolved ticket stayed in the open queue")
                .until(d -> !console.listsTicket(ticketId));
        assertThat(console.find("open-ticket").getDomAttribute("data-status")).isEqualTo("resolved");
        assertThat(console.script(MARKED)).as("the console was never reloaded").isEqualTo(true);
        assertThat(widget.script(MARKED)).as("the widget was never reloaded").isEqualTo(true);
        assertThat(ConsolePage.errorsIn(userBrowser)).as("JavaScript errors in the widget").isEmpty();
    }

    @Test
    void aPartShownInTheOpenTranscriptIsRedactedThereWhenTheUserCompletesThePhrase() throws Exception {
        String token = server.addAgent("kim", 1, false);
        ConsolePage console = ConsolePage.openSignedOut(agentBrowser, server.baseUrl()).signIn(token);
        console.awaitConnection("online");
        WidgetPage widget = WidgetPage.openFresh(userBrowser, server.baseUrl()).openPanel();
        widget.send(URGENT);
        widget.awaitStatus("queued");
        String ticketId = ticketOf(conversationId(widget), token);
        console.awaitTicket(ticketId);
        console.openTicket(ticketId);
        widget.send("legal winner");
        Shown part = widget.awaitMessage(m -> m.sender().equals("user") && m.text().equals("legal winner"));
        console.awaitMessage(m -> m.seq() == part.seq() && m.text().equals("legal winner"));

        widget.send("thank year wave sausage worth useful legal winner thank yellow");

        Line redacted = console.awaitMessage(m -> m.seq() == part.seq() && m.text().contains("redacted"));
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
        assertThat(console.script("return window.sessionStorage.getItem('baton.agent.token');")).isNull();
    }

    @Test
    void aSupervisorSendsAFailedTelegramReplyAgainFromTheDeadLetterPanel() throws Exception {
        try (FakePlatform telegram = FakePlatform.start().answerAlways(TELEGRAM_DOWN);
             BatonTestServer withTelegram = BatonTestServer.start(Files.createDirectories(tmp.resolve("data-telegram")),
                     Map.of("BATON_TELEGRAM_SECRET", TELEGRAM_SECRET, "BATON_TELEGRAM_BOT_TOKEN", TELEGRAM_BOT,
                             "BATON_TELEGRAM_API_URL", telegram.uri().toString(),
                             "BATON_DELIVERY_MAX_ATTEMPTS", "2", "BATON_DELIVERY_FIRST_BACKOFF_MILLIS", "20"))) {
            String token = withTelegram.addAgent("sue", 2, true);

            // 1. A Telegram user asks; every try of the bot's answer fails, so it becomes a dead letter.
            assertThat(postTelegramUpdate(withTelegram, "怎么联系在线客服？")).isEqualTo(200);
            JsonNode dead = awaitDeadLetter(withTelegram, token);
            long id = dead.path("id").asLong();
            assertThat(dead.path("attempts").asInt()).isEqualTo(2);
            assertThat(dead.path("lastError").asText()).contains("HTTP 500");
            for (int i = 0; i < dead.path("attempts").asInt(); i++) {
                assertThat(telegram.nextCall().path()).isEqualTo("/bot" + TELEGRAM_BOT + "/sendMessage");
            }

            // 2. A supervisor signs in: the top bar counts it, the panel shows it.
            ConsolePage console = ConsolePage.openSignedOut(agentBrowser, withTelegram.baseUrl()).signIn(token);
            assertThat(console.awaitVisible("me").getText()).contains("sue");
            console.awaitDeliveriesCount("1");
            assertThat(console.find("deliveries").isDisplayed()).isFalse();
            console.openDeliveries();
            WebElement row = console.awaitDelivery(id);
            assertThat(row.getDomAttribute("data-channel")).isEqualTo("telegram");
            assertThat(console.deliveryPart(id, "channel").getText()).isEqualTo("Telegram");
            assertThat(console.deliveryPart(id, "chat").getText()).contains(String.valueOf(TELEGRAM_CHAT));
            assertThat(console.deliveryPart(id, "attempts").getText()).startsWith("2 attempts");
            assertThat(console.deliveryPart(id, "created").getText()).isNotBlank();
            assertThat(console.deliveryPart(id, "error").getText()).isEqualTo(dead.path("lastError").asText())
                    .contains("HTTP 500");
            WebElement text = console.deliveryPart(id, "text");
            assertThat(text.getDomAttribute("title")).isEqualTo(dead.path("text").asText()).contains("客服");
            String preview = text.getDomProperty("textContent");
            assertThat(dead.path("text").asText()).startsWith(preview.endsWith("…")
                    ? preview.substring(0, preview.length() - 1) : preview);

            // 3. The platform is back; Retry sends the reply again and the row leaves the panel.
            telegram.answerAlways(TELEGRAM_UP);
            console.retryDelivery(id);
            Call resent = telegram.nextCall();
            assertThat(resent.path()).isEqualTo("/bot" + TELEGRAM_BOT + "/sendMessage");
            JsonNode message = JSON.readTree(resent.body());
            assertThat(message.path("chat_id").asLong()).isEqualTo(TELEGRAM_CHAT);
            assertThat(message.path("text").asText()).isEqualTo(dead.path("text").asText());
            console.awaitNoDelivery(id);
            console.awaitDeliveriesCount("0");
            assertThat(console.awaitVisible("deliveries-empty").getText()).contains("No failed deliveries");
            assertThat(console.find("error").isDisplayed()).as("no error banner").isFalse();
            assertThat(apiGet(withTelegram.baseUrl(), "/api/v1/agent/deliveries?status=dead", token)
                    .path("deliveries")).isEmpty();
            assertThat(ConsolePage.errorsIn(agentBrowser)).as("JavaScript errors in the console").isEmpty();
        }
    }

    /** POSTs one Telegram update from {@link #TELEGRAM_CHAT} to the webhook; returns the HTTP status. */
    private static int postTelegramUpdate(BatonTestServer target, String text) throws Exception {
        String update = "{\"update_id\":5001,\"message\":{\"message_id\":1,\"date\":1764115200,"
                + "\"chat\":{\"id\":" + TELEGRAM_CHAT + ",\"type\":\"private\"},\"from\":{\"id\":" + TELEGRAM_CHAT
                + ",\"is_bot\":false,\"first_name\":\"Li\",\"language_code\":\"zh-hans\"},\"text\":"
                + JSON.writeValueAsString(text) + "}}";
        return HTTP.send(HttpRequest.newBuilder(URI.create(target.baseUrl() + "/webhooks/telegram"))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(update))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** Polls the agent API (at most 60 s) until {@code target} has a dead letter; returns the first. */
    private static JsonNode awaitDeadLetter(BatonTestServer target, String token) {
        return new FluentWait<>(target).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(50))
                .withMessage("no dead letter within 60 s")
                .until(s -> {
                    JsonNode dead = apiGet(s.baseUrl(), "/api/v1/agent/deliveries?status=dead", token).path("deliveries");
                    return dead.isEmpty() ? null : dead.get(0);
                });
    }

    private static String conversationId(WidgetPage widget) throws Exception {
        String stored = (String) widget.script("return window.sessionStorage.getItem('baton.conversation');");
        return JSON.readTree(stored).path("conversationId").asText();
    }

    /** The id of the open ticket of {@code conversationId}, as the agent API lists it. */
    private static String ticketOf(String conversationId, String token) {
        JsonNode tickets = apiGet("/api/v1/agent/queue", token).path("tickets");
        return StreamSupport.stream(tickets.spliterator(), false)
                .filter(t -> t.path("conversationId").asText().equals(conversationId))
                .map(t -> t.path("id").asText())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ticket for " + conversationId + " in " + tickets));
    }

    private static JsonNode apiGet(String path, String token) {
        return apiGet(server.baseUrl(), path, token);
    }

    private static JsonNode apiGet(String baseUrl, String path, String token) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("GET " + path + " failed", e);
        }
    }
}
