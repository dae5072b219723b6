package dev.baton.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.faq.FaqCorpus;
import dev.baton.faq.FaqCorpusLoader;
import dev.baton.handoff.Priority;
import dev.baton.nlu.IntentScore;
import dev.baton.nlu.Prediction;
import dev.baton.safety.Mood;
import dev.baton.safety.RiskKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The decision rules on hand-made evidence, with the shipped corpus's answers. */
class DeciderTest {

    private static final FaqCorpus CORPUS = new FaqCorpusLoader().load(Path.of("faq-corpus"));
    private static final Thresholds T = new Thresholds(0.5, 0.1, 0.4);

    private final Decider decider = new Decider(CORPUS, new Localizer());

    @Test
    void aConfidentClearFaqIsAnsweredWithItsFollowUps() {
        Decision d = decide(prediction("service-hours", 0.8, "response-time", 0.1));
        assertThat(d).isInstanceOfSatisfying(Decision.Answer.class, a -> {
            assertThat(a.faqId()).isEqualTo("service-hours");
            // Without contact settings the answer's email line is left out.
            assertThat(a.text()).startsWith("Our support is open 24/7").doesNotContain("{", "\n");
            assertThat(a.quickReplies()).isNotEmpty();
        });
    }

    @Test
    void twoCloseFaqsGetAClarifyingQuestionWithBothAsOptions() {
        Decision d = decide(prediction("service-hours", 0.52, "response-time", 0.45));
        assertThat(d).isInstanceOfSatisfying(Decision.Clarify.class, c -> {
            assertThat(c.reason()).isEqualTo(Decision.ClarifyReason.AMBIGUOUS);
            assertThat(c.options()).extracting(QuickReply::id).containsExactly("service-hours", "response-time");
        });
    }

    @Test
    void lowConfidenceNeverAnswers() {
        Decision d = decide(prediction("service-hours", 0.3, "response-time", 0.1));
        assertThat(d)
                .isInstanceOfSatisfying(
                        Decision.Clarify.class,
                        c -> assertThat(c.reason()).isEqualTo(Decision.ClarifyReason.LOW_CONFIDENCE));
    }

    @Test
    void outOfScopeGetsThePoliteReplyAndAWayToAPerson() {
        Decision d = decide(prediction("out-of-scope", 0.9, "greeting", 0.05));
        assertThat(d).isInstanceOfSatisfying(Decision.Clarify.class, c -> {
            assertThat(c.reason()).isEqualTo(Decision.ClarifyReason.OUT_OF_SCOPE);
            assertThat(c.options()).extracting(QuickReply::id).contains("human-request");
        });
    }

    @Test
    void smallTalkAndHumanRequests() {
        assertThat(decide(prediction("bot-identity", 0.9, "greeting", 0.05))).isInstanceOf(Decision.SmallTalk.class);
        assertThat(decide(prediction("human-request", 0.9, "greeting", 0.05)))
                .isEqualTo(new Decision.Handoff(
                        Priority.NORMAL,
                        "human_requested",
                        CORPUS.entry("human-request").orElseThrow().answer().en()));
    }

    @Test
    void aSecretOverridesEvenAConfidentAnswer() {
        Decision d = decider.decide(
                new Evidence(true, Optional.empty(), prediction("service-hours", 0.99, "thanks", 0)),
                ReplyLanguage.ENGLISH,
                T);
        assertThat(d).isInstanceOfSatisfying(Decision.Handoff.class, h -> {
            assertThat(h.priority()).isEqualTo(Priority.URGENT);
            assertThat(h.reason()).isEqualTo("secret_exposed");
        });
    }

    @Test
    void aFundsAtRiskRuleOverridesTheClassifier() {
        Decision d = decider.decide(
                new Evidence(false, Optional.of(RiskKind.WRONG_ADDRESS), prediction("greeting", 0.99, "thanks", 0)),
                ReplyLanguage.SIMPLIFIED,
                T);
        assertThat(d)
                .isEqualTo(new Decision.Handoff(
                        Priority.URGENT,
                        "funds_at_risk.wrong_address",
                        CORPUS.entry("wrong-address").orElseThrow().answer().zh()));
    }

    @Test
    void emergenciesSplitOverSeveralIntentsStillHandOffUrgently() {
        Prediction p = new Prediction(List.of(
                new IntentScore("contact-channels", 0.3),
                new IntentScore("unauthorized-transfer", 0.25),
                new IntentScore("secret-leaked", 0.2),
                new IntentScore("thanks", 0.25)));
        assertThat(decide(p))
                .isInstanceOfSatisfying(
                        Decision.Handoff.class,
                        h -> assertThat(h.reason()).isEqualTo("funds_at_risk.unauthorized_transfer"));
    }

    @Test
    void aBareKeywordTheModelLeansUrgentOnAsksWhetherMoneyIsAtRiskInstead() {
        Prediction p = new Prediction(
                List.of(new IntentScore("unauthorized-transfer", 0.6), new IntentScore("contact-channels", 0.4)));
        Decision d = decider.decide(new Evidence(false, Optional.empty(), p, true), ReplyLanguage.SIMPLIFIED, T);

        assertThat(d).isInstanceOfSatisfying(Decision.Clarify.class, c -> {
            assertThat(c.reason()).isEqualTo(Decision.ClarifyReason.POSSIBLE_EMERGENCY);
            assertThat(c.options()).extracting(QuickReply::id).contains("unauthorized-transfer", "human-request");
        });
        assertThat(Evidence.isTerse("钱包")).isTrue();
        assertThat(Evidence.isTerse("wallet")).isTrue();
        assertThat(Evidence.isTerse("钱丢了")).isFalse();
        assertThat(Evidence.isTerse("my wallet")).isFalse();
    }

    @Test
    void aBareKeywordThatTheRulesRecogniseAsAnEmergencyStillHandsOffUrgently() {
        Prediction p = new Prediction(List.of(new IntentScore("contact-channels", 0.9)));
        Decision d = decider.decide(
                new Evidence(false, Optional.of(RiskKind.UNAUTHORIZED_TRANSFER), p, true), ReplyLanguage.SIMPLIFIED, T);

        assertThat(d).isInstanceOf(Decision.Handoff.class);
    }

    @Test
    void whereBatonWouldDeclineOrAskBackASizeableUrgentScoreAsksWhetherMoneyIsAtRisk() {
        Prediction outOfScope = new Prediction(List.of(
                new IntentScore("out-of-scope", 0.45),
                new IntentScore("account-locked", 0.3),
                new IntentScore("greeting", 0.25)));
        assertThat(decide(outOfScope)).isInstanceOfSatisfying(Decision.Clarify.class, c -> {
            assertThat(c.reason()).isEqualTo(Decision.ClarifyReason.POSSIBLE_EMERGENCY);
            assertThat(c.options()).extracting(QuickReply::id).contains("account-locked", "human-request");
        });
        assertThat(decide(new Prediction(List.of(
                        new IntentScore("contact-channels", 0.35),
                        new IntentScore("transfer-missing", 0.25),
                        new IntentScore("required-info", 0.2)))))
                .isInstanceOfSatisfying(
                        Decision.Clarify.class,
                        c -> assertThat(c.reason()).isEqualTo(Decision.ClarifyReason.POSSIBLE_EMERGENCY));
        assertThat(decide(prediction("out-of-scope", 0.9, "account-locked", 0.05)))
                .isInstanceOfSatisfying(
                        Decision.Clarify.class,
                        c -> assertThat(c.reason()).isEqualTo(Decision.ClarifyReason.OUT_OF_SCOPE));
        assertThat(decide(prediction("out-of-scope", 0.7, "account-locked", 0.3)))
                .isInstanceOfSatisfying(
                        Decision.Clarify.class,
                        c -> assertThat(c.reason()).isEqualTo(Decision.ClarifyReason.OUT_OF_SCOPE));
    }

    @Test
    void aMessageTheModelKnowsNothingAboutIsNotAnEmergency() {
        List<IntentScore> flat = new ArrayList<>();
        for (String id : CORPUS.entries().stream().map(e -> e.id()).toList()) {
            flat.add(new IntentScore(id, 1.0 / CORPUS.entries().size()));
        }
        assertThat(decide(new Prediction(flat))).isInstanceOf(Decision.Clarify.class);
    }

    @Test
    void aPolicyQuestionWithSomeEmergencyScoreIsNotEscalated() {
        Prediction p = new Prediction(List.of(
                new IntentScore("never-share-secrets", 0.55),
                new IntentScore("impersonation", 0.3),
                new IntentScore("secret-leaked", 0.15)));
        assertThat(decide(p)).isInstanceOf(Decision.Answer.class);
    }

    @Test
    void aHypotheticalQuestionWhoseWordsAreAnEmergencysGetsThePolicyAnswer() {
        Prediction p = new Prediction(List.of(
                new IntentScore("impersonation", 0.45),
                new IntentScore("never-share-secrets", 0.35),
                new IntentScore("contact-channels", 0.2)));

        assertThat(decider.decide(evidence(p, Mood.HYPOTHETICAL, Optional.empty()), ReplyLanguage.ENGLISH, T))
                .isInstanceOfSatisfying(
                        Decision.Answer.class, a -> assertThat(a.faqId()).isEqualTo("never-share-secrets"));
        assertThat(decider.decide(
                        evidence(p, Mood.HYPOTHETICAL, Optional.of(RiskKind.IMPERSONATION)), ReplyLanguage.ENGLISH, T))
                .isInstanceOf(Decision.Answer.class);
        assertThat(decider.decide(evidence(p, Mood.REPORT, Optional.empty()), ReplyLanguage.ENGLISH, T))
                .isInstanceOfSatisfying(
                        Decision.Handoff.class, h -> assertThat(h.priority()).isEqualTo(Priority.URGENT));
    }

    @Test
    void aHypotheticalMoodNeverTalksAwayMoneyThatIsGoneOrAPolicyTheModelDoesNotSee() {
        Prediction policyFirst = new Prediction(
                List.of(new IntentScore("unauthorized-transfer", 0.5), new IntentScore("never-share-secrets", 0.3)));
        assertThat(decider.decide(
                        evidence(policyFirst, Mood.HYPOTHETICAL, Optional.of(RiskKind.UNAUTHORIZED_TRANSFER)),
                        ReplyLanguage.ENGLISH,
                        T))
                .isInstanceOf(Decision.Handoff.class);
        Prediction otherFirst = new Prediction(List.of(
                new IntentScore("impersonation", 0.5),
                new IntentScore("contact-channels", 0.3),
                new IntentScore("never-share-secrets", 0.2)));
        assertThat(decider.decide(evidence(otherFirst, Mood.HYPOTHETICAL, Optional.empty()), ReplyLanguage.ENGLISH, T))
                .isInstanceOf(Decision.Handoff.class);
    }

    @Test
    void aQuestionAboutAnotherCompanysSupportDeskIsOutOfScopeWithAWarning() {
        Prediction p = prediction("contact-channels", 0.8, "other-support", 0.1);
        Evidence named = new Evidence(false, Optional.empty(), p, false, Mood.PLAIN, true);

        assertThat(decider.decide(named, ReplyLanguage.ENGLISH, T))
                .isInstanceOfSatisfying(Decision.Clarify.class, c -> {
                    assertThat(c.reason()).isEqualTo(Decision.ClarifyReason.OUT_OF_SCOPE);
                    assertThat(c.text())
                            .isEqualTo(CORPUS.entry("other-support")
                                    .orElseThrow()
                                    .answer()
                                    .en());
                });
        assertThat(decide(p)).isInstanceOf(Decision.Answer.class);
        assertThat(Evidence.of("币安客服电话多少", false, Optional.empty(), p).otherCompany())
                .isTrue();
        assertThat(Evidence.of("does kraken have a support email", false, Optional.empty(), p)
                        .otherCompany())
                .isTrue();
        assertThat(Evidence.of("麻烦给个imtoken的官方联系方式", false, Optional.empty(), p).otherCompany())
                .isTrue();
        assertThat(Evidence.of("otherwise how do i reach you", false, Optional.empty(), p)
                        .otherCompany())
                .isFalse();
    }

    @Test
    void aDecisionIsUnsureWhenItAsksBackOrRestsOnTheClassifiersAlarmAlone() {
        Prediction p = prediction("service-hours", 0.8, "response-time", 0.1);
        Evidence plain = new Evidence(false, Optional.empty(), p);
        assertThat(Decider.unsure(plain, decide(prediction("service-hours", 0.3, "thanks", 0.1))))
                .isTrue();
        assertThat(Decider.unsure(plain, new Decision.Handoff(Priority.URGENT, "funds_at_risk.wrong_address", "x")))
                .isTrue();
        assertThat(Decider.unsure(plain, decide(p))).isFalse();
        assertThat(Decider.unsure(
                        new Evidence(false, Optional.of(RiskKind.WRONG_ADDRESS), p),
                        new Decision.Handoff(Priority.URGENT, "funds_at_risk.wrong_address", "x")))
                .isFalse();
        assertThat(Decider.unsure(
                        new Evidence(true, Optional.empty(), p),
                        new Decision.Handoff(Priority.URGENT, "secret_exposed", "x")))
                .isFalse();
    }

    @Test
    void repliesFollowTheUsersScript() {
        Prediction p = prediction("service-hours", 0.8, "response-time", 0.1);
        String simplified = decider.decide(new Evidence(false, Optional.empty(), p), ReplyLanguage.SIMPLIFIED, T)
                .text();
        String traditional = decider.decide(new Evidence(false, Optional.empty(), p), ReplyLanguage.TRADITIONAL, T)
                .text();
        assertThat(simplified).startsWith("我们的在线客服 24 小时").doesNotContain("{", "\n");
        assertThat(traditional).isNotEqualTo(simplified).contains("時");
    }

    private static Evidence evidence(Prediction p, Mood mood, Optional<RiskKind> risk) {
        return new Evidence(false, risk, p, false, mood, false);
    }

    private Decision decide(Prediction p) {
        return decider.decide(new Evidence(false, Optional.empty(), p), ReplyLanguage.ENGLISH, T);
    }

    private static Prediction prediction(String first, double s1, String second, double s2) {
        List<IntentScore> ranked = new ArrayList<>();
        ranked.add(new IntentScore(first, s1));
        ranked.add(new IntentScore(second, s2));
        return new Prediction(ranked);
    }
}
