package dev.baton.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.training.EvalCase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gate on tiny models trained in milliseconds: what it lets through and what it refuses, and why. */
class QualityGateTest {

    static PolicyBuilder builder;
    static PolicyBuilder.Built live;
    static QualityGate gate;

    @BeforeAll
    static void train() {
        builder = TinyKnowledge.builder();
        live = builder.train(TinyKnowledge.corpus());
        gate = new QualityGate(
                List.of(new QualityGate.EvalSet(
                        "described",
                        List.of(
                                new EvalCase("nothing left in my wallet since yesterday", "handoff:urgent"),
                                new EvalCase("the wallet has nothing left now", "handoff:urgent"),
                                new EvalCase("what are the support hours", "faq:hours"),
                                new EvalCase("what will the price of bitcoin be tomorrow", "fallback")))),
                0.01);
    }

    @Test
    void theLivePolicyCatchesTheDescribedEmergencies() {
        QualityGate.Figures figures =
                QualityGate.figures(live.policy(), gateSet().cases());
        assertThat(figures.urgentRecall()).isEqualTo(1.0);
        assertThat(figures.outOfScopeAnswered()).isZero();
    }

    @Test
    void aDraftThatTeachesOneMoreWayToAskPasses() {
        List<String> hours = new ArrayList<>(TinyKnowledge.HOURS);
        hours.add("till what time can I reach you");
        PolicyBuilder.Built draft = builder.train(TinyKnowledge.corpus(hours, TinyKnowledge.VANISHED));

        QualityGate.Report report = gate.check(live.policy(), draft.policy(), draft.corpus());

        assertThat(report.reasons()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.sets()).extracting(QualityGate.SetResult::name).contains("described");
    }

    @Test
    void aDraftThatMovesTheEmergenciesIntoAnFaqIsRefusedForUrgentRecall() {
        List<String> hours = new ArrayList<>(TinyKnowledge.HOURS);
        hours.addAll(TinyKnowledge.VANISHED);
        PolicyBuilder.Built draft = builder.train(TinyKnowledge.corpus(hours, List.of("zzz qqq")));

        QualityGate.Report report = gate.check(live.policy(), draft.policy(), draft.corpus());

        assertThat(report.passed()).isFalse();
        assertThat(report.reasons()).anySatisfy(r -> assertThat(r).startsWith("urgent recall on described"));
        QualityGate.SetResult described = report.sets().stream()
                .filter(s -> s.name().equals("described"))
                .findFirst()
                .orElseThrow();
        assertThat(described.draft().urgentRecall()).isLessThan(described.live().urgentRecall());
    }

    @Test
    void aMarginOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new QualityGate(List.of(), 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static QualityGate.EvalSet gateSet() {
        return new QualityGate.EvalSet(
                "described",
                List.of(
                        new EvalCase("nothing left in my wallet since yesterday", "handoff:urgent"),
                        new EvalCase("the wallet has nothing left now", "handoff:urgent"),
                        new EvalCase("what will the price of bitcoin be tomorrow", "fallback")));
    }
}
