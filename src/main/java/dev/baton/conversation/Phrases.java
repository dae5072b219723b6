package dev.baton.conversation;

import dev.baton.dialogue.Localizer;
import dev.baton.dialogue.QuickReply;
import dev.baton.dialogue.ReplyLanguage;
import dev.baton.faq.Localized;

/** What Baton says around a handoff, in the user's language. */
final class Phrases {

    static final Localized ASK_ACCOUNT = new Localized(
            "为了让客服尽快处理，请告诉我你的账号邮箱或用户名。注意：千万不要发送助记词或私钥，客服永远不会要这些。"
                    + "不方便的话回复“跳过”。",
            "So an agent can help you faster, what's the email or username of your account? Never send your "
                    + "recovery phrase or private key: support never needs them. Reply \"skip\" if you'd rather not.");

    static final Localized ASK_ACCOUNT_WHILE_WAITING = new Localized(
            "在等待的同时，请告诉我你的账号邮箱或用户名，方便客服核实（绝不要发送助记词或私钥）。可以回复“跳过”。",
            "While you wait: what's the email or username of your account, so the agent can check it? (Never "
                    + "send your recovery phrase or private key.) You can reply \"skip\".");

    static final Localized ASK_DESCRIPTION = new Localized(
            "请简单描述一下遇到的问题：发生了什么、什么时候、有没有报错提示？有交易哈希或地址也可以一起发来。"
                    + "回复“跳过”就直接排队。",
            "Please describe the problem briefly: what happened, when, and any error message you saw. Add the "
                    + "transaction hash or address if there is one. Reply \"skip\" to join the queue right away.");

    static final Localized QUEUED = new Localized(
            "已为你转接人工客服：你现在排第 %d 位，预计等待约 %d 分钟。请留在这里，客服接入后会直接在这里回复你。",
            "You're in the queue for a human agent: position %d, estimated wait about %d min. Stay here: the "
                    + "agent will reply in this chat.");

    static final Localized ADDED_TO_TICKET = new Localized(
            "收到，已经附到你的工单里，客服接入后会看到。",
            "Got it, I've added that to your ticket; the agent will see it when they join.");

    static final Localized STILL_UNCLEAR = new Localized(
            "抱歉，我还是没能理解你的问题，我帮你转给人工客服。",
            "Sorry, I still couldn't work out what you need, so I'm passing you to a human agent.");

    static final Localized NOTED = new Localized("谢谢，已记录。", "Thanks, noted.");

    static final Localized SKIP = new Localized("跳过", "Skip");

    private final Localizer localizer;

    Phrases(Localizer localizer) {
        this.localizer = localizer;
    }

    String text(Localized phrase, ReplyLanguage language) {
        return localizer.text(phrase, language);
    }

    String queued(ReplyLanguage language, int position, long waitSeconds) {
        long minutes = Math.max(1, (waitSeconds + 59) / 60);
        return String.format(text(QUEUED, language), Math.max(1, position), minutes);
    }

    QuickReply skip(ReplyLanguage language) {
        return new QuickReply(Dialogue.SKIP_ID, text(SKIP, language));
    }
}
