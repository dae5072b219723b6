package dev.baton.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The capture rule on the trail a turn wrote. */
class UnansweredTest {

    private static DecisionTrail trail(String action, String reason) {
        return new DecisionTrail(action, null, "contact-channels", 0.3, null, reason);
    }

    @Test
    void askingBackIsKeptAsClarifyAndOutOfScopeAsFallbackButNotTheHashOrKeyQuestion() {
        assertThat(Unanswered.decision(trail("clarify", "low_confidence"))).contains("clarify");
        assertThat(Unanswered.decision(trail("clarify", "ambiguous"))).contains("clarify");
        assertThat(Unanswered.decision(trail("clarify", "possible_emergency"))).contains("clarify");
        assertThat(Unanswered.decision(trail("clarify", "out_of_scope"))).contains("fallback");
        assertThat(Unanswered.decision(trail("clarify", "hash_or_key"))).isEmpty();
    }

    @Test
    void onlyTheHandoffAfterAskingInVainIsKeptAmongHandoffs() {
        assertThat(Unanswered.decision(trail("handoff", "repeated_fallback"))).contains("handoff:human");
        assertThat(Unanswered.decision(trail("queued", "repeated_fallback"))).contains("handoff:human");
        assertThat(Unanswered.decision(trail("handoff", "human_requested"))).isEmpty();
        assertThat(Unanswered.decision(trail("handoff", "funds_at_risk.wrong_address")))
                .isEmpty();
        assertThat(Unanswered.decision(trail("collect", "repeated_fallback"))).isEmpty();
    }

    @Test
    void answersAndSmallTalkAreNotKept() {
        assertThat(Unanswered.decision(trail("answer", null))).isEmpty();
        assertThat(Unanswered.decision(trail("smalltalk", null))).isEmpty();
    }
}
