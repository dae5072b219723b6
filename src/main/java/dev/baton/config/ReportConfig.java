package dev.baton.config;

import java.time.Duration;
import java.util.Objects;

/**
 * The supervisor report.
 *
 * @param containmentWindow how long after Baton answered a conversation a related question from the same user
 *                          or chat (or a handoff) still makes it not contained; until then it is pending
 */
public record ReportConfig(Duration containmentWindow) {

    public static final Duration MIN_WINDOW = Duration.ofHours(1);
    public static final Duration MAX_WINDOW = Duration.ofDays(30);

    public ReportConfig {
        Objects.requireNonNull(containmentWindow, "containmentWindow");
        if (containmentWindow.compareTo(MIN_WINDOW) < 0 || containmentWindow.compareTo(MAX_WINDOW) > 0) {
            throw new ConfigException("report.containmentWindow must be between 1h and 30d, not "
                    + containmentWindow.toMinutes() + " minutes");
        }
    }

    /** The defaults: a 24-hour containment window. */
    public static ReportConfig defaults() {
        return new ReportConfig(Duration.ofHours(24));
    }
}
