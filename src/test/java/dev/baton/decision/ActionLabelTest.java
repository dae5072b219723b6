package dev.baton.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.handoff.Priority;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionLabelTest {

    @Test
    void labelsEveryKindOfDecision() {
        assertThat(ActionLabel.of(new Decision.Answer("service-hours", "t", List.of())))
                .isEqualTo("faq:service-hours");
        assertThat(ActionLabel.of(new Decision.Handoff(Priority.URGENT, "secret_exposed", "t")))
                .isEqualTo("handoff:urgent");
        assertThat(ActionLabel.of(new Decision.Handoff(Priority.NORMAL, "human_requested", "t")))
                .isEqualTo("handoff:human");
        assertThat(ActionLabel.of(new Decision.SmallTalk("greeting", "t"))).isEqualTo("smalltalk");
        assertThat(ActionLabel.of(new Decision.Clarify("t", List.of(), Decision.ClarifyReason.OUT_OF_SCOPE)))
                .isEqualTo("fallback");
    }

    @Test
    void validatesEvaluationLabels() {
        assertThat(ActionLabel.isValid("faq:contact-tips")).isTrue();
        assertThat(ActionLabel.isValid("faq:")).isFalse();
        assertThat(ActionLabel.isValid("handoff")).isFalse();
    }
}
