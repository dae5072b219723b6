package dev.baton.channel.email;

import java.util.regex.Pattern;

/**
 * The lines mail clients write where quoted history or a signature begins, in English and Chinese: what
 * {@link ReplyText} cuts at. Lines are matched trimmed, with non-breaking spaces (also QQ Mail's literal
 * {@code &nbsp;}) read as spaces.
 */
final class QuoteMarkers {

    /** The longest attribution line ("On ... wrote:") looked for; the text before a real one is short. */
    static final int MAX_ATTRIBUTION = 300;

    /** How many lines an attribution may be wrapped over (Gmail wraps at 80 characters). */
    static final int ATTRIBUTION_LINES = 3;

    /** How many lines below a "From:" line its "Sent:" and "To:" lines are looked for. */
    static final int HEADER_BLOCK_LINES = 6;

    /** A separator line: Outlook, Foxmail, QQ Mail, Yahoo, NetEase, in English and Chinese. */
    private static final Pattern SEPARATOR = Pattern.compile(
            "^[-_=]{2,}\\s*(original message|original|reply message|原始邮件|原始郵件|邮件原件|郵件原件|回复的原邮件"
                    + "|回覆的原郵件|原邮件|原郵件)\\s*[-_=]{2,}$",
            Pattern.CASE_INSENSITIVE);

    /** Where a forwarded message begins: Gmail, Apple Mail, Thunderbird, in English and Chinese. */
    private static final Pattern FORWARD = Pattern.compile(
            "^([-_=]{2,}\\s*(forwarded message|original forwarded message|转发的邮件|轉寄的郵件|转发邮件|轉寄郵件)\\s*[-_=]{2,}"
                    + "|begin forwarded message\\s?:|以下为转发的邮件\\s?[:：]?|以下為轉寄的郵件\\s?[:：]?)$",
            Pattern.CASE_INSENSITIVE);

    /** English attribution: "On Tue, Dec 1, 2026 at 10:00 AM Zhang San <a@b.c> wrote:" (Gmail, Apple Mail...). */
    private static final Pattern ON_WROTE = Pattern.compile("^On\\s.+\\swrote\\s?:$", Pattern.CASE_INSENSITIVE);

    /** "Zhang San <a@b.c> wrote:", with the address whole (so no wrapped tail of the line above matches). */
    private static final Pattern NAME_WROTE =
            Pattern.compile("^[^<>]{0,120}<[^<>\\s]+@[^<>\\s]+>\\s*wrote\\s?:$", Pattern.CASE_INSENSITIVE);

    /**
     * Chinese attribution: Gmail {@code 在 2026年12月1日周二 10:00，张三 <a@b.c> 写道：}, NetEase
     * {@code 在 2026-12-01 10:00:00，"x" <a@b.c> 写道：}, Gmail Traditional {@code 張三 <a@b.c> 於 2026年12月1日 寫道：},
     * Apple Mail {@code 2026年12月1日 10:00，张三 <a@b.c> 写道：}. Needs a digit or an address in it.
     */
    private static final Pattern CHINESE_WROTE = Pattern.compile("^.*(写道|寫道|寫到|写到)\\s?[:：]$");

    private static final Pattern DATE_OR_ADDRESS = Pattern.compile("[0-9０-９@]");

    /** The start of a line that opens an attribution wrapped over several lines. */
    private static final Pattern ATTRIBUTION_START = Pattern.compile("^(On\\s|在|於|[0-9]).*");

    private static final Pattern FROM =
            Pattern.compile("^\\*?(From|发件人|發件人|寄件者|寄件人)\\*?\\s?[:：].*", Pattern.CASE_INSENSITIVE);

    private static final Pattern SENT = Pattern.compile(
            "^\\*?(Sent|Date|发送时间|發送時間|寄件日期|傳送時間|发送日期|日期|时间|時間)\\*?\\s?[:：].*", Pattern.CASE_INSENSITIVE);

    private static final Pattern TO_OR_SUBJECT =
            Pattern.compile("^\\*?(To|Subject|Cc|收件人|收件者|主题|主題|主旨|抄送|副本)\\*?\\s?[:：].*", Pattern.CASE_INSENSITIVE);

    /** A mobile or webmail client's sign-off, in English, Simplified and Traditional Chinese. */
    private static final Pattern SIGN_OFF = Pattern.compile(
            "^[-—–_\\s]*("
                    + "sent (from|with|via) (my )?(iphone|ipad|ipod|apple watch|android|mobile|phone|blackberry|samsung"
                    + "|galaxy|huawei|honor|xiaomi|oppo|vivo|oneplus|pixel|mail for windows|outlook|yahoo mail|aol"
                    + "|proton ?mail|gmail|zoho mail|tutanota)[\\w .,()-]{0,40}"
                    + "|get outlook for \\w+"
                    + "|(发自|發自|发送自|發送自)\\s*(我的)?\\s*[^,，。!！?？:：]{1,24}"
                    + "|(来自|來自)我的\\s*[^,，。!！?？:：]{1,24}"
                    + "|(从|從)我的\\s*[^,，。!！?？:：]{1,24}\\s*(发送|傳送|發送)"
                    + ")\\.?$",
            Pattern.CASE_INSENSITIVE);

    private QuoteMarkers() {}

    /** A line read for matching: trimmed, with non-breaking spaces as spaces. */
    static String clean(String line) {
        return line.replace("&nbsp;", " ")
                .replace('\u00a0', ' ')
                .replace('\u3000', ' ')
                .strip();
    }

    static boolean quoted(String cleanLine) {
        return cleanLine.startsWith(">");
    }

    static boolean forward(String cleanLine) {
        return FORWARD.matcher(cleanLine).matches();
    }

    static boolean separator(String cleanLine) {
        return SEPARATOR.matcher(cleanLine).matches();
    }

    /** The dash-dash-space line before a signature (the space is often lost on the way). */
    static boolean signatureDelimiter(String rawLine) {
        return rawLine.equals("-- ") || rawLine.equals("--");
    }

    /** Whether {@code text}, one line or several joined by spaces, is a whole attribution line. */
    static boolean attribution(String text) {
        if (text.length() > MAX_ATTRIBUTION || !bracketsPaired(text)) {
            return false; // an unpaired bracket: the wrapped tail of an attribution, not a whole one
        }
        return ON_WROTE.matcher(text).matches()
                || NAME_WROTE.matcher(text).matches()
                || (CHINESE_WROTE.matcher(text).matches()
                        && DATE_OR_ADDRESS.matcher(text).find());
    }

    private static boolean bracketsPaired(String text) {
        int open = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                open++;
            } else if (c == '>' && --open < 0) {
                return false;
            }
        }
        return open == 0;
    }

    /** Whether an attribution wrapped over lines may start with {@code cleanLine}. */
    static boolean attributionStart(String cleanLine) {
        return ATTRIBUTION_START.matcher(cleanLine).matches();
    }

    static boolean from(String cleanLine) {
        return FROM.matcher(cleanLine).matches();
    }

    static boolean sent(String cleanLine) {
        return SENT.matcher(cleanLine).matches();
    }

    static boolean toOrSubject(String cleanLine) {
        return TO_OR_SUBJECT.matcher(cleanLine).matches();
    }

    static boolean signOff(String cleanLine) {
        return cleanLine.length() <= 80 && SIGN_OFF.matcher(cleanLine).matches();
    }

    /** A line of only rules (Outlook's underscores above its header block). */
    static boolean rule(String cleanLine) {
        return cleanLine.length() >= 5 && cleanLine.chars().allMatch(c -> c == '_' || c == '-' || c == '=');
    }
}
