package dev.baton.safety;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The patterns of one {@link RiskKind}.
 *
 * @param kind     what a match means
 * @param reports  unmistakable first-person reports ("被盗了", "my wallet was drained"); they match even when
 *                 the message also asks how to prevent something
 * @param mentions keywords ("被盗", "phishing") that match unless the message asks about prevention or policy
 */
record RiskTable(RiskKind kind, List<Pattern> reports, List<Pattern> mentions) {
    RiskTable {
        Objects.requireNonNull(kind, "kind");
        reports = List.copyOf(reports);
        mentions = List.copyOf(mentions);
    }

    static RiskTable of(RiskKind kind, List<String> reports, List<String> mentions) {
        return new RiskTable(kind, compile(reports), compile(mentions));
    }

    static List<Pattern> compile(List<String> regexes) {
        return regexes.stream().map(Pattern::compile).toList();
    }

    /** Whether {@code text} reports this risk; {@code asking} is whether it is a prevention or policy question. */
    boolean matches(String text, boolean asking) {
        return anyFind(reports, text) || (!asking && anyFind(mentions, text));
    }

    static boolean anyFind(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
