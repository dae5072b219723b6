package dev.baton.web;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** Where the widget's parts are on screen, read from the page (CSS pixels of the viewport). */
final class WidgetLayout {

    /** A box on screen; coordinates grow rightwards and downwards from the viewport's top left. */
    record Box(double left, double top, double right, double bottom) {
        /** Whether this box lies inside {@code outer}, give or take a pixel of rounding. */
        boolean within(Box outer) {
            return left >= outer.left - 1
                    && top >= outer.top - 1
                    && right <= outer.right + 1
                    && bottom <= outer.bottom + 1;
        }

        boolean overlaps(Box other) {
            return left < other.right - 1 && other.left < right - 1 && top < other.bottom - 1 && other.top < bottom - 1;
        }

        /** Whether this box is {@code other}, give or take a pixel. */
        boolean sameAs(Box other) {
            return within(other) && other.within(this);
        }
    }

    private static final String BOX = """
            var e = arguments[0] ? document.querySelector(arguments[0]) : null;
            if (arguments[0] && (!e || !e.getClientRects().length)) { return null; }
            var b = e ? e.getBoundingClientRect()
                : {left: 0, top: 0, right: document.documentElement.clientWidth,
                   bottom: document.documentElement.clientHeight};
            return [b.left, b.top, b.right, b.bottom];""";

    /** True when the element is what a tap at its centre reaches: nothing covers it there. */
    private static final String REACHABLE = """
            var e = document.querySelector(arguments[0]);
            if (!e || !e.getClientRects().length) { return false; }
            var b = e.getBoundingClientRect();
            var hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
            return !!hit && (hit === e || e.contains(hit));""";

    private final WebDriver driver;

    WidgetLayout(WebDriver driver) {
        this.driver = driver;
    }

    static String part(String name) {
        return "[data-baton=\"" + name + "\"]";
    }

    /** The viewport less any scrollbar of the page. */
    Box viewport() {
        return box(null).orElseThrow();
    }

    /** The box of the first element {@code css} matches, empty when there is none or it is not displayed. */
    Optional<Box> box(String css) {
        @SuppressWarnings("unchecked")
        List<Number> edges = (List<Number>) ((JavascriptExecutor) driver).executeScript(BOX, css);
        return Optional.ofNullable(edges)
                .map(e -> new Box(
                        e.get(0).doubleValue(),
                        e.get(1).doubleValue(),
                        e.get(2).doubleValue(),
                        e.get(3).doubleValue()));
    }

    Box shown(String css) {
        return box(css).orElseThrow(() -> new AssertionError(css + " is not shown"));
    }

    /** Whether a tap at the centre of the element {@code css} matches reaches it. */
    boolean reachable(String css) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(REACHABLE, css));
    }

    /** The part of the transcript the user sees: the scrolling area's box. */
    Box visibleTranscript() {
        return shown(part("scroll"));
    }

    /** The latest message on screen, with its quick replies when it has any. */
    Box lastMessage() {
        return shown(part("transcript") + " > " + part("message") + ":last-child");
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }
}
