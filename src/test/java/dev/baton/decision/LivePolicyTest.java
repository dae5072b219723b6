package dev.baton.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.faq.FaqCorpus;
import dev.baton.faq.Synonyms;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live policy is swapped whole and only forward. */
class LivePolicyTest {

    static final FaqCorpus EMPTY = new FaqCorpus(List.of(), Synonyms.none(), "h");

    @Test
    void aLaterChangeWinsWhateverOrderTheSwapsArriveIn() {
        LivePolicy live = new LivePolicy(live(0));

        assertThat(live.swap(live(2))).isTrue();
        assertThat(live.swap(live(1))).isFalse();

        assertThat(live.current().sequence()).isEqualTo(2);
        assertThat(live.current().version()).isEqualTo(20);
    }

    private static LivePolicy.Live live(long sequence) {
        return new LivePolicy.Live(policyPlaceholder(), EMPTY, sequence * 10, sequence, Instant.EPOCH);
    }

    /** Swapping never looks inside the policy; any instance will do, even one that decides nothing. */
    private static DecisionPolicy policyPlaceholder() {
        return new DecisionPolicy(null, null, null, null, null, new Thresholds(0.5, 0.1, 0.5));
    }
}
