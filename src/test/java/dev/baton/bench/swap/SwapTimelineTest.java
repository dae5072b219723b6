package dev.baton.bench.swap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.bench.swap.SwapTimeline.Phase;
import dev.baton.bench.swap.SwapTimeline.Side;
import org.junit.jupiter.api.Test;

/** Turns fall into phases by their due time, and onto a side of the swap by when they were sent and answered. */
class SwapTimelineTest {

    static final long S = 1_000_000_000L;
    static final long MS = 1_000_000L;
    // The publish is POSTed at 100 s; the store made it live at 130 s and the publish finished 20 ms later.
    static final SwapTimeline PUBLISHED = new SwapTimeline(100 * S, 130 * S, 130 * S + 20 * MS, true);

    @Test
    void aTurnsPhaseIsSetByItsDueTime() {
        assertThat(PUBLISHED.phase(89 * S)).isEqualTo(Phase.WARMUP);
        assertThat(PUBLISHED.phase(90 * S)).isEqualTo(Phase.BEFORE);
        assertThat(PUBLISHED.phase(100 * S - 1)).isEqualTo(Phase.BEFORE);
        assertThat(PUBLISHED.phase(100 * S)).isEqualTo(Phase.DURING);
        assertThat(PUBLISHED.phase(130 * S + 19 * MS)).isEqualTo(Phase.DURING);
        assertThat(PUBLISHED.phase(130 * S + 20 * MS)).isEqualTo(Phase.SETTLING);
        assertThat(PUBLISHED.phase(135 * S + 19 * MS)).isEqualTo(Phase.SETTLING);
        assertThat(PUBLISHED.phase(135 * S + 20 * MS)).isEqualTo(Phase.AFTER);
    }

    @Test
    void aTurnIsBeforeTheSwapOnlyWhenAnsweredBeforeItCouldBeginAndAfterOnlyWhenSentOnceItWasDone() {
        assertThat(PUBLISHED.side(turn(129 * S, 130 * S - 2 * MS, SwapTurn.Answer.OLD)))
                .isEqualTo(Side.BEFORE);
        assertThat(PUBLISHED.side(turn(129 * S, 130 * S - MS / 2, SwapTurn.Answer.OLD)))
                .as("within the server clock's millisecond")
                .isEqualTo(Side.ACROSS);
        assertThat(PUBLISHED.side(turn(130 * S + 10 * MS, 130 * S + 12 * MS, SwapTurn.Answer.NEW)))
                .isEqualTo(Side.ACROSS);
        assertThat(PUBLISHED.side(turn(130 * S + 22 * MS, 130 * S + 30 * MS, SwapTurn.Answer.NEW)))
                .isEqualTo(Side.AFTER);
    }

    @Test
    void oldAnswersAfterTheSwapAndNewOnesBeforeItAreImpossible() {
        assertThat(PUBLISHED.misanswered(turn(131 * S, 131 * S + MS, SwapTurn.Answer.OLD)))
                .isTrue();
        assertThat(PUBLISHED.misanswered(turn(120 * S, 120 * S + MS, SwapTurn.Answer.NEW)))
                .isTrue();
        assertThat(PUBLISHED.misanswered(turn(130 * S, 130 * S + 21 * MS, SwapTurn.Answer.OLD)))
                .as("across the swap either answer is possible")
                .isFalse();
        assertThat(PUBLISHED.misanswered(turn(130 * S, 130 * S + 21 * MS, SwapTurn.Answer.NEW)))
                .isFalse();
        assertThat(PUBLISHED.misanswered(turn(131 * S, 131 * S + MS, SwapTurn.Answer.OTHER)))
                .isFalse();
    }

    @Test
    void whenThePublishNeverWentLiveNoTurnMayGetTheNewAnswer() {
        SwapTimeline refused = new SwapTimeline(100 * S, 120 * S, 120 * S, false);

        assertThat(refused.misanswered(turn(125 * S, 125 * S + MS, SwapTurn.Answer.NEW)))
                .isTrue();
        assertThat(refused.misanswered(turn(125 * S, 125 * S + MS, SwapTurn.Answer.OLD)))
                .isFalse();
    }

    @Test
    void aSwapBeforeThePublishOrAWindowOutOfOrderIsRefused() {
        assertThatThrownBy(() -> new SwapTimeline(100 * S, 99 * S, 101 * S, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SwapTimeline(100 * S, 102 * S, 101 * S, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static SwapTurn turn(long sent, long end, SwapTurn.Answer answer) {
        return new SwapTurn(sent, sent, end, null, answer);
    }
}
