package dev.baton.bench.sitting;

import java.util.List;

/** One run of a sitting and what it measured: a row of the table. */
record SittingRow(SittingStep step, SittingFigures figures) {

    /** The targets that apply to this run, checked. */
    List<SittingTargets.Verdict> verdicts() {
        return SittingTargets.check(step, figures);
    }
}
