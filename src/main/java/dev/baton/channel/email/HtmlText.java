package dev.baton.channel.email;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML mail as a reader sees it: tags gone, entities decoded, whitespace collapsed as a
 * browser does, a line break at each {@code <br>} and block element and an empty line around paragraphs, list
 * items marked with "- ", and {@code <blockquote>}s written as "> " lines, as a plain-text client quotes, so
 * that {@link ReplyText} finds quoted history the same way in both. Scripts, styles and the head are left
 * out. At most {@code limit} characters are written.
 */
final class HtmlText implements NodeVisitor {

    private static final Set<String> PARAGRAPHS =
            Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "pre", "blockquote", "dl");
    private static final Set<String> BLOCKS = Set.of(
            "div",
            "li",
            "tr",
            "dt",
            "dd",
            "section",
            "article",
            "header",
            "footer",
            "address",
            "hr",
            "center",
            "form",
            "fieldset",
            "figure",
            "main",
            "nav",
            "aside",
            "caption",
            "details",
            "summary",
            "tbody");
    private static final String SKIPPED = "script, style, head, title, template, noscript, object, svg";

    private final StringBuilder out = new StringBuilder();
    private final int limit;
    private int breaks; // line breaks owed before the next text
    private int quote;
    private int writtenQuote; // the quote depth of the text written last
    private int pre;
    private boolean truncated;

    private HtmlText(int limit) {
        this.limit = limit;
    }

    /** The text of {@code html}; {@link Text#truncated()} says whether it was cut at {@code limit}. */
    static Text of(String html, int limit) {
        Document document = Jsoup.parse(html);
        document.select(SKIPPED).remove();
        HtmlText text = new HtmlText(limit);
        NodeTraversor.traverse(text, document.body());
        return new Text(text.out.toString(), text.truncated);
    }

    /** Text and whether it was cut short. */
    record Text(String text, boolean truncated) {}

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            write(pre > 0 ? t.getWholeText() : t.getWholeText().replaceAll("[ \\t\\r\\n\\f]+", " "));
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("br")) {
                breaks++;
            } else if (PARAGRAPHS.contains(tag)) {
                owe(2);
            } else if (BLOCKS.contains(tag)) {
                owe(1);
            }
            if (tag.equals("li")) {
                write("- ");
            } else if ((tag.equals("td") || tag.equals("th")) && e.elementSiblingIndex() > 0) {
                write(" ");
            }
            quote += tag.equals("blockquote") ? 1 : 0;
            pre += tag.equals("pre") ? 1 : 0;
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (PARAGRAPHS.contains(tag)) {
                owe(2);
            } else if (BLOCKS.contains(tag)) {
                owe(1);
            }
            quote -= tag.equals("blockquote") ? 1 : 0;
            pre -= tag.equals("pre") ? 1 : 0;
        }
    }

    /** At least {@code n} line breaks before the next text, none at the very start. */
    private void owe(int n) {
        if (!out.isEmpty()) {
            breaks = Math.max(breaks, n);
        }
    }

    private void write(String text) {
        String clean = text.replace('\u00a0', ' ');
        if (clean.isEmpty() || truncated) {
            return;
        }
        boolean lineStart = out.isEmpty() || out.charAt(out.length() - 1) == '\n';
        if (pre == 0 && clean.isBlank() && (lineStart || breaks > 0)) {
            return; // whitespace between blocks: the breaks owed stand for it
        }
        if (breaks > 0 && !out.isEmpty()) {
            trimTrailingSpace();
            String blank = "> ".repeat(Math.min(quote, writtenQuote)).strip(); // the shallower side's quote
            for (int i = 0; i < breaks; i++) {
                out.append('\n');
                if (i < breaks - 1) {
                    out.append(blank);
                }
            }
            lineStart = true;
        }
        breaks = 0;
        if (lineStart && pre == 0) {
            clean = clean.stripLeading();
            if (clean.isEmpty()) {
                return;
            }
        }
        if (lineStart && quote > 0) {
            out.append("> ".repeat(quote));
        }
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            out.append(c);
            if (c == '\n' && quote > 0) {
                out.append("> ".repeat(quote));
            }
        }
        writtenQuote = quote;
        if (out.length() > limit) {
            out.setLength(limit);
            truncated = true;
        }
    }

    private void trimTrailingSpace() {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
    }
}
