package dev.baton.safety;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads from a regular expression the literal strings one of which every match must start with, so a rule
 * can skip its regex on messages that contain none of them (most messages, at a fraction of a regex's cost).
 * Handles what the risk tables use: literals, {@code \b}, alternations and nested groups. When it cannot
 * tell, it returns no cues and the regex always runs, so a verdict never depends on this class.
 */
final class LiteralCues {
    private static final String META = "\\.[](){}?*+|^$";
    private static final String OPTIONAL = "?*{";

    private LiteralCues() {}

    /** Strings one of which every match starts with; empty when unknown. */
    static List<String> of(String regex) {
        List<String> cues = new ArrayList<>();
        for (String alternative : splitTopLevel(regex)) {
            List<String> prefixes = prefixes(alternative);
            if (prefixes.isEmpty()) {
                return List.of();
            }
            cues.addAll(prefixes);
        }
        return List.copyOf(cues);
    }

    private static List<String> prefixes(String alternative) {
        int i = 0;
        while (alternative.startsWith("\\b", i)) {
            i += 2;
        }
        int len = alternative.length();
        if (i < len && alternative.charAt(i) == '(') {
            int close = closing(alternative, i);
            boolean optional = close + 1 < len && OPTIONAL.indexOf(alternative.charAt(close + 1)) >= 0;
            if (close < 0 || optional || alternative.startsWith("(?", i)) {
                return List.of();
            }
            return of(alternative.substring(i + 1, close));
        }
        StringBuilder literal = new StringBuilder();
        while (i < len && META.indexOf(alternative.charAt(i)) < 0) {
            literal.append(alternative.charAt(i++));
        }
        if (i < len && OPTIONAL.indexOf(alternative.charAt(i)) >= 0 && literal.length() > 0) {
            literal.setLength(literal.length() - 1);
        }
        return literal.length() == 0 ? List.of() : List.of(literal.toString());
    }

    private static List<String> splitTopLevel(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = regex.indexOf(']', i + 1);
                if (i < 0) {
                    return List.of("");
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(regex.substring(start));
        return parts;
    }

    private static int closing(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = regex.indexOf(']', i + 1);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
