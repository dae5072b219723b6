package dev.baton.bench.swap;

import static dev.baton.bench.swap.SwapTimelineTest.MS;
import static dev.baton.bench.swap.SwapTimelineTest.PUBLISHED;
import static dev.baton.bench.swap.SwapTimelineTest.S;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.bench.swap.SwapTimeline.Phase;
import dev.baton.bench.swap.SwapTimeline.Side;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every offered turn is counted once, latency runs from the due time, and each phase has its own percentiles. */
class SwapTallyTest {

    @Test
    void offeredTurnsAreAnsweredFailedOrUnansweredAndEachIsCountedOnce() {
        SwapTurn[] turns = {
            ok(95 * S, 0, 2 * MS, SwapTurn.Answer.OLD),
            SwapTurn.failed(96 * S, 96 * S, 96 * S + MS, "send 503"),
            null,
            SwapTurn.failed(110 * S, 110 * S, 120 * S, "send timeout"),
            SwapTurn.failed(111 * S, 111 * S, 121 * S, "send timeout"),
            ok(140 * S, 0, MS, SwapTurn.Answer.NEW),
            ok(141 * S, 0, MS, SwapTurn.Answer.NEW), // a slot past the offered ones: not counted
        };

        SwapTally tally = SwapTally.of(turns, 6, PUBLISHED);

        assertThat(tally.offered()).isEqualTo(6);
        assertThat(tally.answered()).isEqualTo(2);
        assertThat(tally.failures()).isEqualTo(Map.of("send 503", 1L, "send timeout", 2L));
        assertThat(tally.failed()).isEqualTo(3);
        assertThat(tally.unanswered()).isEqualTo(1);
        assertThat(tally.answered() + tally.failed() + tally.unanswered()).isEqualTo(tally.offered());
        assertThat(tally.answers().get(Side.BEFORE)).isEqualTo(new SwapTally.Answers(1, 0));
        assertThat(tally.answers().get(Side.AFTER)).isEqualTo(new SwapTally.Answers(0, 1));
        assertThat(tally.clean()).isFalse();
    }

    @Test
    void latencyRunsFromTheDueTimeSoALateSendStillCountsItsWait() {
        // Due at 95 s, sent 40 ms late because every sender was busy, answered 2 ms later: 42 ms.
        SwapTurn late = ok(95 * S, 40 * MS, 42 * MS, SwapTurn.Answer.OTHER);

        SwapTally tally = SwapTally.of(new SwapTurn[] {late}, 1, PUBLISHED);

        assertThat(tally.latency().get(Phase.BEFORE)).isEqualTo(new SwapLatency(1, 42.0, 42.0, 42.0));
        assertThat(tally.maxLagMs()).isEqualTo(40.0);
    }

    @Test
    void eachPhaseHasItsOwnNearestRankPercentiles() {
        SwapTurn[] turns = new SwapTurn[300];
        for (int i = 0; i < 100; i++) {
            turns[i] = ok(91 * S + i * MS, 0, (i + 1) * MS, SwapTurn.Answer.OTHER); // before: 1..100 ms
            turns[100 + i] = ok(101 * S + i * MS, 0, (i + 1) * 10 * MS, SwapTurn.Answer.OTHER); // during: 10..1000
            turns[200 + i] = ok(140 * S + i * MS, 0, 3 * MS, SwapTurn.Answer.OTHER); // after: 3 ms each
        }

        SwapTally tally = SwapTally.of(turns, turns.length, PUBLISHED);

        assertThat(tally.latency().get(Phase.BEFORE)).isEqualTo(new SwapLatency(100, 50.0, 99.0, 100.0));
        assertThat(tally.latency().get(Phase.DURING)).isEqualTo(new SwapLatency(100, 500.0, 990.0, 1000.0));
        assertThat(tally.latency().get(Phase.AFTER)).isEqualTo(new SwapLatency(100, 3.0, 3.0, 3.0));
        assertThat(tally.latency().get(Phase.SETTLING)).isEqualTo(SwapLatency.NONE);
        assertThat(tally.latency().get(Phase.WARMUP).text()).isEqualTo("no turns");
        assertThat(tally.clean()).isTrue();
    }

    @Test
    void anAnswerFromTheWrongSideOfTheSwapIsCounted() {
        SwapTurn[] turns = {
            ok(131 * S, 0, MS, SwapTurn.Answer.OLD), ok(120 * S, 0, MS, SwapTurn.Answer.NEW),
        };

        SwapTally tally = SwapTally.of(turns, 2, PUBLISHED);

        assertThat(tally.misanswered()).isEqualTo(2);
        assertThat(tally.clean()).isFalse();
    }

    /** A turn due at {@code due}, sent {@code sentAfter} and answered {@code endAfter} nanoseconds later. */
    private static SwapTurn ok(long due, long sentAfter, long endAfter, SwapTurn.Answer answer) {
        return new SwapTurn(due, due + sentAfter, due + endAfter, null, answer);
    }
}
