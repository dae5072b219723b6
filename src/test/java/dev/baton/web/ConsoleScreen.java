package dev.baton.web;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * How the console lays out on one screen size, measured in the page: titles, filter labels, controls and
 * times. Each check returns what is wrong, so an empty list is a pass and a failure says what it saw.
 */
final class ConsoleScreen {

    /** A screen the console must work on. */
    record Size(int width, int height) {
        boolean phone() {
            return width < 600;
        }

        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    private static final String TITLES = """
            return Array.from(document.querySelectorAll(
                '[data-agent="ticket-reason"], [data-agent="open-reason"]'))
              .filter(t => t.getClientRects().length > 0)
              .map(t => [t.textContent, t.getAttribute('data-reason') || '']);""";

    /** A Latin word whose letters lie on more than one line was broken inside. */
    private static final String BROKEN_WORDS = """
            const broken = [];
            for (const title of document.querySelectorAll('[data-agent="ticket-reason"], [data-agent="open-reason"]')) {
              const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (const word of node.data.matchAll(/[A-Za-z0-9]+/g)) {
                  const range = document.createRange();
                  range.setStart(node, word.index);
                  range.setEnd(node, word.index + word[0].length);
                  const lines = new Set(Array.from(range.getClientRects()).map(r => Math.round(r.bottom)));
                  if (lines.size > 1) {
                    broken.push('"' + title.textContent + '" breaks inside "' + word[0] + '"');
                  }
                }
              }
            }
            return broken;""";

    /**
     * A select shows its label in its padding box; each option's label is laid out in a box that wide, in the
     * select's font, and must not overflow it (scrollWidth <= clientWidth).
     */
    private static final String UNFIT_FILTER_LABELS = """
            const unfit = [];
            for (const select of document.querySelectorAll('.filters select')) {
              const style = getComputedStyle(select);
              const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
              if (select.getClientRects().length === 0 || room <= 0) {
                unfit.push(select.getAttribute('data-agent') + ' is not shown');
                continue;
              }
              for (const option of select.options) {
                const label = document.createElement('span');
                label.textContent = option.textContent;
                label.style.cssText = 'position:absolute;visibility:hidden;display:block;white-space:nowrap;'
                  + 'overflow:hidden;padding:0;border:0;width:' + room + 'px';
                for (const p of ['fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'letterSpacing']) {
                  label.style[p] = style[p];
                }
                document.body.appendChild(label);
                if (label.scrollWidth > label.clientWidth) {
                  unfit.push(select.getAttribute('data-agent') + ': "' + option.textContent + '" needs '
                    + label.scrollWidth + 'px of ' + label.clientWidth + 'px');
                }
                label.remove();
              }
            }
            return unfit;""";

    /** Every shown control lies inside the screen's width, a button shows its whole label, nothing scrolls sideways. */
    private static final String CUT_OFF_CONTROLS = """
            const width = document.documentElement.clientWidth;
            const cut = [];
            const name = c => c.getAttribute('data-agent') || c.tagName.toLowerCase() + ' "' + c.textContent.trim() + '"';
            for (const c of document.querySelectorAll('button, select, input, textarea, [role="button"]')) {
              if (c.getClientRects().length === 0) {
                continue;
              }
              const r = c.getBoundingClientRect();
              if (r.left < -0.5 || r.right > width + 0.5) {
                cut.push(name(c) + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right) + ' of ' + width + 'px');
              } else if (c.tagName === 'BUTTON' && c.scrollWidth > c.clientWidth + 1) {
                cut.push(name(c) + ' shows ' + c.clientWidth + 'px of its ' + c.scrollWidth + 'px label');
              }
            }
            if (document.documentElement.scrollWidth > width) {
              cut.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + 'px of ' + width + 'px');
            }
            return cut;""";

    private static final String TRANSCRIPT_TIMES = """
            return Array.from(document.querySelectorAll('[data-agent="transcript"] .msg-meta time'))
              .map(t => [t.textContent, t.getAttribute('title') || '']);""";

    private static final String RELATIVE_TIMES = """
            return Array.from(document.querySelectorAll('time[data-rel]'))
              .filter(t => t.getClientRects().length > 0).map(t => t.textContent);""";

    private final WebDriver driver;

    private ConsoleScreen(WebDriver driver) {
        this.driver = driver;
    }

    /**
     * From now on {@code driver}'s pages are laid out at {@code size} (as a phone below 600 px) in a time zone
     * where it is mid-afternoon, so a clock time shows whether it reads 12 or 24 hours.
     */
    static void emulate(WebDriver driver, Size size) {
        ChromiumDriver chromium = (ChromiumDriver) driver;
        chromium.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", size.width(), "height", size.height(), "deviceScaleFactor", 1, "mobile", size.phone()));
        // Chromium refuses a second override while one is in effect: clear it first.
        chromium.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
        chromium.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", afternoonZone()));
    }

    /** Measures the page {@code driver} shows. */
    static ConsoleScreen of(WebDriver driver) {
        return new ConsoleScreen(driver);
    }

    /** A fixed-offset zone in which it is now between 15:00 and 16:00 (Etc/GMT-5 is UTC+5). */
    static String afternoonZone() {
        int offset = Math.floorMod(15 - ZonedDateTime.now(ZoneOffset.UTC).getHour(), 24);
        if (offset > 14) {
            offset -= 24;
        }
        return offset == 0 ? "Etc/GMT" : offset > 0 ? "Etc/GMT-" + offset : "Etc/GMT+" + -offset;
    }

    /** Each shown ticket title as [text, the reason code it stands for]. */
    List<List<String>> titles() {
        return rows(TITLES);
    }

    List<String> brokenTitleWords() {
        return strings(BROKEN_WORDS);
    }

    List<String> unfitFilterLabels() {
        return strings(UNFIT_FILTER_LABELS);
    }

    List<String> cutOffControls() {
        return strings(CUT_OFF_CONTROLS);
    }

    /** Each transcript line's clock time as [text, tooltip]. */
    List<List<String>> transcriptTimes() {
        return rows(TRANSCRIPT_TIMES);
    }

    /** The texts of the relative times shown ("5 min ago"). */
    List<String> relativeTimes() {
        return strings(RELATIVE_TIMES);
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String script) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(script);
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> rows(String script) {
        return (List<List<String>>) ((JavascriptExecutor) driver).executeScript(script);
    }
}
