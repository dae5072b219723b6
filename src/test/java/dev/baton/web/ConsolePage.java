package dev.baton.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The agent console as a test sees it: only the selectors the console promises ({@link ConsoleSelectors}). */
final class ConsolePage {
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** One transcript line; {@code text} is the exact textContent of its {@code message-text}. */
    record Line(long seq, String sender, String text, String decisionAction) {}

    private final WebDriver driver;
    private final WebDriverWait wait;

    private ConsolePage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, TIMEOUT);
    }

    /**
     * Opens the console at {@code baseUrl}/agent signed out (no token remembered in this tab), with the error
     * trap installed for every document the browser loads from now on.
     */
    static ConsolePage openSignedOut(WebDriver driver, String baseUrl) {
        trapErrors(driver);
        // Cleared on a page of the same origin that runs no console: a console signing in with the remembered
        // token could store it again after the clear.
        driver.get(baseUrl + "/health");
        ((JavascriptExecutor) driver).executeScript("window.sessionStorage.clear();");
        driver.get(baseUrl + "/agent");
        ConsolePage page = new ConsolePage(driver);
        page.wait.until(ExpectedConditions.elementToBeClickable(page.by("token")));
        return page;
    }

    /** From now on every document {@code driver} loads records its JavaScript errors for {@link #errorsIn}. */
    static void trapErrors(WebDriver driver) {
        if (driver instanceof ChromiumDriver chromium) {
            chromium.executeCdpCommand(
                    "Page.addScriptToEvaluateOnNewDocument", Map.of("source", ConsoleScripts.ERROR_TRAP));
            chromium.executeCdpCommand(
                    "Page.addScriptToEvaluateOnNewDocument", Map.of("source", ConsoleScripts.QUEUE_GATE));
        }
    }

    /** What the error trap caught on {@code driver}'s current document. */
    @SuppressWarnings("unchecked")
    static List<String> errorsIn(WebDriver driver) {
        Object errors = ((JavascriptExecutor) driver).executeScript("return window.__consoleErrors || null;");
        return errors == null ? List.of("the error trap is not installed") : (List<String>) errors;
    }

    By by(String name) {
        return ConsoleSelectors.named(name);
    }

    WebElement find(String name) {
        return driver.findElement(by(name));
    }

    WebElement awaitVisible(String name) {
        return wait.withMessage(() -> name + " never became visible")
                .until(ExpectedConditions.visibilityOfElementLocated(by(name)));
    }

    void click(String name) {
        wait.withMessage(() -> name + " never became clickable")
                .until(ExpectedConditions.elementToBeClickable(by(name)))
                .click();
    }

    /** Types {@code token} into the sign-in form and submits it. */
    ConsolePage signIn(String token) {
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(by("token")));
        box.clear();
        box.sendKeys(token);
        click("sign-in");
        return this;
    }

    /** Waits until the connection badge is in {@code state} (online/offline), whatever language it says it in. */
    void awaitConnection(String state) {
        wait.withMessage(() -> "connection never became " + state + " (is "
                        + find("connection").getText() + ")")
                .until(ExpectedConditions.attributeToBe(by("connection"), "data-state", state));
    }

    // ------------------------------------------------------------ queue

    /** Waits until the queue lists ticket {@code id}. */
    WebElement awaitTicket(String id) {
        return wait.withMessage(() -> "ticket " + id + " never appeared in the queue")
                .until(ExpectedConditions.visibilityOfElementLocated(ConsoleSelectors.queuedTicket(id)));
    }

    /**
     * Holds the console's queue GETs from now on and waits for those already sent to be answered, so whatever
     * the queue shows next arrived over the WebSocket; {@link #releaseQueueLoads} sends the held ones.
     */
    void holdQueueLoads() {
        script("window.__batonHoldQueue = true;");
        wait.withMessage("queue loads still in flight")
                .until(d -> Long.valueOf(0).equals(script("return window.__batonQueueInFlight;")));
    }

    void releaseQueueLoads() {
        script("window.__batonReleaseQueue();");
    }

    /** Waits until the queue row of ticket {@code id} shows {@code status}. */
    WebElement awaitTicketStatus(String id, String status) {
        return wait.withMessage(() -> "ticket " + id + " never became " + status + " in the queue")
                .until(ExpectedConditions.visibilityOfElementLocated(ConsoleSelectors.queuedTicket(id, status)));
    }

    boolean listsTicket(String id) {
        return !driver.findElements(ConsoleSelectors.queuedTicket(id)).isEmpty();
    }

    // ------------------------------------------------------------ open ticket

    /** Clicks the queue row of {@code id} and waits until the ticket is open with its details loaded. */
    void openTicket(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(ConsoleSelectors.queuedTicket(id)))
                .click();
        wait.withMessage(() -> "ticket " + id + " never opened")
                .until(ExpectedConditions.visibilityOfElementLocated(ConsoleSelectors.openTicket(id)));
    }

    /** Waits until the open ticket's {@code data-status} is {@code status}. */
    void awaitOpenStatus(String status) {
        wait.withMessage(() -> "the open ticket never became " + status + " (is "
                        + find("open-ticket").getDomAttribute("data-status") + ")")
                .until(ExpectedConditions.attributeToBe(by("open-ticket"), "data-status", status));
    }

    /** The {@code detail-<field>} row's text, waiting for it to be shown. */
    String awaitDetail(String field) {
        return awaitVisible("detail-" + field).getText();
    }

    /** The label of the {@code detail-<field>} row. */
    String detailLabel(String field) {
        return find("detail-" + field).findElement(By.tagName("dt")).getText();
    }

    /** The fields of every detail row shown, in order. */
    List<String> detailFields() {
        return find("details").findElements(By.cssSelector("[data-field]")).stream()
                .map(row -> row.getDomAttribute("data-field"))
                .toList();
    }

    List<Line> transcript() {
        @SuppressWarnings("unchecked")
        List<List<Object>> rows = (List<List<Object>>) script(ConsoleScripts.READ_TRANSCRIPT);
        return rows.stream()
                .map(r -> new Line(
                        Long.parseLong((String) r.get(0)), (String) r.get(1), (String) r.get(2), (String) r.get(3)))
                .toList();
    }

    Line awaitMessage(Predicate<Line> wanted) {
        return wait.withMessage(() -> "no such message in " + transcript())
                .until(d -> first(wanted).orElse(null));
    }

    Line awaitMessage(String sender, long afterSeq) {
        return awaitMessage(m -> m.sender().equals(sender) && m.seq() > afterSeq);
    }

    private Optional<Line> first(Predicate<Line> wanted) {
        return transcript().stream().filter(wanted).findFirst();
    }

    long lastSeq() {
        return transcript().stream().mapToLong(Line::seq).max().orElse(0);
    }

    /** Waits until the {@code canned} select offers answers, then picks the one for FAQ {@code faqId}. */
    void pickCanned(String faqId) {
        By option = ConsoleSelectors.cannedAnswer(faqId);
        wait.withMessage(() -> "no canned answer " + faqId).until(ExpectedConditions.presenceOfElementLocated(option));
        wait.until(ExpectedConditions.elementToBeClickable(by("canned")));
        new Select(find("canned")).selectByValue(driver.findElement(option).getDomAttribute("value"));
    }

    /** The faqIds the canned select offers. */
    List<String> cannedIds() {
        return find("canned").findElements(By.cssSelector("option[data-faq-id]")).stream()
                .map(o -> o.getDomAttribute("data-faq-id"))
                .toList();
    }

    /** The reply box's current value. */
    String replyText() {
        return find("reply-text").getDomProperty("value");
    }

    /** Replaces the reply box's text with {@code text} and clicks send. */
    void reply(String text) {
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(by("reply-text")));
        box.clear();
        box.sendKeys(text);
        click("reply-send");
    }

    void addNote(String text) {
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(by("note-text")));
        box.clear();
        box.sendKeys(text);
        click("note-add");
    }

    /** Waits until the notes list shows {@code text}. */
    void awaitNote(String text) {
        wait.withMessage(() ->
                        "note '" + text + "' never shown in " + find("notes").getText())
                .until(ExpectedConditions.textToBePresentInElementLocated(by("notes"), text));
    }

    // ------------------------------------------------------------ failed deliveries

    /** Opens the failed-deliveries panel from the top bar. */
    void openDeliveries() {
        click("deliveries-toggle");
        awaitVisible("deliveries");
    }

    /** Waits until the dead-letter badge in the top bar reads {@code count}. */
    void awaitDeliveriesCount(String count) {
        wait.withMessage(() -> "the dead-letter count never became " + count + " (is "
                        + find("deliveries-count").getText() + ")")
                .until(ExpectedConditions.textToBe(by("deliveries-count"), count));
    }

    /** Waits until the panel lists dead letter {@code id}. */
    WebElement awaitDelivery(long id) {
        return wait.withMessage(() -> "dead letter " + id + " never listed in "
                        + find("deliveries").getText())
                .until(ExpectedConditions.visibilityOfElementLocated(ConsoleSelectors.deadLetter(id)));
    }

    /** The {@code delivery-<part>} element of dead letter {@code id}'s row. */
    WebElement deliveryPart(long id, String part) {
        return driver.findElement(ConsoleSelectors.deadLetter(id)).findElement(by("delivery-" + part));
    }

    /** Clicks Retry on dead letter {@code id}'s row. */
    void retryDelivery(long id) {
        By retry = ConsoleSelectors.deadLetterRetry(id);
        wait.withMessage(() -> "Retry of dead letter " + id + " never became clickable")
                .until(ExpectedConditions.elementToBeClickable(retry))
                .click();
    }

    /** Waits until dead letter {@code id} has left the panel. */
    void awaitNoDelivery(long id) {
        wait.withMessage(() -> "dead letter " + id + " stayed in the panel")
                .until(ExpectedConditions.invisibilityOfElementLocated(ConsoleSelectors.deadLetter(id)));
    }

    /** What the error trap caught on the console's current document. */
    List<String> javascriptErrors() {
        return errorsIn(driver);
    }

    Object script(String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }

    WebDriverWait await() {
        return wait;
    }
}
