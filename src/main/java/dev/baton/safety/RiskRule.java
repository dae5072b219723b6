package dev.baton.safety;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a risk table: a precompiled regex, and the literal cues (see {@link LiteralCues}) every match
 * starts with, so the regex is tried only where a cue occurs instead of at every position of the text.
 */
record RiskRule(List<String> cues, Pattern pattern) {
    RiskRule {
        cues = List.copyOf(cues);
        Objects.requireNonNull(pattern, "pattern");
    }

    static RiskRule of(String regex) {
        return new RiskRule(LiteralCues.of(regex), Pattern.compile(regex));
    }

    static List<RiskRule> all(List<String> regexes) {
        return regexes.stream().map(RiskRule::of).toList();
    }

    static boolean anyFinds(List<RiskRule> rules, String text) {
        for (RiskRule rule : rules) {
            if (rule.finds(text)) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #anyFinds(List, String)}, skipping rules whose cues the index says are absent. */
    static boolean anyFinds(List<RiskRule> rules, String text, CueIndex index, BitSet present) {
        for (RiskRule rule : rules) {
            if (index.mayMatch(rule, present) && rule.finds(text)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the regex matches somewhere; with cues it is only tried where a cue starts. */
    boolean finds(String text) {
        if (cues.isEmpty()) {
            return pattern.matcher(text).find();
        }
        Matcher matcher = null;
        for (String cue : cues) {
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
                if (matcher == null) {
                    matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                if (matcher.region(at, text.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }
}
