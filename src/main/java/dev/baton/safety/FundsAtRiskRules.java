package dev.baton.safety;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a user reporting an emergency with their funds, in Chinese or English, from high-precision
 * lexical patterns. Questions about prevention or policy ("怎么防止被盗", "will support ask for my seed
 * phrase") do not match unless they also contain an unmistakable report.
 *
 * <p>Tables are tried in priority order (secret leaked, impersonation, unauthorised transfer, wrong address,
 * account locked) and the first that matches wins. Immutable and thread-safe.
 */
public final class FundsAtRiskRules {
    private final List<RiskTable> tables;
    private final List<Pattern> questions;

    FundsAtRiskRules(List<RiskTable> tables, List<Pattern> questions) {
        this.tables = List.copyOf(tables);
        this.questions = List.copyOf(questions);
    }

    /** The rules Baton ships with; see {@link ScamTables}, {@link TransferTables}, {@link PreventionQuestions}. */
    public static FundsAtRiskRules standard() {
        return new FundsAtRiskRules(List.of(
                ScamTables.secretLeaked(),
                ScamTables.impersonation(),
                TransferTables.unauthorizedTransfer(),
                TransferTables.wrongAddress(),
                TransferTables.accountLocked()),
                RiskTable.compile(PreventionQuestions.patterns()));
    }

    /**
     * The highest-priority risk {@code normalized} reports, if any.
     *
     * @param normalized the message lowercased, NFKC-normalised, with Traditional Chinese turned into Simplified
     */
    public Optional<RiskKind> match(String normalized) {
        Objects.requireNonNull(normalized, "normalized");
        boolean asking = RiskTable.anyFind(questions, normalized);
        for (RiskTable table : tables) {
            if (table.matches(normalized, asking)) {
                return Optional.of(table.kind());
            }
        }
        return Optional.empty();
    }
}
