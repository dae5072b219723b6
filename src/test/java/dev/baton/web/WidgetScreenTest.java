package dev.baton.web;

import static dev.baton.web.WidgetLayout.part;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.http.BatonTestServer;
import dev.baton.testing.IntegrationTest;
import dev.baton.web.WidgetLayout.Box;
import dev.baton.web.WidgetPage.Shown;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The widget as users see it on a desktop and on a phone, in Chinese and in English: what must be on screen
 * after each answer, where the panel and the launcher sit, the message box, and the header once an agent joins.
 */
@IntegrationTest
@ExtendWith(BrowserTests.class)
class WidgetScreenTest {
    /** Layout settles within a frame or two; this bounds the polling, it is not a wait for time to pass. */
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger AGENTS = new AtomicInteger();

    @TempDir
    static Path tmp;

    private static BatonTestServer server;
    private static final Map<String, WebDriver> BROWSERS = new HashMap<>();

    /** What a user types, per language: a FAQ, a request for a person, money at risk, and skipping a question. */
    private record Script(String question, String human, String urgent, String skip) {
        static Script in(EmulatedScreen screen) {
            return screen.chinese()
                    ? new Script("怎么联系在线客服？", "转人工", "我的币被盗了，账户里的钱被人转走了", "跳过")
                    : new Script(
                            "How do I contact support?",
                            "human agent",
                            "my coins were stolen, someone moved my funds out",
                            "skip");
        }
    }

    @BeforeAll
    static void start() throws Exception {
        if (BrowserTests.skipped()) {
            return;
        }
        server = BatonTestServer.start(Files.createDirectories(tmp.resolve("data")));
        for (String language : List.of("zh-CN", "en-US")) {
            BROWSERS.put(language, Chromium.start(tmp.resolve("chromium-" + language), language));
        }
    }

    @AfterAll
    static void stop() {
        try {
            BROWSERS.values().forEach(WebDriver::quit);
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    static Stream<EmulatedScreen> screens() {
        return EmulatedScreen.desktopAndPhone();
    }

    private static WidgetPage open(EmulatedScreen screen) {
        WebDriver driver = BROWSERS.get(screen.language());
        screen.apply(driver);
        return WidgetPage.openFresh(driver, server.baseUrl());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void afterEveryAnswerTheLastMessageAndItsQuickRepliesAreInSight(EmulatedScreen screen) {
        Script say = Script.in(screen);
        WidgetPage page = open(screen).openPanel();
        WidgetLayout layout = page.layout();

        page.send(say.question());
        Shown answer = page.awaitMessage("bot", 0);
        awaitInSight(page, layout, "the answer to " + say.question(), true);

        page.awaitQuickReply(page.find("quick-reply").getText()).click();
        answer = page.awaitMessage("bot", answer.seq());
        awaitInSight(page, layout, "the answer to a quick reply", false);

        for (String text : List.of(say.human(), say.urgent(), say.skip())) {
            page.send(text);
            answer = page.awaitMessage("bot", answer.seq());
            awaitInSight(page, layout, "the answer to " + text, !text.equals(say.skip()));
        }
    }

    /**
     * Waits until the send has settled and the newest message, quick replies and all, shows in the transcript; a
     * message taller than the transcript shows its end, where its question and quick replies are.
     */
    private static void awaitInSight(WidgetPage page, WidgetLayout layout, String what, boolean withQuickReplies) {
        String quickReplies = part("transcript") + " > :last-child " + part("quick-replies");
        new WebDriverWait(page.driver(), SETTLE)
                .withMessage(() ->
                        what + " is not in sight: " + layout.lastMessage() + " shown in " + layout.visibleTranscript())
                .until(d -> page.find("send").isEnabled()
                        && (!withQuickReplies || layout.box(quickReplies).isPresent())
                        && inSight(layout.lastMessage(), layout.visibleTranscript()));
        layout.box(quickReplies)
                .ifPresent(replies -> assertThat(replies.within(layout.visibleTranscript()))
                        .as(what + ": its quick replies")
                        .isTrue());
    }

    private static boolean inSight(Box message, Box transcript) {
        if (message.bottom() - message.top() <= transcript.bottom() - transcript.top()) {
            return message.within(transcript);
        }
        // Scrolled to its end: the transcript's bottom padding (14 px) below it, then the transcript's edge.
        return message.bottom() <= transcript.bottom() + 1 && message.bottom() >= transcript.bottom() - 15;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void theLauncherWaitsInTheCornerAndTheOpenPanelKeepsEveryControlInSight(EmulatedScreen screen) {
        WidgetPage page = open(screen);
        WidgetLayout layout = page.layout();
        Box viewport = layout.viewport();
        Box launcher = layout.shown(part("launcher"));

        assertThat(viewport.right() - launcher.right())
                .as("launcher's gap to the right edge")
                .isBetween(0.0, 24.0);
        assertThat(viewport.bottom() - launcher.bottom())
                .as("launcher's gap to the bottom")
                .isBetween(0.0, 24.0);
        assertThat(layout.shown("#baton-widget").sameAs(launcher))
                .as("the closed widget covers nothing but its launcher")
                .isTrue();

        page.openPanel();
        Box panel = layout.shown(part("panel"));
        assertThat(panel.within(viewport))
                .as("the panel %s fits the screen %s", panel, viewport)
                .isTrue();
        if (screen.phone()) {
            assertThat(panel.sameAs(viewport))
                    .as("on a phone the panel %s fills the screen", panel)
                    .isTrue();
        }
        assertThat(layout.box(part("launcher")))
                .as("the launcher while the panel is open")
                .isEmpty();
        for (String control : List.of("close", "input", "send", "safety")) {
            assertThat(layout.reachable(part(control)))
                    .as(control + " is in sight and not covered")
                    .isTrue();
        }

        page.find("close").click();
        assertThat(layout.box(part("panel"))).isEmpty();
        assertThat(layout.shown(part("launcher")).sameAs(launcher))
                .as("the launcher back in its corner")
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void thePlaceholderFitsOnOneLineWithoutScrollbars(EmulatedScreen screen) {
        WidgetPage page = open(screen).openPanel();

        @SuppressWarnings("unchecked")
        List<Number> m = (List<Number>) page.layout().script("""
                var input = document.querySelector('[data-baton="input"]');
                var style = getComputedStyle(input);
                var px = function (name) { return parseFloat(style[name]); };
                var pad = px('paddingLeft') + px('paddingRight');
                var border = px('borderLeftWidth') + px('borderRightWidth');
                var ctx = document.createElement('canvas').getContext('2d');
                ctx.font = style.font;
                return [ctx.measureText(input.placeholder).width, input.clientWidth - pad,
                        input.scrollHeight, input.clientHeight, input.offsetWidth - input.clientWidth - border,
                        px('lineHeight') + px('paddingTop') + px('paddingBottom')];
                """);

        assertThat(m.get(0).doubleValue())
                .as("placeholder width within the box's text width")
                .isLessThanOrEqualTo(m.get(1).doubleValue());
        assertThat(m.get(2).intValue())
                .as("content height within the box's height")
                .isLessThanOrEqualTo(m.get(3).intValue());
        assertThat(m.get(4).intValue()).as("width of a vertical scrollbar").isZero();
        assertThat(m.get(3).doubleValue())
                .as("one line high")
                .isLessThanOrEqualTo(m.get(5).doubleValue() + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void onceAnAgentJoinsTheHeaderSaysAPersonIsThere(EmulatedScreen screen) throws Exception {
        Script say = Script.in(screen);
        WidgetPage page = open(screen).openPanel();
        String assistant = page.find("subtitle").getText();
        page.send(say.urgent());
        page.awaitStatus("queued");
        assertThat(page.find("subtitle").getText()).isEqualTo(assistant);

        claim(conversationId(page), server.addAgent("screen" + AGENTS.incrementAndGet(), 1, false));
        page.awaitStatus("with_agent");

        String subtitle = page.find("subtitle").getText();
        assertThat(subtitle).isNotEqualTo(assistant);
        if (screen.chinese()) {
            assertThat(subtitle).contains("人工客服").doesNotContain("智能助手");
        } else {
            assertThat(subtitle).containsIgnoringCase("agent").doesNotContain("Assistant");
        }
    }

    private static String conversationId(WidgetPage page) throws Exception {
        String stored = (String) page.layout().script("return window.sessionStorage.getItem('baton.conversation');");
        return JSON.readTree(stored).get("conversationId").asText();
    }

    /** The agent takes the conversation's ticket from the queue, as the console's Claim button does. */
    private static void claim(String conversationId, String token) throws Exception {
        JsonNode queue = JSON.readTree(agentCall("GET", "/api/v1/agent/queue", token));
        String ticket = null;
        for (JsonNode t : queue.path("tickets")) {
            if (t.path("conversationId").asText().equals(conversationId)) {
                ticket = t.path("id").asText();
            }
        }
        assertThat(ticket).as("the conversation's ticket in the queue").isNotNull();
        agentCall("POST", "/api/v1/agent/tickets/" + ticket + "/claim", token);
    }

    private static String agentCall(String method, String path, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                        .header("Authorization", "Bearer " + token)
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isEqualTo(200);
        return response.body();
    }
}
