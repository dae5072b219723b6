package dev.baton.safety;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Recognises a user reporting an emergency with their funds, in Chinese or English, from high-precision
 * lexical patterns. Questions about prevention or policy ("怎么防止被盗", "will support ask for my seed
 * phrase") do not match unless they also contain an unmistakable report, and scenarios that open with a
 * condition ("如果助记词泄露了…", "what if my wallet gets drained") never match.
 *
 * <p>Tables are tried in priority order (impersonation, secret leaked, unauthorised transfer, wrong address,
 * account locked) and the first that matches wins: someone posing as support who obtained the phrase is
 * reported as impersonation. Immutable and thread-safe.
 */
public final class FundsAtRiskRules {
    private final List<RiskTable> tables;
    private final List<RiskRule> questions;
    private final CueIndex cues;

    FundsAtRiskRules(List<RiskTable> tables, List<RiskRule> questions) {
        this.tables = List.copyOf(tables);
        this.questions = List.copyOf(questions);
        List<RiskRule> all = new ArrayList<>(questions);
        for (RiskTable table : tables) {
            all.addAll(table.reports());
            all.addAll(table.mentions());
        }
        this.cues = new CueIndex(all);
    }

    /** The rules Baton ships with: one table per {@link RiskKind}, in the priority order above. */
    public static FundsAtRiskRules standard() {
        return new FundsAtRiskRules(
                List.of(
                        ImpersonationTable.create(),
                        SecretLeakedTable.create(),
                        UnauthorizedTransferTable.create(),
                        WrongAddressTable.create(),
                        AccountLockedTable.create()),
                RiskRule.all(PreventionQuestions.patterns()));
    }

    /**
     * The highest-priority risk {@code normalized} reports, if any.
     *
     * @param normalized the message lowercased, NFKC-normalised, with Traditional Chinese turned into Simplified
     */
    public Optional<RiskKind> match(String normalized) {
        Objects.requireNonNull(normalized, "normalized");
        if (PreventionQuestions.isHypothetical(normalized)) {
            return Optional.empty();
        }
        BitSet present = cues.present(normalized);
        boolean asking = RiskRule.anyFinds(questions, normalized, cues, present);
        for (RiskTable table : tables) {
            if (table.matches(normalized, asking, cues, present)) {
                return Optional.of(table.kind());
            }
        }
        return Optional.empty();
    }
}
