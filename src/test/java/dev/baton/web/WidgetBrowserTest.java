package dev.baton.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.http.BatonTestServer;
import dev.baton.testing.IntegrationTest;
import dev.baton.web.WidgetPage.Shown;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.openqa.selenium.WebElement;

/** The website widget in a real headless Chromium against a real Baton server: one browser per language. */
@IntegrationTest
@ExtendWith(BrowserTests.class)
class WidgetBrowserTest {
    private static final String CONTACT_QUESTION = "怎么联系在线客服？";
    private static final String XSS =
            "<script>window.__batonXss=1</script>" + "<img src=x onerror=\"window.__batonXss=2\"><b>bold</b>";

    /** A valid 12-word BIP-39 phrase (the checksum holds), as a user might paste it. */
    private static final String PHRASE =
            "abandon ability able about above absent absorb abstract absurd abuse access accident";

    @TempDir
    static Path tmp;

    private static BatonTestServer server;
    private static WebDriver chinese;

    @BeforeAll
    static void start() throws Exception {
        if (BrowserTests.skipped()) {
            return;
        }
        server = BatonTestServer.start(Files.createDirectories(tmp.resolve("data")));
        chinese = Chromium.start(tmp.resolve("chromium-zh"), "zh-CN");
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (chinese != null) {
                chinese.quit();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private static WidgetPage freshChinesePage() {
        return WidgetPage.openFresh(chinese, server.baseUrl());
    }

    @Test
    void chineseBrowserGetsChineseUiAndTheBotsAnswer() {
        WidgetPage page = freshChinesePage().openPanel();
        assertThat(page.find("send").getText()).isEqualTo("发送");
        assertThat(page.find("input").getDomAttribute("placeholder")).contains("请输入你的问题");
        assertThat(page.find("panel").getText()).contains("在线客服", "助记词");

        page.send(CONTACT_QUESTION);

        Shown question = page.awaitMessage("user", 0);
        Shown answer = page.awaitMessage("bot", question.seq());
        assertThat(question.text()).isEqualTo(CONTACT_QUESTION);
        assertThat(answer.text()).contains("在线聊天", "电子邮件", "\n");
        assertThat(page.find("input").getDomProperty("value")).isEmpty();
    }

    @Test
    void messagesCommittedElsewhereArriveLiveOverTheWebSocket() throws Exception {
        WidgetPage page = freshChinesePage().openPanel();
        page.send(CONTACT_QUESTION);
        long answered = page.awaitMessage("bot", 0).seq();
        String stored = (String) page.script("return window.sessionStorage.getItem('baton.conversation');");
        JsonNode session = new ObjectMapper().readTree(stored);

        // Another tab or device of the same user sends a message: this page never asked for it.
        HttpResponse<String> sent = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/conversations/"
                                        + session.get("conversationId").asText() + "/messages"))
                                .header(
                                        "Authorization",
                                        "Bearer " + session.get("token").asText())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"客服几点上班\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(sent.statusCode()).isEqualTo(200);
        Shown pushedQuestion = page.awaitMessage(m -> m.sender().equals("user") && m.seq() > answered);
        Shown pushedAnswer = page.awaitMessage("bot", pushedQuestion.seq());
        assertThat(pushedQuestion.text()).isEqualTo("客服几点上班");
        assertThat(pushedAnswer.seq()).isEqualTo(pushedQuestion.seq() + 1);
    }

    @Test
    void afterTheServerRestartsTheWidgetReconnectsAndCatchesUpOnWhatItMissed() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("restart"));
        BatonTestServer first = BatonTestServer.start(data);
        int port = first.port();
        WidgetPage page = WidgetPage.openFresh(chinese, first.baseUrl()).openPanel();
        page.send(CONTACT_QUESTION);
        long answered = page.awaitMessage("bot", 0).seq();
        String stored = (String) page.script("return window.sessionStorage.getItem('baton.conversation');");
        JsonNode session = new ObjectMapper().readTree(stored);
        first.close(); // drops the page's WebSocket

        try (BatonTestServer second = BatonTestServer.start(data, Map.of("BATON_PORT", Integer.toString(port)))) {
            HttpResponse<String> sent = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(second.baseUrl() + "/api/v1/conversations/"
                                            + session.get("conversationId").asText() + "/messages"))
                                    .header(
                                            "Authorization",
                                            "Bearer " + session.get("token").asText())
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"客服多久回复\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(sent.statusCode()).isEqualTo(200);

            // Committed while the page was disconnected: it arrives once the widget has reconnected.
            Shown missed = page.awaitMessage(m -> m.sender().equals("user") && m.seq() > answered);
            assertThat(missed.text()).isEqualTo("客服多久回复");
            page.awaitMessage("bot", missed.seq());
        }
    }

    @Test
    void clickingAQuickReplySendsItAndShowsItsAnswer() {
        WidgetPage page = freshChinesePage().openPanel();
        page.send(CONTACT_QUESTION);
        long firstAnswer = page.awaitMessage("bot", 0).seq();

        page.awaitQuickReply("客服工作时间").click();

        Shown chosen = page.awaitMessage("user", firstAnswer);
        Shown answer = page.awaitMessage("bot", chosen.seq());
        assertThat(chosen.text()).isEqualTo("客服工作时间");
        assertThat(answer.text()).contains("24 小时");
        assertThat(page.find("transcript")
                        .findElements(
                                By.cssSelector("[data-seq=\"" + firstAnswer + "\"] " + "[data-baton=\"quick-reply\"]")))
                .as("only the latest bot message offers quick replies")
                .isEmpty();
    }

    @Test
    void markupInMessagesIsShownAsTextAndNeverRuns() {
        WidgetPage page = freshChinesePage().openPanel();
        page.send(XSS);

        Shown echoed = page.awaitMessage("user", 0);
        page.awaitMessage(m -> !m.sender().equals("user") && m.seq() > echoed.seq());

        assertThat(echoed.text()).isEqualTo(XSS);
        WebElement transcript = page.find("transcript");
        assertThat(transcript.findElements(By.cssSelector("script, img, b"))).isEmpty();
        assertThat(page.script("return typeof window.__batonXss;")).isEqualTo("undefined");
    }

    @Test
    void reloadingThePageResumesTheSameConversation() {
        WidgetPage page = freshChinesePage().openPanel();
        page.send(CONTACT_QUESTION);
        page.awaitMessage("bot", 0);
        List<Shown> before = page.messages();
        Object conversationBefore = page.script("return window.sessionStorage.getItem('baton.conversation');");

        WidgetPage reloaded = WidgetPage.reload(chinese, server.baseUrl()).openPanel();
        long lastBefore = before.get(before.size() - 1).seq();
        reloaded.awaitMessage(m -> m.seq() == lastBefore);
        assertThat(reloaded.messages()).isEqualTo(before);

        reloaded.send("客服几点上班");
        Shown next = reloaded.awaitMessage("user", lastBefore);
        Shown answer = reloaded.awaitMessage("bot", next.seq());
        assertThat(next.seq()).as("the same conversation keeps counting").isEqualTo(lastBefore + 1);
        assertThat(answer.text()).contains("24 小时");
        assertThat(reloaded.script("return window.sessionStorage.getItem('baton.conversation');"))
                .isEqualTo(conversationBefore);
    }

    @Test
    void handingOffShowsDetailsCollectionThenQueuePositionAndThatNobodyIsAvailable() {
        WidgetPage page = freshChinesePage().openPanel();

        page.send("转人工");
        page.awaitMessage("bot", 0);
        String collecting = page.awaitStatus("collecting_details");
        page.send("转人工");
        String queued = page.awaitStatus("queued");

        assertThat(collecting).contains("补充");
        assertThat(queued)
                .as("no agent is connected: no made-up wait")
                .contains("人工客服", "排在第", "目前没有客服在线")
                .doesNotContain("预计等待");
    }

    @Test
    void aPartShownEarlierIsRedactedOnScreenWhenALaterMessageCompletesThePhrase() {
        WidgetPage page = freshChinesePage().openPanel();
        page.send("legal winner");
        Shown first =
                page.awaitMessage(m -> m.sender().equals("user") && m.text().equals("legal winner"));
        page.awaitMessage("bot", first.seq());

        page.send("thank year wave sausage worth useful legal winner thank yellow");

        Shown redacted =
                page.awaitMessage(m -> m.seq() == first.seq() && m.text().contains("redacted"));
        assertThat(redacted.text()).isEqualTo("[redacted: recovery phrase]");
        assertThat(page.awaitStatus("queued")).contains("排在第");
    }

    @Test
    void aPastedRecoveryPhraseIsReplacedOnScreenByTheStoredRedactedText() {
        WidgetPage page = freshChinesePage().openPanel();
        page.send("my seed is " + PHRASE + " please help");

        Shown redacted =
                page.awaitMessage(m -> m.sender().equals("user") && m.text().contains("redacted"));

        assertThat(redacted.text()).doesNotContain("abandon ability").doesNotContain("absurd abuse");
        assertThat(page.awaitStatus("queued")).contains("排在第");
    }

    @Test
    void englishBrowserGetsEnglishUi(@TempDir Path profile) {
        WebDriver english = Chromium.start(profile, "en-US");
        try {
            WidgetPage page = WidgetPage.openFresh(english, server.baseUrl());
            // Read before opening: the open panel takes the launcher's place.
            assertThat(page.find("launcher").getText()).isEqualTo("Support");
            page.openPanel();
            assertThat(page.find("send").getText()).isEqualTo("Send");
            assertThat(page.find("panel").getText()).contains("Online Support", "recovery phrase");

            page.send("When is support available?");

            Shown question = page.awaitMessage("user", 0);
            assertThat(page.awaitMessage("bot", question.seq()).text()).contains("24/7");
        } finally {
            english.quit();
        }
    }
}
