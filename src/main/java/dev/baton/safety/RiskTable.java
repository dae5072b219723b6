package dev.baton.safety;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * The rules of one {@link RiskKind}.
 *
 * @param kind     what a match means
 * @param reports  unmistakable first-person reports ("被盗了", "my wallet was drained"); they match even when
 *                 the message also asks how to prevent something
 * @param mentions keywords ("被盗", "phishing") that match unless the message asks about prevention or policy
 */
record RiskTable(RiskKind kind, List<RiskRule> reports, List<RiskRule> mentions) {
    RiskTable {
        Objects.requireNonNull(kind, "kind");
        reports = List.copyOf(reports);
        mentions = List.copyOf(mentions);
    }

    static RiskTable of(RiskKind kind, List<String> reports, List<String> mentions) {
        return new RiskTable(kind, RiskRule.all(reports), RiskRule.all(mentions));
    }

    /** Whether {@code text} reports this risk; {@code asking} is whether it is a prevention or policy question. */
    boolean matches(String text, boolean asking, CueIndex index, BitSet present) {
        return RiskRule.anyFinds(reports, text, index, present)
                || (!asking && RiskRule.anyFinds(mentions, text, index, present));
    }
}
