package dev.baton.details;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a plausible email address: dotted local part, {@code @}, dotted domain ending in a 2-24 letter TLD. */
final class Emails {
    private static final Pattern EMAIL =
            Pattern.compile("(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9_%+\\-]+(?:\\.[A-Za-z0-9_%+\\-]+)*"
                    + "@(?:[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}(?![A-Za-z0-9\\-])");

    private Emails() {}

    /** The first email address in {@code text}, if any. */
    static Optional<String> find(String text) {
        if (text.indexOf('@') < 0) {
            return Optional.empty();
        }
        Matcher m = EMAIL.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }
}
