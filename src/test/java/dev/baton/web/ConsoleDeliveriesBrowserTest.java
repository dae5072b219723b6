package dev.baton.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.FakePlatform;
import dev.baton.channel.FakePlatform.Answer;
import dev.baton.channel.FakePlatform.Call;
import dev.baton.http.BatonTestServer;
import dev.baton.testing.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * The console's failed-deliveries panel in headless Chromium, against a Baton server whose Telegram Bot API
 * stand-in fails: the dead letter is listed and sent again.
 */
@IntegrationTest
@ExtendWith(BrowserTests.class)
class ConsoleDeliveriesBrowserTest {
    private static final String TELEGRAM_SECRET = "s3cret-token_for-webhook";
    private static final String TELEGRAM_BOT = "123456:ABC-bot-token";
    private static final long TELEGRAM_CHAT = 777005;
    private static final Answer TELEGRAM_DOWN =
            Answer.json(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal\"}");
    private static final Answer TELEGRAM_UP = Answer.json(200, "{\"ok\":true,\"result\":{}}");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static WebDriver agentBrowser;

    @BeforeAll
    static void start() {
        if (BrowserTests.skipped()) {
            return;
        }
        agentBrowser = Chromium.start(tmp.resolve("chromium-agent"), "en-US");
    }

    @AfterAll
    static void stop() {
        if (agentBrowser != null) {
            agentBrowser.quit();
        }
    }

    @Test
    void aSupervisorSendsAFailedTelegramReplyAgainFromTheDeadLetterPanel() throws Exception {
        try (FakePlatform telegram = FakePlatform.start().answerAlways(TELEGRAM_DOWN);
                BatonTestServer withTelegram = BatonTestServer.start(
                        Files.createDirectories(tmp.resolve("data")),
                        Map.of(
                                "BATON_TELEGRAM_SECRET",
                                TELEGRAM_SECRET,
                                "BATON_TELEGRAM_BOT_TOKEN",
                                TELEGRAM_BOT,
                                "BATON_TELEGRAM_API_URL",
                                telegram.uri().toString(),
                                "BATON_DELIVERY_MAX_ATTEMPTS",
                                "2",
                                "BATON_DELIVERY_FIRST_BACKOFF_MILLIS",
                                "20"))) {
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
            ConsolePage console = ConsolePage.openSignedOut(agentBrowser, withTelegram.baseUrl())
                    .signIn(token);
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
            assertThat(console.deliveryPart(id, "error").getText())
                    .isEqualTo(dead.path("lastError").asText())
                    .contains("HTTP 500");
            WebElement text = console.deliveryPart(id, "text");
            assertThat(text.getDomAttribute("title"))
                    .isEqualTo(dead.path("text").asText())
                    .contains("客服");
            String preview = text.getDomProperty("textContent");
            assertThat(dead.path("text").asText())
                    .startsWith(preview.endsWith("…") ? preview.substring(0, preview.length() - 1) : preview);

            // 3. The platform is back; Retry sends the reply again and the row leaves the panel.
            telegram.answerAlways(TELEGRAM_UP);
            console.retryDelivery(id);
            Call resent = telegram.nextCall();
            assertThat(resent.path()).isEqualTo("/bot" + TELEGRAM_BOT + "/sendMessage");
            JsonNode message = JSON.readTree(resent.body());
            assertThat(message.path("chat_id").asLong()).isEqualTo(TELEGRAM_CHAT);
            assertThat(message.path("text").asText())
                    .isEqualTo(dead.path("text").asText());
            console.awaitNoDelivery(id);
            console.awaitDeliveriesCount("0");
            assertThat(console.awaitVisible("deliveries-empty").getText()).contains("No failed deliveries");
            assertThat(console.find("error").isDisplayed())
                    .as("no error banner")
                    .isFalse();
            assertThat(new ConsoleApi(withTelegram.baseUrl())
                            .agentGet("/api/v1/agent/deliveries?status=dead", token)
                            .path("deliveries"))
                    .isEmpty();
            assertThat(ConsolePage.errorsIn(agentBrowser))
                    .as("JavaScript errors in the console")
                    .isEmpty();
        }
    }

    /** POSTs one Telegram update from {@link #TELEGRAM_CHAT} to the webhook; returns the HTTP status. */
    private static int postTelegramUpdate(BatonTestServer target, String text) throws Exception {
        String update = "{\"update_id\":5001,\"message\":{\"message_id\":1,\"date\":1764115200,"
                + "\"chat\":{\"id\":" + TELEGRAM_CHAT + ",\"type\":\"private\"},\"from\":{\"id\":" + TELEGRAM_CHAT
                + ",\"is_bot\":false,\"first_name\":\"Li\",\"language_code\":\"zh-hans\"},\"text\":"
                + JSON.writeValueAsString(text) + "}}";
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(target.baseUrl() + "/webhooks/telegram"))
                                .header("Content-Type", "application/json")
                                .header("X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET)
                                .POST(HttpRequest.BodyPublishers.ofString(update))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    /** Polls the agent API (at most 60 s) until {@code target} has a dead letter; returns the first. */
    private static JsonNode awaitDeadLetter(BatonTestServer target, String token) {
        return new FluentWait<>(target)
                .withTimeout(Duration.ofSeconds(60))
                .pollingEvery(Duration.ofMillis(50))
                .withMessage("no dead letter within 60 s")
                .until(s -> {
                    JsonNode dead = new ConsoleApi(s.baseUrl())
                            .agentGet("/api/v1/agent/deliveries?status=dead", token)
                            .path("deliveries");
                    return dead.isEmpty() ? null : dead.get(0);
                });
    }
}
