package dev.baton.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.conversation.DialogueMemory.PendingQuestion;
import dev.baton.decision.QuickReply;
import dev.baton.decision.ReplyLanguage;
import dev.baton.details.Details;
import dev.baton.handoff.Priority;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each transition of the memory changes what its name says and keeps the rest. */
class DialogueMemoryTest {

    private static final List<QuickReply> OPTIONS = List.of(new QuickReply("contact-tips", "技巧"));

    private final DialogueMemory remembered = DialogueMemory.EMPTY
            .withLanguage(ReplyLanguage.SIMPLIFIED)
            .withTicketId("t_1")
            .withLastFaq("unresolved")
            .offering(OPTIONS, 1)
            .withDetails(Details.NONE.withAccountId("li.lei"));

    @Test
    void handingOffForgetsWhatWasOfferedAndKeepsTheTicketAndLanguage() {
        DialogueMemory m =
                remembered.asking(PendingQuestion.EMAIL, OPTIONS).handingOff(Priority.URGENT, "secret_exposed");

        assertThat(m.offered()).isEmpty();
        assertThat(m.unclearStreak()).isZero();
        assertThat(m.lastFaq()).isNull();
        assertThat(m.handoffPriority()).isEqualTo(Priority.URGENT);
        assertThat(m.handoffReason()).isEqualTo("secret_exposed");
        assertThat(m.pending()).isEqualTo(PendingQuestion.EMAIL);
        assertThat(m.emailOffered()).isTrue();
        assertThat(m.ticketId()).isEqualTo("t_1");
        assertThat(m.details().accountId()).isEqualTo("li.lei");
        assertThat(m.language()).isEqualTo(ReplyLanguage.SIMPLIFIED);
    }

    @Test
    void withQuestionsCountsThemAndClearsTheOffer() {
        DialogueMemory m =
                remembered.handingOff(Priority.NORMAL, "human_requested").withQuestions(PendingQuestion.DESCRIPTION, 2);

        assertThat(m.pending()).isEqualTo(PendingQuestion.DESCRIPTION);
        assertThat(m.questionsAsked()).isEqualTo(2);
        assertThat(m.offered()).isEmpty();
        assertThat(m.handoffReason()).isEqualTo("human_requested");
        assertThat(m).isEqualTo(m.withQuestions(PendingQuestion.DESCRIPTION, 2));
    }

    @Test
    void offeringKeepsEverythingButTheOptionsAndTheStreak() {
        DialogueMemory m = remembered.offering(List.of(), 0);

        assertThat(remembered.offered()).isEqualTo(OPTIONS);
        assertThat(remembered.unclearStreak()).isEqualTo(1);
        assertThat(m.offered()).isEmpty();
        assertThat(m.unclearStreak()).isZero();
        assertThat(m.offering(OPTIONS, 1)).isEqualTo(remembered);
    }

    @Test
    void freshKeepsOnlyTheLanguage() {
        assertThat(remembered.fresh()).isEqualTo(DialogueMemory.EMPTY.withLanguage(ReplyLanguage.SIMPLIFIED));
    }
}
