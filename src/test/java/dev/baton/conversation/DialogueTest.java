package dev.baton.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.conversation.DialogueMemory.PendingQuestion;
import dev.baton.conversation.Step.TicketChange;
import dev.baton.details.DetailExtractor;
import dev.baton.decision.Decision;
import dev.baton.decision.Localizer;
import dev.baton.decision.Outcome;
import dev.baton.handoff.Priority;
import dev.baton.decision.QuickReply;
import dev.baton.decision.ReplyLanguage;
import dev.baton.nlu.IntentScore;
import dev.baton.nlu.Language;
import dev.baton.nlu.Prediction;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialogueTest {

    private final Dialogue dialogue = new Dialogue(new ExtractorDetailReader(new DetailExtractor()), new Localizer());

    private static Outcome outcome(String text, Decision decision) {
        return new Outcome(text, Language.ZH, ReplyLanguage.SIMPLIFIED,
                new Prediction(List.of(new IntentScore("contact-channels", 0.9))), decision, false);
    }

    private static Outcome answer(String text) {
        return outcome(text, new Decision.Answer("contact-channels", "在 App 里点“帮助”。",
                List.of(new QuickReply("response-time", "多久回复"))));
    }

    private static Outcome answerOf(String faqId, String text) {
        return outcome(text, new Decision.Answer(faqId, "可以请客服转给更有经验的团队。", List.of()));
    }

    private static Outcome unclear(String text) {
        return outcome(text, new Decision.Clarify("没明白", List.of(new QuickReply("contact-tips", "技巧"),
                new QuickReply("human-request", "转人工")), Decision.ClarifyReason.LOW_CONFIDENCE));
    }

    private static Outcome outOfScope(String text) {
        return outcome(text, new Decision.Clarify("我只能回答客服相关问题", List.of(), Decision.ClarifyReason.OUT_OF_SCOPE));
    }

    private static Outcome human(String text) {
        return outcome(text, new Decision.Handoff(Priority.NORMAL, "human_requested", "好的，马上为你转人工。"));
    }

    private static Outcome urgent(String text) {
        return outcome(text, new Decision.Handoff(Priority.URGENT, "funds_at_risk.unauthorized_transfer",
                "请立刻停止操作，人工客服正在紧急接入。"));
    }

    private static Outcome thanks(String text) {
        return outcome(text, new Decision.SmallTalk("thanks", "不客气！"));
    }

    /** A ticket opened at {@code priority} after both detail questions were asked. */
    private static DialogueMemory handedOff(Priority priority, String reason, String ticketId) {
        return DialogueMemory.EMPTY.handingOff(priority, reason).withQuestions(PendingQuestion.NONE, 2)
                .withTicketId(ticketId);
    }

    @Test
    void anAnswerStaysWithTheBotAndOffersItsFollowUps() {
        Step step = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, answer("怎么联系客服"), null);

        assertThat(step.state()).isEqualTo(ConversationState.BOT);
        assertThat(step.reply()).contains("帮助");
        assertThat(step.memory().offered()).extracting(QuickReply::id).containsExactly("response-time");
        assertThat(step.ticket()).isInstanceOf(TicketChange.None.class);
        assertThat(step.trail().action()).isEqualTo("answer");
    }

    @Test
    void aClickOrTheLabelOrTheNumberOfAnOfferedOptionPicksIt() {
        DialogueMemory offered = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, unclear("嗯?"), null)
                .memory();

        assertThat(dialogue.chosen(offered, "whatever", "contact-tips")).contains("contact-tips");
        assertThat(dialogue.chosen(offered, " 转人工 ", null)).contains("human-request");
        assertThat(dialogue.chosen(offered, "1", null)).contains("contact-tips");
        assertThat(dialogue.chosen(offered, "客服几点上班", null)).isEmpty();
    }

    @Test
    void oneUnclearMessageAsksBackTwoInARowHandOff() {
        Step first = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, unclear("那个东西怎么弄啊"), null);
        assertThat(first.state()).isEqualTo(ConversationState.BOT);
        assertThat(first.memory().unclearStreak()).isEqualTo(1);

        Step second = dialogue.step(first.state(), first.memory(), unclear("就是那个啊我找不到"), null);

        assertThat(second.state()).isEqualTo(ConversationState.COLLECTING_DETAILS);
        assertThat(second.memory().handoffReason()).isEqualTo("repeated_fallback");
        assertThat(second.memory().pending()).isEqualTo(PendingQuestion.ACCOUNT);
        assertThat(second.memory().details().description()).contains("那个东西怎么弄啊", "就是那个啊我找不到");
        assertThat(second.quickReplies()).extracting(QuickReply::id).containsExactly(Dialogue.SKIP_ID);
    }

    @Test
    void anAnswerInBetweenBreaksTheUnclearStreak() {
        Step first = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, unclear("嗯"), null);
        Step answered = dialogue.step(first.state(), first.memory(), answer("怎么联系客服"), null);
        Step again = dialogue.step(answered.state(), answered.memory(), unclear("啊?"), null);

        assertThat(again.state()).isEqualTo(ConversationState.BOT);
        assertThat(again.memory().unclearStreak()).isEqualTo(1);
    }

    @Test
    void outOfScopeGetsAPoliteReplyAndNeverQueues() {
        Step first = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, outOfScope("比特币明天会涨吗"), null);
        Step second = dialogue.step(first.state(), first.memory(), outOfScope("推荐个股票"), null);

        assertThat(second.state()).isEqualTo(ConversationState.BOT);
        assertThat(second.ticket()).isInstanceOf(TicketChange.None.class);
        assertThat(second.memory().unclearStreak()).isZero();
    }

    @Test
    void thanksAfterAnAnswerIsNotAHandoff() {
        Step answered = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, answer("怎么联系客服"), null);
        Step thanked = dialogue.step(answered.state(), answered.memory(), thanks("谢谢"), null);

        assertThat(thanked.state()).isEqualTo(ConversationState.BOT);
        assertThat(thanked.ticket()).isInstanceOf(TicketChange.None.class);
        assertThat(thanked.trail().action()).isEqualTo("smalltalk");
    }

    @Test
    void aNormalHandoffAsksForTheAccountThenTheProblemThenQueues() {
        Step asked = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, human("转人工"), null);
        assertThat(asked.state()).isEqualTo(ConversationState.COLLECTING_DETAILS);
        assertThat(asked.reply()).contains("邮箱或用户名").doesNotContain("助记词发");

        Step account = dialogue.step(asked.state(), asked.memory(), unclear("我的邮箱是 li.lei@example.com"), null);
        assertThat(account.state()).isEqualTo(ConversationState.COLLECTING_DETAILS);
        assertThat(account.memory().details().accountId()).isEqualTo("li.lei@example.com");
        assertThat(account.memory().pending()).isEqualTo(PendingQuestion.DESCRIPTION);

        Step described = dialogue.step(account.state(), account.memory(),
                unclear("昨天转了500u到交易所一直没到账，TRC20"), null);

        assertThat(described.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(described.announceQueue()).isTrue();
        assertThat(described.ticket()).isEqualTo(new TicketChange.Open(Priority.NORMAL, "human_requested", 1));
        assertThat(described.memory().details().description()).contains("没到账");
        assertThat(described.memory().details().amount()).isEqualTo("500 USDT");
        assertThat(described.memory().details().chain()).isEqualTo("TRC20");
        assertThat(described.memory().questionsAsked()).isEqualTo(2);
    }

    @Test
    void skippingEveryQuestionStillQueuesAfterAtMostTwo() {
        Step asked = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, human("人工"), null);
        Step skipped = dialogue.step(asked.state(), asked.memory(), unclear("跳过"), null);
        assertThat(skipped.state()).isEqualTo(ConversationState.COLLECTING_DETAILS);
        assertThat(skipped.memory().pending()).isEqualTo(PendingQuestion.DESCRIPTION);

        Step clicked = dialogue.step(skipped.state(), skipped.memory(), unclear("Skip"), "skip");

        assertThat(clicked.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(clicked.ticket()).isInstanceOf(TicketChange.Open.class);
        assertThat(clicked.memory().details().accountId()).isNull();
    }

    @Test
    void askingForAPersonAgainWhileCollectingQueuesAtOnce() {
        Step asked = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, human("转人工"), null);
        Step impatient = dialogue.step(asked.state(), asked.memory(), human("别问了直接转人工"), null);

        assertThat(impatient.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(impatient.ticket()).isEqualTo(new TicketChange.Open(Priority.NORMAL, "human_requested", 1));
    }

    @Test
    void anUrgentReportQueuesImmediatelyAndAsksForTheAccountWhileWaiting() {
        Step step = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, urgent("我的币被盗了，被转走了"), null);

        assertThat(step.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(step.ticket()).isEqualTo(new TicketChange.Open(Priority.URGENT, "funds_at_risk.unauthorized_transfer", 1));
        assertThat(step.announceQueue()).isTrue();
        assertThat(step.afterQueue()).contains("邮箱或用户名");
        assertThat(step.memory().pending()).isEqualTo(PendingQuestion.ACCOUNT);
        assertThat(step.memory().details().description()).contains("被盗");

        Step answered = dialogue.step(step.state(), step.memory(), unclear("zhang_san88"), null);
        assertThat(answered.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(answered.memory().details().accountId()).isEqualTo("zhang_san88");
        assertThat(answered.ticket()).isEqualTo(new TicketChange.Update(null, null));
    }

    @Test
    void anEmergencyWhileCollectingJumpsStraightToTheUrgentQueue() {
        Step asked = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, human("转人工"), null);
        Step emergency = dialogue.step(asked.state(), asked.memory(), urgent("等等，我的钱刚被人转走了"), null);

        assertThat(emergency.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(emergency.ticket()).isEqualTo(new TicketChange.Open(Priority.URGENT, "funds_at_risk.unauthorized_transfer", 1));
    }

    @Test
    void anEmergencyWhileQueuedRaisesTheTicket() {
        Step asked = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, human("转人工"), null);
        Step queued = dialogue.step(asked.state(), asked.memory(), human("转人工"), null);
        Step raised = dialogue.step(queued.state(), queued.memory(), urgent("我的币被盗了"), null);

        assertThat(raised.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(raised.ticket()).isEqualTo(new TicketChange.Update(Priority.URGENT, "funds_at_risk.unauthorized_transfer"));
        assertThat(raised.memory().handoffPriority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void whileQueuedNewMessagesAreAddedToTheTicketWithExtractedDetails() {
        DialogueMemory queued = handedOff(Priority.NORMAL, "human_requested", "t_1");
        Step step = dialogue.step(ConversationState.QUEUED, queued,
                unclear("txid 0x9fc76417374aa880d4449a1f7f31ec597f00b1f6f3dd2d66f4c9c6c445836d8b"), null);

        assertThat(step.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(step.reply()).contains("工单");
        assertThat(step.memory().details().txHashes()).hasSize(1);
        assertThat(step.ticket()).isEqualTo(new TicketChange.Update(null, null));
    }

    @Test
    void theBotStaysSilentWhileAnAgentOwnsTheConversation() {
        DialogueMemory owned = handedOff(Priority.NORMAL, "human_requested", "t_1");
        Step step = dialogue.step(ConversationState.WITH_AGENT, owned, answer("怎么联系客服"), null);

        assertThat(step.state()).isEqualTo(ConversationState.WITH_AGENT);
        assertThat(step.reply()).isNull();
        assertThat(step.trail().action()).isEqualTo("silent");
        assertThat(step.ticket()).isInstanceOf(TicketChange.None.class);
    }

    @Test
    void anEmergencyWithAnAgentStillRaisesTheTicketSilently() {
        DialogueMemory owned = handedOff(Priority.NORMAL, "human_requested", "t_1");
        Step step = dialogue.step(ConversationState.WITH_AGENT, owned, urgent("我的币被盗了"), null);

        assertThat(step.reply()).isNull();
        assertThat(step.ticket()).isEqualTo(new TicketChange.Update(Priority.URGENT, "funds_at_risk.unauthorized_transfer"));
    }

    @Test
    void aResolvedConversationTakesARatingByClickOrDigitAndReturnsToTheBot() {
        DialogueMemory resolved = resolvedMemory();
        Step clicked = dialogue.step(ConversationState.RESOLVED, resolved, unclear("5 ★"), "rate_5");
        Step typed = dialogue.step(ConversationState.RESOLVED, resolved, unclear("4分"), null);
        Step english = dialogue.step(ConversationState.RESOLVED, resolved, unclear("3 stars"), null);

        assertThat(clicked.ticket()).isEqualTo(new TicketChange.Rate(5));
        assertThat(typed.ticket()).isEqualTo(new TicketChange.Rate(4));
        assertThat(english.ticket()).isEqualTo(new TicketChange.Rate(3));
        assertThat(clicked.state()).isEqualTo(ConversationState.BOT);
        assertThat(clicked.memory().ticketId()).isNull();
        assertThat(clicked.memory().details().accountId()).isNull();
    }

    @Test
    void writingAgainAfterResolutionReopensTheTicketButThanksDoNot() {
        DialogueMemory resolved = resolvedMemory();
        Step again = dialogue.step(ConversationState.RESOLVED, resolved, unclear("还是不行，币还是没到"), null);
        Step thanked = dialogue.step(ConversationState.RESOLVED, resolved, thanks("谢谢"), null);

        assertThat(again.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(again.ticket()).isEqualTo(new TicketChange.Reopen(null, null));
        assertThat(again.memory().ticketId()).isEqualTo("t_1");
        assertThat(again.memory().details().description()).contains("还是不行");
        assertThat(again.announceQueue()).isTrue();
        assertThat(thanked.state()).isEqualTo(ConversationState.RESOLVED);
        assertThat(thanked.ticket()).isInstanceOf(TicketChange.None.class);
    }

    @Test
    void anEmergencyAfterResolutionReopensTheTicketAsUrgent() {
        Step step = dialogue.step(ConversationState.RESOLVED, resolvedMemory(), urgent("我的币又被盗了"), null);

        assertThat(step.ticket()).isEqualTo(new TicketChange.Reopen(Priority.URGENT, "funds_at_risk.unauthorized_transfer"));
        assertThat(step.memory().handoffPriority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void askingPastTheUnresolvedAnswerEscalatesToTier2() {
        Step answered = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, answerOf("unresolved", "客服解决不了怎么办"), null);
        assertThat(answered.quickReplies()).extracting(QuickReply::id).startsWith(Dialogue.ESCALATE_ID);

        Step unhappy = dialogue.step(answered.state(), answered.memory(), human("还是不行 我要找更高级的"), null);
        assertThat(unhappy.memory().handoffReason()).isEqualTo(Dialogue.ESCALATION_REASON);
        Step skipped = dialogue.step(unhappy.state(), unhappy.memory(), unclear("跳过"), "skip");
        Step queued = skipped.state() == ConversationState.QUEUED ? skipped
                : dialogue.step(skipped.state(), skipped.memory(), unclear("跳过"), "skip");
        assertThat(queued.ticket()).isEqualTo(new TicketChange.Open(Priority.NORMAL, Dialogue.ESCALATION_REASON, 2));
    }

    @Test
    void clickingEscalateAfterTheUnresolvedAnswerEscalates() {
        Step answered = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, answerOf("unresolved", "可以升级处理吗"), null);
        Step clicked = dialogue.step(answered.state(), answered.memory(), unclear("转给高级团队"), Dialogue.ESCALATE_ID);

        assertThat(clicked.state()).isEqualTo(ConversationState.COLLECTING_DETAILS);
        assertThat(clicked.memory().handoffReason()).isEqualTo(Dialogue.ESCALATION_REASON);
    }

    @Test
    void anotherAnswerAfterTheUnresolvedOneIsJustAnswered() {
        Step answered = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, answerOf("unresolved", "客服解决不了"), null);
        Step other = dialogue.step(answered.state(), answered.memory(), answer("怎么联系客服"), null);

        assertThat(other.state()).isEqualTo(ConversationState.BOT);
        assertThat(other.trail().action()).isEqualTo("answer");
    }

    @Test
    void anEmailGivenAfterTheOfferGoesOnTheTicket() {
        DialogueMemory offered = handedOff(Priority.NORMAL, "human_requested", "t_1")
                .asking(PendingQuestion.EMAIL, List.of());
        Step step = dialogue.step(ConversationState.QUEUED, offered, unclear("好的 li.lei@example.com"), null);
        Step skipped = dialogue.step(ConversationState.QUEUED, offered, unclear("跳过"), null);

        assertThat(step.memory().details().email()).isEqualTo("li.lei@example.com");
        assertThat(step.reply()).contains("li.lei@example.com").contains("24");
        assertThat(step.ticket()).isEqualTo(new TicketChange.Update(null, null));
        assertThat(step.memory().pending()).isEqualTo(PendingQuestion.NONE);
        assertThat(skipped.memory().details().email()).isNull();
        assertThat(skipped.memory().pending()).isEqualTo(PendingQuestion.NONE);
        assertThat(skipped.memory().emailOffered()).isTrue();
    }

    @Test
    void ratingsAreReadOnlyFromALoneDigitOneToFive() {
        assertThat(Replies.stars(null, "5")).isEqualTo(5);
        assertThat(Replies.stars(null, "５")).isEqualTo(5);
        assertThat(Replies.stars(null, " 2 星 ")).isEqualTo(2);
        assertThat(Replies.stars(null, "4/5")).isEqualTo(4);
        assertThat(Replies.stars(null, "6")).isNull();
        assertThat(Replies.stars(null, "0")).isNull();
        assertThat(Replies.stars(null, "转了5个币")).isNull();
        assertThat(Replies.stars("rate_1", "whatever")).isEqualTo(1);
    }

    private static DialogueMemory resolvedMemory() {
        return handedOff(Priority.NORMAL, "human_requested", "t_1")
                .withDetails(dev.baton.details.Details.NONE.withAccountId("old")).asking(PendingQuestion.RATING, List.of());
    }

    @Test
    void aWaitingUserWhoNoLongerNeedsAnAgentLeavesTheQueueUnlessMoneyIsAtRisk() {
        DialogueMemory normal = handedOff(Priority.NORMAL, "human_requested", "t_1");
        DialogueMemory urgent = handedOff(Priority.URGENT, "funds_at_risk.unauthorized_transfer", "t_2");

        Step left = dialogue.step(ConversationState.QUEUED, normal, unclear("不用了，已经解决了！"), null);
        Step cancelled = dialogue.step(ConversationState.QUEUED, normal, unclear("never mind"), null);
        Step stays = dialogue.step(ConversationState.QUEUED, urgent, unclear("算了"), null);
        Step described = dialogue.step(ConversationState.QUEUED, normal, unclear("我想取消一笔转账"), null);

        assertThat(cancelled.ticket()).isInstanceOf(TicketChange.Abandon.class);
        assertThat(cancelled.state()).isEqualTo(ConversationState.BOT);
        assertThat(left.state()).isEqualTo(ConversationState.BOT);
        assertThat(left.reply()).contains("取消");
        assertThat(Replies.leavesQueue("算了 我自己搞定了")).isFalse();
        assertThat(Replies.leavesQueue("算了，搞定了")).isTrue();
        assertThat(Replies.leavesQueue("取消吧")).isTrue();
        assertThat(Replies.leavesQueue("Never mind, it's solved.")).isTrue();
        assertThat(Replies.leavesQueue("取消了吗？还要等多久")).isFalse();
        assertThat(Replies.leavesQueue("，，")).isFalse();
        assertThat(dialogue.step(ConversationState.QUEUED, normal, unclear("已经解决了"), null).ticket())
                .isInstanceOf(TicketChange.Abandon.class);
        assertThat(stays.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(stays.ticket()).isInstanceOf(TicketChange.None.class);
        assertThat(described.ticket()).isEqualTo(new TicketChange.Update(null, null));
    }

    @Test
    void whileAQuestionIsPendingLetItGoIsASkipNotALeave() {
        Step urgentAsked = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, human("转人工"), null);
        Step skipped = dialogue.step(urgentAsked.state(), urgentAsked.memory(), unclear("算了"), null);

        assertThat(skipped.ticket()).isNotInstanceOf(TicketChange.Abandon.class);
    }
}
