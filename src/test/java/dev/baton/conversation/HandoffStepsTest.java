package dev.baton.conversation;

import static dev.baton.conversation.Outcomes.answer;
import static dev.baton.conversation.Outcomes.human;
import static dev.baton.conversation.Outcomes.thanks;
import static dev.baton.conversation.Outcomes.unclear;
import static dev.baton.conversation.Outcomes.urgent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.conversation.DialogueMemory.PendingQuestion;
import dev.baton.conversation.Step.TicketChange;
import dev.baton.decision.Localizer;
import dev.baton.details.DetailExtractor;
import dev.baton.details.Details;
import dev.baton.handoff.Priority;
import java.util.List;
import org.junit.jupiter.api.Test;

/** After a handoff: collecting details, the queue, the agent, resolution, rating and reopening. */
class HandoffStepsTest {

    private final Dialogue dialogue = new Dialogue(new ExtractorDetailReader(new DetailExtractor()), new Localizer());

    /** A ticket opened at {@code priority} after both detail questions were asked. */
    private static DialogueMemory handedOff(Priority priority, String reason, String ticketId) {
        return DialogueMemory.EMPTY
                .handingOff(priority, reason)
                .withQuestions(PendingQuestion.NONE, 2)
                .withTicketId(ticketId);
    }

    private static DialogueMemory resolvedMemory() {
        return handedOff(Priority.NORMAL, "human_requested", "t_1")
                .withDetails(Details.NONE.withAccountId("old"))
                .asking(PendingQuestion.RATING, List.of());
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

        Step described = dialogue.step(account.state(), account.memory(), unclear("昨天转了500u到交易所一直没到账，TRC20"), null);

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
    void anEmergencyWhileCollectingJumpsStraightToTheUrgentQueue() {
        Step asked = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, human("转人工"), null);
        Step emergency = dialogue.step(asked.state(), asked.memory(), urgent("等等，我的钱刚被人转走了"), null);

        assertThat(emergency.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(emergency.ticket())
                .isEqualTo(new TicketChange.Open(Priority.URGENT, "funds_at_risk.unauthorized_transfer", 1));
    }

    @Test
    void anEmergencyWhileQueuedRaisesTheTicket() {
        Step asked = dialogue.step(ConversationState.BOT, DialogueMemory.EMPTY, human("转人工"), null);
        Step queued = dialogue.step(asked.state(), asked.memory(), human("转人工"), null);
        Step raised = dialogue.step(queued.state(), queued.memory(), urgent("我的币被盗了"), null);

        assertThat(raised.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(raised.ticket())
                .isEqualTo(new TicketChange.Update(Priority.URGENT, "funds_at_risk.unauthorized_transfer"));
        assertThat(raised.memory().handoffPriority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void whileQueuedNewMessagesAreAddedToTheTicketWithExtractedDetails() {
        DialogueMemory queued = handedOff(Priority.NORMAL, "human_requested", "t_1");
        Step step = dialogue.step(
                ConversationState.QUEUED,
                queued,
                unclear("txid 0x9fc76417374aa880d4449a1f7f31ec597f00b1f6f3dd2d66f4c9c6c445836d8b"),
                null);

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
        assertThat(step.ticket())
                .isEqualTo(new TicketChange.Update(Priority.URGENT, "funds_at_risk.unauthorized_transfer"));
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

        assertThat(step.ticket())
                .isEqualTo(new TicketChange.Reopen(Priority.URGENT, "funds_at_risk.unauthorized_transfer"));
        assertThat(step.memory().handoffPriority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void anEmailGivenAfterTheOfferGoesOnTheTicket() {
        DialogueMemory offered =
                handedOff(Priority.NORMAL, "human_requested", "t_1").asking(PendingQuestion.EMAIL, List.of());
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
        assertThat(dialogue.step(ConversationState.QUEUED, normal, unclear("已经解决了"), null)
                        .ticket())
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
