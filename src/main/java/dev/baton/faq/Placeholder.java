package dev.baton.faq;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A support contact detail an answer may name in braces ({@code {support.email}}), filled from the settings
 * when a reply is written. The corpus names the detail, not its value, so a deployment changes its address
 * without editing the corpus or retraining: what is indexed and trained on is the answer with its placeholders
 * taken out ({@link #strip}). A line whose detail is not set is left out ({@link #fill}), so an answer never
 * shows a raw placeholder or an empty "Email: ".
 */
public enum Placeholder {
    EMAIL("support.email"),
    PHONE("support.phone"),
    WEBSITE("support.website"),
    /** Where support is in the app, in the reply's language. */
    APP_PATH("support.app_path"),
    /** The official community channels, as "name: URL" in one line. */
    COMMUNITY("support.community");

    /** Anything in braces that looks like a name; a name that is none of the above is a corpus error. */
    private static final Pattern TOKEN = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

    private final String code;

    Placeholder(String code) {
        this.code = code;
    }

    /** The name as written in an answer, without braces ({@code support.email}). */
    public String code() {
        return code;
    }

    /** The placeholder as written in an answer ({@code {support.email}}). */
    public String token() {
        return "{" + code + "}";
    }

    static Optional<Placeholder> of(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    /**
     * Checks the placeholders of an answer: every name is known, and at least one line names none, so the answer
     * is never empty whatever is set.
     *
     * @throws IllegalArgumentException naming the unknown placeholder, or saying every line has one
     */
    static void check(String answer, String what) {
        Matcher m = TOKEN.matcher(answer);
        while (m.find()) {
            if (of(m.group(1)).isEmpty()) {
                throw new IllegalArgumentException(what + " has the unknown placeholder {" + m.group(1) + "} (known: "
                        + String.join(
                                ", ",
                                Arrays.stream(values()).map(Placeholder::token).toList()) + ")");
            }
        }
        if (answer.lines().allMatch(line -> TOKEN.matcher(line).find())) {
            throw new IllegalArgumentException(
                    what + " needs a line without a placeholder, so it is not empty when no contact detail is set");
        }
    }

    /** Whether {@code text} names any placeholder (a known one or not). */
    static boolean any(String text) {
        return TOKEN.matcher(text).find();
    }

    /** {@code text} without its placeholders: the same whatever the settings, for the index and the model. */
    public static String strip(String text) {
        return TOKEN.matcher(text).replaceAll("");
    }

    /**
     * {@code text} with each placeholder replaced by its value; a line naming a placeholder whose value is null
     * or blank is left out. Values are put in as they are, never read for placeholders themselves.
     */
    public static String fill(String text, Function<Placeholder, String> value) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        List<String> kept = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            Matcher m = TOKEN.matcher(line);
            StringBuilder filled = new StringBuilder();
            boolean keep = true;
            while (keep && m.find()) {
                String v = of(m.group(1)).map(value).orElse(null);
                keep = v != null && !v.isBlank();
                if (keep) {
                    m.appendReplacement(filled, Matcher.quoteReplacement(v));
                }
            }
            if (keep) {
                m.appendTail(filled);
                kept.add(filled.toString());
            }
        }
        return String.join("\n", kept);
    }
}
