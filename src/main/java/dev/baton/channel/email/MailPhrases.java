package dev.baton.channel.email;

import dev.baton.decision.ReplyLanguage;
import dev.baton.faq.Localized;

/** What Baton's mails say around the message itself, in the conversation's language. */
final class MailPhrases {

    /** The subject of a mail Baton starts, before the ticket reference. */
    static final Localized SUBJECT = new Localized("你的工单", "Your support request", "你的工單");

    /** Above the numbered quick replies. */
    static final Localized CHOOSE =
            new Localized("回复对应的数字即可选择：", "Reply with the number of your choice:", "回覆對應的數字即可選擇：");

    /** The footer's first line; {@code %s} is the ticket reference. */
    static final Localized FOOTER = new Localized(
            "工单 %s：直接回复这封邮件即可继续对话。",
            "Ticket %s: reply to this email to continue the conversation.", "工單 %s：直接回覆這封郵件即可繼續對話。");

    /** The footer's second line: a mail is where phishing for a wallet's keys happens. */
    static final Localized NEVER_ASK = new Localized(
            "我们绝不会向你索要助记词或私钥。", "We will never ask for your recovery phrase or private key.", "我們絕不會向你索取助記詞或私鑰。");

    private MailPhrases() {}

    static String text(Localized phrase, ReplyLanguage language) {
        return switch (language) {
            case SIMPLIFIED -> phrase.zh();
            case TRADITIONAL -> phrase.zhHant();
            case ENGLISH -> phrase.en();
        };
    }

    /** The BCP 47 tag of a language, for {@code Content-Language} and HTML's {@code lang}. */
    static String tag(ReplyLanguage language) {
        return switch (language) {
            case SIMPLIFIED -> "zh-Hans";
            case TRADITIONAL -> "zh-Hant";
            case ENGLISH -> "en";
        };
    }
}
