package dev.baton.bench.swap;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the turns of one run add up to: every offered turn is answered, failed or unanswered (still waiting when
 * the run ended); answered turns give each phase's latency and, for the edited entry, which answer each side of
 * the swap got.
 *
 * @param failures     failed turns by kind
 * @param latency      answered turns' latency by the phase they were due in
 * @param answers      answers of the edited entry by side of the swap
 * @param misanswered  turns whose answer could not have come from the policy live when they ran
 * @param maxLagMs     how far behind its due time the latest turn was sent
 */
record SwapTally(
        int offered,
        int answered,
        Map<String, Long> failures,
        int unanswered,
        Map<SwapTimeline.Phase, SwapLatency> latency,
        Map<SwapTimeline.Side, Answers> answers,
        long misanswered,
        double maxLagMs) {

    /** How many turns got the old answer and how many the new. */
    record Answers(long oldAnswers, long newAnswers) {
        static final Answers NONE = new Answers(0, 0);

        Answers plus(SwapTurn.Answer answer) {
            return switch (answer) {
                case OLD -> new Answers(oldAnswers + 1, newAnswers);
                case NEW -> new Answers(oldAnswers, newAnswers + 1);
                case OTHER -> this;
            };
        }
    }

    /**
     * Tallies the first {@code offered} slots of a run; a null slot is a turn that was offered and never came
     * back.
     */
    static SwapTally of(SwapTurn[] turns, int offered, SwapTimeline timeline) {
        if (offered > turns.length) {
            throw new IllegalArgumentException(offered + " turns offered but only " + turns.length + " slots");
        }
        Map<String, Long> failures = new TreeMap<>();
        Map<SwapTimeline.Phase, long[]> latencies = new EnumMap<>(SwapTimeline.Phase.class);
        Map<SwapTimeline.Phase, Integer> counts = new EnumMap<>(SwapTimeline.Phase.class);
        Map<SwapTimeline.Side, Answers> answers = new EnumMap<>(SwapTimeline.Side.class);
        for (SwapTimeline.Phase phase : SwapTimeline.Phase.values()) {
            latencies.put(phase, new long[offered]);
            counts.put(phase, 0);
        }
        for (SwapTimeline.Side side : SwapTimeline.Side.values()) {
            answers.put(side, Answers.NONE);
        }
        int answered = 0;
        int unanswered = 0;
        long misanswered = 0;
        long maxLag = 0;
        for (int i = 0; i < offered; i++) {
            SwapTurn turn = turns[i];
            if (turn == null) {
                unanswered++;
                continue;
            }
            maxLag = Math.max(maxLag, turn.lag());
            if (!turn.ok()) {
                failures.merge(turn.failure(), 1L, Long::sum);
                continue;
            }
            answered++;
            SwapTimeline.Phase phase = timeline.phase(turn.due());
            int n = counts.merge(phase, 1, Integer::sum);
            latencies.get(phase)[n - 1] = turn.latency();
            answers.merge(timeline.side(turn), Answers.NONE, (a, none) -> a.plus(turn.answer()));
            misanswered += timeline.misanswered(turn) ? 1 : 0;
        }
        Map<SwapTimeline.Phase, SwapLatency> latency = new EnumMap<>(SwapTimeline.Phase.class);
        latencies.forEach(
                (phase, nanos) -> latency.put(phase, SwapLatency.of(Arrays.copyOf(nanos, counts.get(phase)))));
        return new SwapTally(
                offered, answered, failures, unanswered, latency, answers, misanswered, SwapLatency.ms(maxLag));
    }

    long failed() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Whether every offered turn was answered with an answer its side of the swap allows. */
    boolean clean() {
        return failed() == 0 && unanswered == 0 && misanswered == 0;
    }
}
