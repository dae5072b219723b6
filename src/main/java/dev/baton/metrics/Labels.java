package dev.baton.metrics;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Label values as Prometheus wants them: bounded. Only codes (an action, a reason code, an intent id, a
 * channel name) become values; anything that does not look like one is counted as {@code other}, so neither a
 * user's text nor an id can ever reach a label.
 */
final class Labels {

    static final String NONE = "none";
    static final String OTHER = "other";
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_.:-]{0,63}");

    private Labels() {}

    static String code(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return CODE.matcher(lower).matches() ? lower : OTHER;
    }
}
