package dev.baton.conversation;

import static dev.baton.conversation.Outcomes.answer;
import static dev.baton.conversation.Outcomes.answerOf;
import static dev.baton.conversation.Outcomes.human;
import static dev.baton.conversation.Outcomes.outOfScope;
import static dev.baton.conversation.Outcomes.thanks;
import static dev.baton.conversation.Outcomes.unclear;
import static dev.baton.conversation.Outcomes.urgent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.conversation.DialogueMemory.PendingQuestion;
import dev.baton.conversation.Step.TicketChange;
import dev.baton.decision.Localizer;
import dev.baton.decision.QuickReply;
import dev.baton.details.DetailExtractor;
import dev.baton.handoff.Priority;
import org.junit.jupiter.api.Test;

/** Bot turns: answers, clarifications, small talk, and deciding to hand off. */
class DialogueTest {

    private final Dialogue dialogue = new Dialogue(new ExtractorDetailReader(new DetailExtractor()), new Localizer());

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
    void anUrgentReportQueuesImmediatelyAndAsksForTheAccountWhileWaiting() {
        Step step = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, urgent("我的币被盗了，被转走了"), null);

        assertThat(step.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(step.ticket())
                .isEqualTo(new TicketChange.Open(Priority.URGENT, "funds_at_risk.unauthorized_transfer", 1));
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
    void askingPastTheUnresolvedAnswerEscalatesToTier2() {
        Step answered =
                dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, answerOf("unresolved", "客服解决不了怎么办"), null);
        assertThat(answered.quickReplies()).extracting(QuickReply::id).startsWith(Dialogue.ESCALATE_ID);

        Step unhappy = dialogue.step(answered.state(), answered.memory(), human("还是不行 我要找更高级的"), null);
        assertThat(unhappy.memory().handoffReason()).isEqualTo(Dialogue.ESCALATION_REASON);
        Step skipped = dialogue.step(unhappy.state(), unhappy.memory(), unclear("跳过"), "skip");
        Step queued = skipped.state() == ConversationState.QUEUED
                ? skipped
                : dialogue.step(skipped.state(), skipped.memory(), unclear("跳过"), "skip");
        assertThat(queued.ticket()).isEqualTo(new TicketChange.Open(Priority.NORMAL, Dialogue.ESCALATION_REASON, 2));
    }

    @Test
    void clickingEscalateAfterTheUnresolvedAnswerEscalates() {
        Step answered =
                dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, answerOf("unresolved", "可以升级处理吗"), null);
        Step clicked = dialogue.step(answered.state(), answered.memory(), unclear("转给高级团队"), Dialogue.ESCALATE_ID);

        assertThat(clicked.state()).isEqualTo(ConversationState.COLLECTING_DETAILS);
        assertThat(clicked.memory().handoffReason()).isEqualTo(Dialogue.ESCALATION_REASON);
    }

    @Test
    void anotherAnswerAfterTheUnresolvedOneIsJustAnswered() {
        Step answered =
                dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, answerOf("unresolved", "客服解决不了"), null);
        Step other = dialogue.step(answered.state(), answered.memory(), answer("怎么联系客服"), null);

        assertThat(other.state()).isEqualTo(ConversationState.BOT);
        assertThat(other.trail().action()).isEqualTo("answer");
    }
}
