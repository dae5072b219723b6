package dev.baton.web;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Whether this run wants the browser tests: {@code -Dbaton.browserTests=run} (the default) runs them and fails
 * them when Chromium is missing (see {@link Chromium#start}); {@code -Dbaton.browserTests=skip} reports every one
 * as skipped and prints a warning, so a run without them says so. A class's {@code @BeforeAll} still runs when
 * its tests are skipped, so it returns early on {@link #skipped()}.
 */
final class BrowserTests implements ExecutionCondition {
    static final String PROPERTY = "baton.browserTests";
    static final String INSTALL = "apt-get install chromium chromium-driver fonts-wqy-zenhei";

    /** True when the run asked to skip the browser tests; anything but {@code run} or {@code skip} fails. */
    static boolean skipped() {
        String value = System.getProperty(PROPERTY, "run");
        return switch (value) {
            case "run", "" -> false;
            case "skip" -> true;
            default ->
                throw new IllegalArgumentException("-D" + PROPERTY + " must be run or skip, not '" + value + "'");
        };
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!skipped()) {
            return ConditionEvaluationResult.enabled("browser tests run");
        }
        if (context.getTestMethod().isEmpty()) {
            System.err.printf(
                    "WARNING: %s skipped on purpose (-D%s=skip); they need: %s%n",
                    context.getDisplayName(), PROPERTY, INSTALL);
            // The class runs so that each of its tests is reported as skipped, not left out of the count.
            return ConditionEvaluationResult.enabled("its tests report themselves skipped");
        }
        return ConditionEvaluationResult.disabled("browser tests skipped on purpose (-D" + PROPERTY + "=skip)");
    }
}
