package dev.baton.web;

import static dev.baton.web.ConsoleScreenFixture.STOLEN;
import static dev.baton.web.ConsoleScreenFixture.STOLEN_DETAILS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.testing.IntegrationTest;
import dev.baton.web.ConsoleApi.Chat;
import dev.baton.web.ConsoleScreen.Size;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.support.ui.Select;

/**
 * What agents saw on screen, checked in Chromium on a desktop (1280x900) and a phone (390x844), in an English
 * and a Chinese browser: ticket titles are words, times follow the console's language, filter labels fit,
 * every collected detail shows and no control is cut off.
 */
@IntegrationTest
@ExtendWith(BrowserTests.class)
class ConsoleScreenBrowserTest {
    /** What a reason code or intent id looks like: words joined by an underscore, a dot or a hyphen. */
    private static final Pattern RAW_CODE = Pattern.compile("[a-z][_.-][a-z]");

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @TempDir
    static Path tmp;

    private static ConsoleScreenFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        if (!BrowserTests.skipped()) {
            fixture = ConsoleScreenFixture.start(tmp);
        }
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @AfterEach
    void theConsoleRaisedNoJavaScriptError() {
        if (fixture != null && fixture.used() != null) {
            assertThat(ConsolePage.errorsIn(fixture.used()))
                    .as("JavaScript errors in the console")
                    .isEmpty();
        }
    }

    static Stream<Arguments> screens() {
        return Stream.of(
                arguments("en", new Size(1280, 900)),
                arguments("zh", new Size(1280, 900)),
                arguments("en", new Size(390, 844)),
                arguments("zh", new Size(390, 844)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("screens")
    void ticketTitlesAreWordsInTheConsolesLanguageAndWrapBetweenWords(String language, Size size) {
        ConsolePage console = fixture.signedIn(language, size);
        ConsoleScreen screen = ConsoleScreen.of(fixture.used());
        assertTitlesReadAsWords(screen.titles(), language, fixture.tickets().size());
        assertThat(screen.brokenTitleWords()).as("words broken inside").isEmpty();

        console.openTicket(fixture.tickets().get(1));
        console.awaitVisible("detail-description");
        assertTitlesReadAsWords(screen.titles(), language, 1);
        assertThat(screen.brokenTitleWords()).as("words broken inside").isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("screens")
    void timesFollowTheConsolesLanguageWithA24HourClockInChinese(String language, Size size) {
        ConsolePage console = fixture.signedIn(language, size);
        console.openTicket(fixture.tickets().get(0));
        console.awaitMessage("bot", 0);
        ConsoleScreen screen = ConsoleScreen.of(fixture.used());

        List<List<String>> times = screen.transcriptTimes();
        assertThat(times).as("clock times in the transcript").isNotEmpty();
        for (List<String> time : times) {
            if (language.equals("zh")) {
                // It is mid-afternoon in the emulated time zone: a 12-hour clock would read 03:xx.
                assertThat(time.get(0)).matches("(1[3-9]|2[0-3]):[0-5]\\d");
                assertThat(time.get(1)).contains(time.get(0)).doesNotContain("AM", "PM", "上午", "下午");
            } else {
                assertThat(time.get(0)).matches("0?[1-9]:[0-5]\\d\\h?PM");
            }
        }
        assertThat(screen.relativeTimes()).as("relative times").isNotEmpty().allSatisfy(text -> {
            if (language.equals("zh")) {
                assertThat(text).containsPattern(HAN);
            } else {
                assertThat(text).matches("just now|\\d+ (min|h|d) ago");
            }
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("screens")
    void theFiltersLabelsFitWhole(String language, Size size) {
        ConsolePage console = fixture.signedIn(language, size);

        assertThat(ConsoleScreen.of(fixture.used()).unfitFilterLabels()).isEmpty();
        assertThat(new Select(console.find("filter-status"))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo(language.equals("zh") ? "进行中" : "Open");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("screens")
    void everyDetailCollectedShowsLabelledInTheConsolesLanguageAlsoWhenItArrivesWhileOpen(String language, Size size) {
        Chat chat = fixture.chat(STOLEN);
        String ticket = fixture.api().ticketOf(chat.id(), fixture.token());
        ConsolePage console = fixture.signedIn(language, size);
        console.awaitTicket(ticket);
        console.openTicket(ticket);
        console.awaitVisible("detail-description");

        fixture.api().say(chat, STOLEN_DETAILS);

        JsonNode details = fixture.api()
                .agentGet("/api/v1/agent/tickets/" + ticket, fixture.token())
                .path("details");
        List<String> fields = new ArrayList<>();
        details.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (value.isArray()
                    ? !value.isEmpty()
                    : !value.isNull() && !value.asText().isEmpty()) {
                fields.add(field.getKey());
            }
        });
        assertThat(fields)
                .as("what Baton collected")
                .containsExactlyInAnyOrder(
                        "accountId",
                        "description",
                        "txHashes",
                        "addresses",
                        "amount",
                        "chain",
                        "time",
                        "errorMessage",
                        "email");
        for (String field : fields) {
            String shown = console.awaitDetail(field);
            String label = console.detailLabel(field);
            assertThat(label).as(field + "'s label").isNotBlank().isNotEqualTo(field);
            if (language.equals("zh")) {
                assertThat(label).as(field + "'s label").containsPattern(HAN);
            }
            JsonNode value = details.path(field);
            for (JsonNode one : value.isArray() ? value : List.of(value)) {
                assertThat(shown).as(field).contains(one.asText().replaceFirst(" \\(.*\\)$", ""));
            }
        }
        assertThat(console.detailFields()).containsExactlyInAnyOrderElementsOf(fields);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("screens")
    void noControlIsCutOff(String language, Size size) {
        ConsolePage console = fixture.signedIn(language, size);
        ConsoleScreen screen = ConsoleScreen.of(fixture.used());
        assertThat(screen.cutOffControls()).as("the queue").isEmpty();
        console.openDeliveries();
        assertThat(screen.cutOffControls()).as("the failed deliveries").isEmpty();
        console.click("deliveries-close");

        console.openTicket(fixture.tickets().get(2));
        console.awaitMessage("bot", 0);
        assertThat(screen.cutOffControls()).as("the open ticket").isEmpty();
        console.click("escalate");
        console.awaitVisible("escalate-note");
        assertThat(screen.cutOffControls()).as("the open ticket, escalating").isEmpty();
        console.click("escalate-cancel");

        if (size.phone()) {
            assertThat(console.find("queue").isDisplayed())
                    .as("the queue beside the open ticket")
                    .isFalse();
            console.click("back");
            console.awaitVisible("queue");
            assertThat(console.find("open-ticket").isDisplayed())
                    .as("the ticket after going back")
                    .isFalse();
        } else {
            assertThat(console.find("back").isDisplayed())
                    .as("a way back where the queue stays in view")
                    .isFalse();
        }
    }

    @Test
    void theLanguageButtonReloadsTheConsoleInTheOtherLanguageWithTheAgentStillSignedIn() {
        ConsolePage console = fixture.signedIn("en", new Size(1280, 900));
        assertThat(console.find("language").getText()).isEqualTo("中文");

        console.click("language");
        console.await().until(d -> "zh-CN".equals(console.script("return document.documentElement.lang;")));
        console.awaitConnection("online");
        assertThat(console.awaitVisible("me").getText()).contains("mei").contains("主管");
        assertThat(console.awaitTicket(fixture.tickets().get(0)).getText()).contains("资金风险");

        console.click("language");
        console.await().until(d -> "en".equals(console.script("return document.documentElement.lang;")));
        assertThat(console.awaitTicket(fixture.tickets().get(0)).getText()).contains("Funds at risk");
        console.script("window.localStorage.clear();");
    }

    /** The titles shown are words in {@code language}, standing for reason codes they do not spell out. */
    private static void assertTitlesReadAsWords(List<List<String>> titles, String language, int atLeast) {
        assertThat(titles).as("ticket titles shown").hasSizeGreaterThanOrEqualTo(atLeast);
        for (List<String> title : titles) {
            String text = title.get(0);
            String code = title.get(1);
            assertThat(code).as("the reason behind " + text).isNotBlank();
            assertThat(text).doesNotContain(code).doesNotContainPattern(RAW_CODE);
            if (language.equals("zh")) {
                assertThat(text).containsPattern(HAN);
            } else {
                assertThat(text).doesNotContainPattern(HAN);
            }
        }
    }
}
