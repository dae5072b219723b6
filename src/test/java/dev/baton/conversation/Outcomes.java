package dev.baton.conversation;

import dev.baton.decision.Decision;
import dev.baton.decision.Outcome;
import dev.baton.decision.QuickReply;
import dev.baton.decision.ReplyLanguage;
import dev.baton.handoff.Priority;
import dev.baton.nlu.IntentScore;
import dev.baton.nlu.Language;
import dev.baton.nlu.Prediction;
import java.util.List;

/** Decided user messages, as the policy would hand them to the {@link Dialogue}, in Simplified Chinese. */
final class Outcomes {

    private Outcomes() {}

    static Outcome outcome(String text, Decision decision) {
        return new Outcome(
                text,
                Language.ZH,
                ReplyLanguage.SIMPLIFIED,
                new Prediction(List.of(new IntentScore("contact-channels", 0.9))),
                decision,
                false);
    }

    static Outcome answer(String text) {
        return outcome(
                text,
                new Decision.Answer(
                        "contact-channels", "在 App 里点“帮助”。", List.of(new QuickReply("response-time", "多久回复"))));
    }

    static Outcome answerOf(String faqId, String text) {
        return outcome(text, new Decision.Answer(faqId, "可以请客服转给更有经验的团队。", List.of()));
    }

    static Outcome unclear(String text) {
        return outcome(
                text,
                new Decision.Clarify(
                        "没明白",
                        List.of(new QuickReply("contact-tips", "技巧"), new QuickReply("human-request", "转人工")),
                        Decision.ClarifyReason.LOW_CONFIDENCE));
    }

    static Outcome outOfScope(String text) {
        return outcome(text, new Decision.Clarify("我只能回答客服相关问题", List.of(), Decision.ClarifyReason.OUT_OF_SCOPE));
    }

    static Outcome human(String text) {
        return outcome(text, new Decision.Handoff(Priority.NORMAL, "human_requested", "好的，马上为你转人工。"));
    }

    static Outcome urgent(String text) {
        return outcome(
                text,
                new Decision.Handoff(Priority.URGENT, "funds_at_risk.unauthorized_transfer", "请立刻停止操作，人工客服正在紧急接入。"));
    }

    static Outcome thanks(String text) {
        return outcome(text, new Decision.SmallTalk("thanks", "不客气！"));
    }
}
