package dev.baton.web;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The chat widget as a test sees it: only the {@code data-baton} selectors the widget promises. */
final class WidgetPage {
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** One rendered message; {@code text} is the exact textContent, line breaks included. */
    record Shown(long seq, String sender, String text) {}

    private static final String READ_MESSAGES = """
            return Array.from(document.querySelectorAll('[data-baton="message"][data-seq]')).map(function (n) {
              return [n.getAttribute('data-seq'), n.getAttribute('data-sender'),
                      n.querySelector('[data-baton="text"]').textContent];
            });""";

    private final WebDriver driver;
    private final WebDriverWait wait;

    private WidgetPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, TIMEOUT);
    }

    /** Opens {@code baseUrl} with no conversation remembered from an earlier test in this tab. */
    static WidgetPage openFresh(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/");
        ((JavascriptExecutor) driver).executeScript("window.sessionStorage.clear();");
        return reload(driver, baseUrl);
    }

    /** Loads {@code baseUrl} keeping whatever the tab's session storage holds. */
    static WidgetPage reload(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/");
        WidgetPage page = new WidgetPage(driver);
        page.wait.until(ExpectedConditions.elementToBeClickable(page.by("launcher")));
        return page;
    }

    By by(String name) {
        return By.cssSelector("[data-baton=\"" + name + "\"]");
    }

    WebElement find(String name) {
        return driver.findElement(by(name));
    }

    WidgetPage openPanel() {
        find("launcher").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(by("panel")));
        return this;
    }

    void send(String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(by("input")));
        input.clear();
        input.sendKeys(text);
        wait.until(ExpectedConditions.elementToBeClickable(by("send"))).click();
    }

    List<Shown> messages() {
        @SuppressWarnings("unchecked")
        List<List<Object>> rows = (List<List<Object>>) ((JavascriptExecutor) driver).executeScript(READ_MESSAGES);
        return rows.stream()
                .map(r -> new Shown(Long.parseLong((String) r.get(0)), (String) r.get(1), (String) r.get(2)))
                .toList();
    }

    long lastSeq() {
        return messages().stream().mapToLong(Shown::seq).max().orElse(0);
    }

    /** Waits for the first message from {@code sender} with a seq above {@code afterSeq}. */
    Shown awaitMessage(String sender, long afterSeq) {
        return awaitMessage(m -> m.sender().equals(sender) && m.seq() > afterSeq);
    }

    Shown awaitMessage(Predicate<Shown> wanted) {
        return wait.withMessage(() -> "no such message in " + messages())
                .until(d -> first(wanted).orElse(null));
    }

    private Optional<Shown> first(Predicate<Shown> wanted) {
        return messages().stream().filter(wanted).findFirst();
    }

    /** Waits until the button for {@code label} is offered under the latest bot message, then returns it. */
    WebElement awaitQuickReply(String label) {
        return wait.withMessage(() -> "no quick reply '" + label + "'")
                .until(d -> d.findElements(by("quick-reply")).stream()
                        .filter(b -> b.getText().equals(label))
                        .findFirst()
                        .orElse(null));
    }

    /** Waits until the status bar shows {@code state}, then returns its text. */
    String awaitStatus(String state) {
        By status = By.cssSelector("[data-baton=\"status\"][data-state=\"" + state + "\"]");
        return wait.withMessage(() -> "status never became " + state)
                .until(ExpectedConditions.visibilityOfElementLocated(status))
                .getText();
    }

    Object script(String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }

    WebDriverWait await() {
        return wait;
    }

    WebDriver driver() {
        return driver;
    }

    /** Where the widget's parts are on screen. */
    WidgetLayout layout() {
        return new WidgetLayout(driver);
    }
}
