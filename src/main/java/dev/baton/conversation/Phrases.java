package dev.baton.conversation;

import dev.baton.decision.Localizer;
import dev.baton.decision.QuickReply;
import dev.baton.decision.ReplyLanguage;
import dev.baton.faq.Localized;
import dev.baton.handoff.Priority;
import dev.baton.handoff.QueueStatus;
import java.util.ArrayList;
import java.util.List;

/** What Baton says around a handoff, in the user's language. */
public final class Phrases {

    public static final Localized ASK_ACCOUNT = new Localized(
            "为了让客服尽快处理，请告诉我你的账号邮箱或用户名。注意：千万不要发送助记词或私钥，客服永远不会要这些。" + "不方便的话回复“跳过”。",
            "So an agent can help you faster, what's the email or username of your account? Never send your "
                    + "recovery phrase or private key: support never needs them. Reply \"skip\" if you'd rather not.");

    /** Asked at the end of a long urgent reply, right above its Skip button: the arrow makes it stand out. */
    public static final Localized ASK_ACCOUNT_WHILE_WAITING = new Localized(
            "➡️ 在等待的同时，请告诉我你的账号邮箱或用户名，方便客服核实（绝不要发送助记词或私钥）。可以回复“跳过”。",
            "➡️ While you wait: what's the email or username of your account, so the agent can check it? (Never "
                    + "send your recovery phrase or private key.) You can reply \"skip\".");

    /** Before the details questions of a handoff: the transfer waits for the answers, and says so. */
    public static final Localized BEFORE_HANDOFF = new Localized(
            "好的，我来帮你转人工客服。转接前请先回答一两个问题，客服接入后能更快帮到你。",
            "Sure, I'll get you a human agent. First, a question or two so they can help you faster.");

    public static final Localized ASK_DESCRIPTION = new Localized(
            "请简单描述一下遇到的问题：发生了什么、什么时候、有没有报错提示？有交易哈希或地址也可以一起发来。" + "回复“跳过”就直接排队。",
            "Please describe the problem briefly: what happened, when, and any error message you saw. Add the "
                    + "transaction hash or address if there is one. Reply \"skip\" to join the queue right away.");

    public static final Localized QUEUED = new Localized(
            "已为你转接人工客服：你现在排第 %d 位，预计等待约 %d 分钟。请留在这里，客服接入后会直接在这里回复你。",
            "You're in the queue for a human agent: position %d, estimated wait about %d min. Stay here: the "
                    + "agent will reply in this chat.");

    public static final Localized QUEUED_URGENT = new Localized(
            "已为你加急，优先处理：你现在排第 %d 位，预计等待约 %d 分钟。请留在这里，客服接入后会直接在这里回复你。",
            "Your case is marked urgent and goes ahead of others: position %d, estimated wait about %d min. Stay "
                    + "here: the agent will reply in this chat.");

    /** In place of a wait estimate when no agent is available on any instance: an estimate would be made up. */
    public static final Localized QUEUED_NOBODY = new Localized(
            "已为你转接人工客服：你现在排第 %d 位。目前没有客服在线，暂时无法估计等待时间；客服上线后会直接在这里回复你。",
            "You're in the queue for a human agent: position %d. No agent is available right now, so we can't "
                    + "estimate the wait; the first agent back will reply in this chat.");

    public static final Localized QUEUED_URGENT_NOBODY = new Localized(
            "已为你加急，优先处理：你现在排第 %d 位。目前没有客服在线，暂时无法估计等待时间；客服上线后会最先处理你的问题。",
            "Your case is marked urgent and goes ahead of others: position %d. No agent is available right now, so "
                    + "we can't estimate the wait; the first agent back will take your case first.");

    /** Offered at once when no agent is available, instead of after the usual wait. */
    public static final Localized EMAIL_OFFER_NOBODY = new Localized(
            "目前没有客服在线。你可以留下邮箱地址，我们会在 24 小时内通过邮件回复你；你在队列中的位置也会保留。不需要的话回复“跳过”。",
            "No agent is available right now. Leave your email address and we'll reply by email within 24 hours; "
                    + "you also keep your place in the queue. Reply \"skip\" if you'd rather wait here.");

    /** Told when the agent who took the case went offline, or did not answer in time. */
    public static final Localized REQUEUED = new Localized(
            "抱歉，接待你的客服暂时无法回复。你的问题已回到队列中原来的位置，下一位有空的客服会接手。",
            "Sorry: the agent who took your case can't reply right now. Your case is back in the queue, in the "
                    + "place it had, and the next free agent will pick it up.");

    public static final Localized ADDED_TO_TICKET = new Localized(
            "收到，已经附到你的工单里，客服接入后会看到。", "Got it, I've added that to your ticket; the agent will see it when they join.");

    public static final Localized STILL_UNCLEAR = new Localized(
            "抱歉，我还是没能理解你的问题，我帮你转给人工客服。",
            "Sorry, I still couldn't work out what you need, so I'm passing you to a human agent.");

    public static final Localized NOTED = new Localized("谢谢，已记录。", "Thanks, noted.");

    public static final Localized SKIP = new Localized("跳过", "Skip");

    public static final Localized GREETING = new Localized(
            "你好！我是钱包的客服助手，可以告诉你怎么联系客服、什么时候有人在线、需要准备哪些信息等。随时可以说“转人工”找真人客服。" + "注意：任何人都不应该向你索要助记词或私钥。",
            "Hi! I'm the wallet's support assistant. I can tell you how to reach support, when we're online, what "
                    + "details to have ready and more. Say \"human agent\" any time to talk to a person. Remember: "
                    + "nobody should ever ask for your recovery phrase or private key.");

    public static final Localized ESCALATE = new Localized("转给高级团队", "Escalate to a senior team");

    public static final Localized ESCALATING = new Localized(
            "明白，我把你的问题转给更有经验的二线团队处理。", "Understood: I'm passing your case to our more experienced tier-2 team.");

    public static final Localized ESCALATED = new Localized(
            "客服已把你的问题转交给更有经验的二线团队，他们会在这里继续跟进。",
            "The agent has passed your case to our more experienced tier-2 team; they'll follow up here.");

    public static final Localized AGENT_JOINED =
            new Localized("人工客服 %s 已接入对话。", "%s from support has joined the chat.");

    public static final Localized RATE = new Localized(
            "客服已将本次对话标记为已解决。请为这次服务打分：1（很差）到 5（很好）。如果问题还没解决，直接回复就会重新打开工单。",
            "The agent has marked this conversation resolved. How was it? Rate us from 1 (poor) to 5 (great). "
                    + "If it isn't solved, just reply and your ticket reopens.");

    public static final Localized RATED =
            new Localized("谢谢你的评分！还有其他问题随时问我。", "Thanks for rating us! Ask me anything else any time.");

    public static final Localized REOPENED =
            new Localized("好的，我已重新打开你的工单，客服会继续跟进。", "OK, I've reopened your ticket; an agent will pick it up again.");

    public static final Localized EMAIL_OFFER = new Localized(
            "抱歉让你久等了，目前客服都在忙。你可以留下邮箱地址，我们会在 24 小时内通过邮件回复你；你在队列中的位置也会保留。" + "不需要的话回复“跳过”。",
            "Sorry for the wait: all our agents are busy. Leave your email address and we'll reply by email within "
                    + "24 hours; you also keep your place in the queue. Reply \"skip\" if you'd rather wait here.");

    public static final Localized EMAIL_NOTED = new Localized(
            "收到，我们会在 24 小时内发邮件到 %s。你仍在队列中，客服有空时也会在这里回复你。",
            "Got it: we'll email %s within 24 hours. You're still in the queue, and an agent may reply here first.");

    public static final Localized LEFT_QUEUE = new Localized(
            "好的，已为你取消人工排队。还有问题随时问我，需要人工时再说“转人工”就行。",
            "OK, I've taken you out of the queue. Ask me anything any time, and say \"human agent\" if you need one again.");

    public static final Localized URGENT_STAYS = new Localized(
            "因为涉及资金安全，客服仍会尽快查看你的情况，确认没有风险后再结束。请保持在线。",
            "Because your funds may be at risk, an agent will still check your case as soon as possible before "
                    + "closing it. Please stay here.");

    public static final Localized EMAIL_DECLINED = new Localized("好的，你会继续在这里排队。", "OK, you stay in the queue here.");

    private final Localizer localizer;

    Phrases(Localizer localizer) {
        this.localizer = localizer;
    }

    public String text(Localized phrase, ReplyLanguage language) {
        return localizer.text(phrase, language);
    }

    /**
     * The user's place in the queue and the estimated wait (or, with no agent available, that there is none to
     * estimate); an urgent ticket's says it was put ahead.
     */
    public String queued(ReplyLanguage language, QueueStatus place) {
        boolean urgent = place.priority() == Priority.URGENT;
        int position = Math.max(1, place.queuePosition());
        if (!place.agentsAvailable()) {
            return numbered(text(urgent ? QUEUED_URGENT_NOBODY : QUEUED_NOBODY, language), position);
        }
        long minutes = Math.max(1, (place.estimatedWaitSeconds() + 59) / 60);
        return numbered(text(urgent ? QUEUED_URGENT : QUEUED, language), position, minutes);
    }

    /**
     * {@code template} with each {@code %d} replaced by the next of {@code numbers}: what {@code String.format}
     * makes of these phrases, without parsing a format on every queued turn (it was 2% of a turn's CPU).
     */
    static String numbered(String template, long... numbers) {
        StringBuilder out = new StringBuilder(template.length() + 8 * numbers.length);
        int from = 0;
        for (long n : numbers) {
            int at = template.indexOf("%d", from);
            if (at < 0) {
                throw new IllegalArgumentException("fewer %d than numbers in: " + template);
            }
            out.append(template, from, at).append(n);
            from = at + 2;
        }
        return out.append(template, from, template.length()).toString();
    }

    /** The 1-5 rating quick replies. */
    public List<QuickReply> ratings() {
        List<QuickReply> stars = new ArrayList<>(5);
        for (int i = 1; i <= 5; i++) {
            stars.add(new QuickReply(Replies.RATE_PREFIX + i, i + " ★"));
        }
        return stars;
    }

    public QuickReply skip(ReplyLanguage language) {
        return new QuickReply(Dialogue.SKIP_ID, text(SKIP, language));
    }
}
