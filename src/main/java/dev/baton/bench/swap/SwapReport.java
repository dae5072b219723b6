package dev.baton.bench.swap;

import java.util.Locale;

/**
 * What one swap test measured, and whether it passed: the publish went live, every offered turn was answered,
 * none failed, and no turn got an answer its side of the swap rules out.
 */
record SwapReport(
        Setup setup, Publishing publishing, SwapTally tally, Conversations conversations, ServerFigures server) {

    /** What was run against what. */
    record Setup(
            String store,
            String target,
            String heap,
            int cores,
            int rate,
            int threads,
            int warmupSeconds,
            int afterSeconds) {}

    /**
     * How the publish went.
     *
     * @param state            its last state ({@code published}, {@code refused}, {@code failed}, or the one it
     *                         was stuck in)
     * @param seconds          from the POST to the new version live, or to the publish's end
     * @param trainingSeconds  from the POST until it was first seen checking; null when never seen so
     * @param windowMs         how wide the server's times leave the swap's moment
     * @param why              the gate's reasons or the error, when it did not go live
     */
    record Publishing(String state, Long version, double seconds, Double trainingSeconds, double windowMs, String why) {
        boolean published() {
            return "published".equals(state);
        }
    }

    /** Conversations the senders opened, and attempts that failed (each retried at the sender's next turn). */
    record Conversations(long opened, long failedToOpen) {}

    /**
     * The server process: CPU in percent of one core over the phases (null where {@code /proc} is not there),
     * its peak RSS, and the machine's one-minute load average before the server started and at the end.
     */
    record ServerFigures(
            Double cpuBefore,
            Double cpuDuring,
            Double cpuSettling,
            Double cpuAfter,
            Double peakRssMb,
            double loadBefore,
            double loadEnd) {}

    boolean passed() {
        return publishing.published() && tally.clean() && conversations.failedToOpen() == 0;
    }

    String text() {
        StringBuilder s = new StringBuilder();
        line(
                s,
                "swaptest: %d turns/s offered by %d senders against %s (%s store, -Xmx%s, %d cores);"
                        + " %d s warm-up, then a publish, then %d s more",
                setup.rate(),
                setup.threads(),
                setup.target(),
                setup.store(),
                setup.heap(),
                setup.cores(),
                setup.warmupSeconds(),
                setup.afterSeconds());
        String trained = publishing.trainingSeconds() == null
                ? ""
                : String.format(Locale.ROOT, " (trained in %.2f s as polled)", publishing.trainingSeconds());
        if (publishing.published()) {
            line(
                    s,
                    "publish: published as version %d, %.2f s from the POST to live%s; the swap's moment known to"
                            + " %.0f ms",
                    publishing.version(),
                    publishing.seconds(),
                    trained,
                    publishing.windowMs());
        } else {
            line(s, "publish: %s, %.2f s after the POST%s", publishing.state(), publishing.seconds(), trained);
        }
        if (publishing.why() != null) {
            line(s, "publish did not go live: %s", publishing.why());
        }
        line(
                s,
                "turns: %,d offered, %,d answered, %,d failed%s, %,d unanswered at the end; conversations: %,d opened,"
                        + " %,d failed to open",
                tally.offered(),
                tally.answered(),
                tally.failed(),
                tally.failures().isEmpty() ? "" : " " + tally.failures(),
                tally.unanswered(),
                conversations.opened(),
                conversations.failedToOpen());
        s.append("latency ms from each turn's due time:").append(System.lineSeparator());
        for (SwapTimeline.Phase phase : SwapTimeline.Phase.values()) {
            line(s, "  %-32s %s", phase.label, tally.latency().get(phase).text());
        }
        SwapTally.Answers before = tally.answers().get(SwapTimeline.Side.BEFORE);
        SwapTally.Answers across = tally.answers().get(SwapTimeline.Side.ACROSS);
        SwapTally.Answers after = tally.answers().get(SwapTimeline.Side.AFTER);
        line(
                s,
                "answers of the edited entry: answered before the swap %,d old, %,d new; across it %,d old, %,d new;"
                        + " sent after it %,d old, %,d new; %,d not possible",
                before.oldAnswers(),
                before.newAnswers(),
                across.oldAnswers(),
                across.newAnswers(),
                after.oldAnswers(),
                after.newAnswers(),
                tally.misanswered());
        line(
                s,
                "server: CPU %% of one core %s before / %s during / %s first 5 s after / %s after; peak RSS %s (VmHWM);"
                        + " senders at most %.2f ms behind schedule; load average %.2f before, %.2f at the end",
                percent(server.cpuBefore()),
                percent(server.cpuDuring()),
                percent(server.cpuSettling()),
                percent(server.cpuAfter()),
                server.peakRssMb() == null ? "unknown" : String.format(Locale.ROOT, "%.1f MB", server.peakRssMb()),
                tally.maxLagMs(),
                server.loadBefore(),
                server.loadEnd());
        line(
                s,
                "result: %s",
                passed()
                        ? "PASSED: the publish went live, no turn failed or was dropped, every answer fits its side"
                        : "FAILED: " + failures());
        return s.toString();
    }

    private String failures() {
        StringBuilder why = new StringBuilder();
        if (!publishing.published()) {
            why.append("the publish did not go live; ");
        }
        if (tally.failed() > 0 || conversations.failedToOpen() > 0) {
            why.append("requests failed; ");
        }
        if (tally.unanswered() > 0) {
            why.append("turns were dropped; ");
        }
        if (tally.misanswered() > 0) {
            why.append("answers came from the wrong side of the swap; ");
        }
        return why.substring(0, why.length() - 2);
    }

    private static String percent(Double value) {
        return value == null ? "?" : String.format(Locale.ROOT, "%.0f", value);
    }

    private static void line(StringBuilder s, String format, Object... args) {
        s.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }
}
