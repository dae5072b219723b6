package dev.baton.web;

import org.openqa.selenium.By;

/**
 * The selectors of what the agent console promises to tests: elements named by {@code data-agent}, and the
 * rows and options that carry an id in a {@code data-} attribute of their own. {@link ConsolePage} is what a
 * test does with them.
 */
final class ConsoleSelectors {

    private ConsoleSelectors() {}

    /** The element the console names {@code name}. */
    static By named(String name) {
        return By.cssSelector(css(name));
    }

    /** Ticket {@code id}'s row in the queue. */
    static By queuedTicket(String id) {
        return By.cssSelector(queuedTicketCss(id));
    }

    /** Ticket {@code id}'s row in the queue once it shows {@code status}. */
    static By queuedTicket(String id, String status) {
        return By.cssSelector(queuedTicketCss(id) + "[data-status=\"" + status + "\"]");
    }

    /** The open ticket's pane while it shows ticket {@code id}. */
    static By openTicket(String id) {
        return By.cssSelector(css("open-ticket") + "[data-open-ticket-id=\"" + id + "\"]");
    }

    /** The canned answer for FAQ {@code faqId} in the canned-answer select. */
    static By cannedAnswer(String faqId) {
        return By.cssSelector(css("canned") + " option[data-faq-id=\"" + faqId + "\"]");
    }

    /** Dead letter {@code id}'s row in the failed-deliveries panel. */
    static By deadLetter(long id) {
        return By.cssSelector(deadLetterCss(id));
    }

    /** The Retry button of dead letter {@code id}'s row. */
    static By deadLetterRetry(long id) {
        return By.cssSelector(deadLetterCss(id) + " " + css("delivery-retry"));
    }

    private static String css(String name) {
        return "[data-agent=\"" + name + "\"]";
    }

    private static String queuedTicketCss(String id) {
        return css("queue") + " " + css("ticket") + "[data-ticket-id=\"" + id + "\"]";
    }

    private static String deadLetterCss(long id) {
        return css("deliveries") + " " + css("delivery") + "[data-delivery-id=\"" + id + "\"]";
    }
}
