package dev.baton.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.conversation.DialogueMemory.PendingQuestion;
import dev.baton.conversation.Step.TicketChange;
import dev.baton.details.DetailExtractor;
import dev.baton.dialogue.Decision;
import dev.baton.dialogue.Localizer;
import dev.baton.dialogue.Outcome;
import dev.baton.dialogue.Priority;
import dev.baton.dialogue.QuickReply;
import dev.baton.dialogue.ReplyLanguage;
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

    private static Outcome unclear(String text) {
        return outcome(text, new Decision.Clarify("没明白", List.of(new QuickReply("contact-tips", "技巧"),
                new QuickReply("human-request", "转人工")), "low_confidence"));
    }

    private static Outcome outOfScope(String text) {
        return outcome(text, new Decision.Clarify("我只能回答客服相关问题", List.of(), "out_of_scope"));
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

    @Test
    void anAnswerStaysWithTheBotAndOffersItsFollowUps() {
        Step step = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, answer("怎么联系客服"), false);

        assertThat(step.state()).isEqualTo(ConversationState.BOT);
        assertThat(step.reply()).contains("帮助");
        assertThat(step.memory().offered()).extracting(QuickReply::id).containsExactly("response-time");
        assertThat(step.ticket()).isInstanceOf(TicketChange.None.class);
        assertThat(step.trail().action()).isEqualTo("answer");
    }

    @Test
    void aClickOrTheLabelOrTheNumberOfAnOfferedOptionPicksIt() {
        DialogueMemory offered = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, unclear("嗯?"), false)
                .memory();

        assertThat(dialogue.chosen(offered, "whatever", "contact-tips")).contains("contact-tips");
        assertThat(dialogue.chosen(offered, " 转人工 ", null)).contains("human-request");
        assertThat(dialogue.chosen(offered, "1", null)).contains("contact-tips");
        assertThat(dialogue.chosen(offered, "客服几点上班", null)).isEmpty();
    }

    @Test
    void oneUnclearMessageAsksBackTwoInARowHandOff() {
        Step first = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, unclear("那个东西怎么弄啊"), false);
        assertThat(first.state()).isEqualTo(ConversationState.BOT);
        assertThat(first.memory().unclearStreak()).isEqualTo(1);

        Step second = dialogue.step(first.state(), first.memory(), unclear("就是那个啊我找不到"), false);

        assertThat(second.state()).isEqualTo(ConversationState.COLLECTING_DETAILS);
        assertThat(second.memory().handoffReason()).isEqualTo("repeated_fallback");
        assertThat(second.memory().pending()).isEqualTo(PendingQuestion.ACCOUNT);
        assertThat(second.memory().details().description()).contains("那个东西怎么弄啊", "就是那个啊我找不到");
        assertThat(second.quickReplies()).extracting(QuickReply::id).containsExactly(Dialogue.SKIP_ID);
    }

    @Test
    void anAnswerInBetweenBreaksTheUnclearStreak() {
        Step first = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, unclear("嗯"), false);
        Step answered = dialogue.step(first.state(), first.memory(), answer("怎么联系客服"), false);
        Step again = dialogue.step(answered.state(), answered.memory(), unclear("啊?"), false);

        assertThat(again.state()).isEqualTo(ConversationState.BOT);
        assertThat(again.memory().unclearStreak()).isEqualTo(1);
    }

    @Test
    void outOfScopeGetsAPoliteReplyAndNeverQueues() {
        Step first = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, outOfScope("比特币明天会涨吗"), false);
        Step second = dialogue.step(first.state(), first.memory(), outOfScope("推荐个股票"), false);

        assertThat(second.state()).isEqualTo(ConversationState.BOT);
        assertThat(second.ticket()).isInstanceOf(TicketChange.None.class);
        assertThat(second.memory().unclearStreak()).isZero();
    }

    @Test
    void thanksAfterAnAnswerIsNotAHandoff() {
        Step answered = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, answer("怎么联系客服"), false);
        Step thanked = dialogue.step(answered.state(), answered.memory(), thanks("谢谢"), false);

        assertThat(thanked.state()).isEqualTo(ConversationState.BOT);
        assertThat(thanked.ticket()).isInstanceOf(TicketChange.None.class);
        assertThat(thanked.trail().action()).isEqualTo("smalltalk");
    }

    @Test
    void aNormalHandoffAsksForTheAccountThenTheProblemThenQueues() {
        Step asked = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, human("转人工"), false);
        assertThat(asked.state()).isEqualTo(ConversationState.COLLECTING_DETAILS);
        assertThat(asked.reply()).contains("邮箱或用户名").doesNotContain("助记词发");

        Step account = dialogue.step(asked.state(), asked.memory(), unclear("我的邮箱是 li.lei@example.com"), false);
        assertThat(account.state()).isEqualTo(ConversationState.COLLECTING_DETAILS);
        assertThat(account.memory().details().accountId()).isEqualTo("li.lei@example.com");
        assertThat(account.memory().pending()).isEqualTo(PendingQuestion.DESCRIPTION);

        Step described = dialogue.step(account.state(), account.memory(),
                unclear("昨天转了500u到交易所一直没到账，TRC20"), false);

        assertThat(described.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(described.announceQueue()).isTrue();
        assertThat(described.ticket()).isEqualTo(new TicketChange.Open(Priority.NORMAL, "human_requested"));
        assertThat(described.memory().details().description()).contains("没到账");
        assertThat(described.memory().details().amount()).isEqualTo("500 USDT");
        assertThat(described.memory().details().chain()).isEqualTo("TRC20");
        assertThat(described.memory().questionsAsked()).isEqualTo(2);
    }

    @Test
    void skippingEveryQuestionStillQueuesAfterAtMostTwo() {
        Step asked = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, human("人工"), false);
        Step skipped = dialogue.step(asked.state(), asked.memory(), unclear("跳过"), false);
        assertThat(skipped.state()).isEqualTo(ConversationState.COLLECTING_DETAILS);
        assertThat(skipped.memory().pending()).isEqualTo(PendingQuestion.DESCRIPTION);

        Step clicked = dialogue.step(skipped.state(), skipped.memory(), unclear("Skip"), true);

        assertThat(clicked.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(clicked.ticket()).isInstanceOf(TicketChange.Open.class);
        assertThat(clicked.memory().details().accountId()).isNull();
    }

    @Test
    void askingForAPersonAgainWhileCollectingQueuesAtOnce() {
        Step asked = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, human("转人工"), false);
        Step impatient = dialogue.step(asked.state(), asked.memory(), human("别问了直接转人工"), false);

        assertThat(impatient.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(impatient.ticket()).isEqualTo(new TicketChange.Open(Priority.NORMAL, "human_requested"));
    }

    @Test
    void anUrgentReportQueuesImmediatelyAndAsksForTheAccountWhileWaiting() {
        Step step = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, urgent("我的币被盗了，被转走了"), false);

        assertThat(step.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(step.ticket()).isEqualTo(new TicketChange.Open(Priority.URGENT, "funds_at_risk.unauthorized_transfer"));
        assertThat(step.announceQueue()).isTrue();
        assertThat(step.afterQueue()).contains("邮箱或用户名");
        assertThat(step.memory().pending()).isEqualTo(PendingQuestion.ACCOUNT);
        assertThat(step.memory().details().description()).contains("被盗");

        Step answered = dialogue.step(step.state(), step.memory(), unclear("zhang_san88"), false);
        assertThat(answered.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(answered.memory().details().accountId()).isEqualTo("zhang_san88");
        assertThat(answered.ticket()).isEqualTo(new TicketChange.Update(null, null));
    }

    @Test
    void anEmergencyWhileCollectingJumpsStraightToTheUrgentQueue() {
        Step asked = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, human("转人工"), false);
        Step emergency = dialogue.step(asked.state(), asked.memory(), urgent("等等，我的钱刚被人转走了"), false);

        assertThat(emergency.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(emergency.ticket()).isEqualTo(new TicketChange.Open(Priority.URGENT, "funds_at_risk.unauthorized_transfer"));
    }

    @Test
    void anEmergencyWhileQueuedRaisesTheTicket() {
        Step asked = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, human("转人工"), false);
        Step queued = dialogue.step(asked.state(), asked.memory(), human("转人工"), false);
        Step raised = dialogue.step(queued.state(), queued.memory(), urgent("我的币被盗了"), false);

        assertThat(raised.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(raised.ticket()).isEqualTo(new TicketChange.Update(Priority.URGENT, "funds_at_risk.unauthorized_transfer"));
        assertThat(raised.memory().handoffPriority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void whileQueuedNewMessagesAreAddedToTheTicketWithExtractedDetails() {
        DialogueMemory queued = new DialogueMemory(List.of(), 0, PendingQuestion.NONE, 2,
                dev.baton.details.Details.NONE, Priority.NORMAL, "human_requested", "t_1");
        Step step = dialogue.step(ConversationState.QUEUED, queued,
                unclear("txid 0x9fc76417374aa880d4449a1f7f31ec597f00b1f6f3dd2d66f4c9c6c445836d8b"), false);

        assertThat(step.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(step.reply()).contains("工单");
        assertThat(step.memory().details().txHashes()).hasSize(1);
        assertThat(step.ticket()).isEqualTo(new TicketChange.Update(null, null));
    }

    @Test
    void theBotStaysSilentWhileAnAgentOwnsTheConversation() {
        DialogueMemory owned = new DialogueMemory(List.of(), 0, PendingQuestion.NONE, 2,
                dev.baton.details.Details.NONE, Priority.NORMAL, "human_requested", "t_1");
        Step step = dialogue.step(ConversationState.WITH_AGENT, owned, answer("怎么联系客服"), false);

        assertThat(step.state()).isEqualTo(ConversationState.WITH_AGENT);
        assertThat(step.reply()).isNull();
        assertThat(step.trail().action()).isEqualTo("silent");
        assertThat(step.ticket()).isInstanceOf(TicketChange.None.class);
    }

    @Test
    void anEmergencyWithAnAgentStillRaisesTheTicketSilently() {
        DialogueMemory owned = new DialogueMemory(List.of(), 0, PendingQuestion.NONE, 2,
                dev.baton.details.Details.NONE, Priority.NORMAL, "human_requested", "t_1");
        Step step = dialogue.step(ConversationState.WITH_AGENT, owned, urgent("我的币被盗了"), false);

        assertThat(step.reply()).isNull();
        assertThat(step.ticket()).isEqualTo(new TicketChange.Update(Priority.URGENT, "funds_at_risk.unauthorized_transfer"));
    }

    @Test
    void aResolvedConversationReturnsToTheBotWithAFreshMemory() {
        DialogueMemory old = new DialogueMemory(List.of(), 1, PendingQuestion.NONE, 2,
                dev.baton.details.Details.NONE.withAccountId("old"), Priority.NORMAL, "human_requested", "t_1");
        Step step = dialogue.step(ConversationState.RESOLVED, old, answer("怎么联系客服"), false);

        assertThat(step.state()).isEqualTo(ConversationState.BOT);
        assertThat(step.memory().ticketId()).isNull();
        assertThat(step.memory().details().accountId()).isNull();
    }
}
