package dev.baton.channel.email;

import java.util.ArrayList;
import java.util.List;

/**
 * The new part of a reply: the text above the quoted history and the signature, so Baton and the agent read
 * what the user wrote this time and not the whole thread again. The text is cut at the first of
 * <ul>
 *   <li>a quoted line ({@code > ...});
 *   <li>an attribution line, also wrapped over up to three lines: "On ... wrote:", "Zhang San &lt;a@b.c&gt;
 *       wrote:", {@code 在 ... 写道：} (Gmail, NetEase 163), {@code ... 於 ... 寫道：}, Apple Mail's
 *       {@code 2026年12月1日 10:00，张三 <a@b.c> 写道：};
 *   <li>a separator: {@code -----Original Message-----}, {@code -----原始邮件-----}, {@code -----邮件原件-----},
 *       Foxmail and QQ Mail's {@code ------------------ 原始邮件 ------------------} and
 *       {@code ------------------&nbsp;Original&nbsp;------------------};
 *   <li>a header block as Outlook and QQ Mail quote: a "From:" line ({@code 发件人:}, {@code 寄件者:}) with a
 *       "Sent:" or "Date:" line ({@code 发送时间:}, {@code 寄件日期:}) and a "To:" or "Subject:" line below it;
 *   <li>the signature delimiter {@code -- };
 * </ul>
 * and then a mobile client's sign-off on its last line ("Sent from my iPhone", {@code 发自我的iPhone},
 * {@code 從我的 iPhone 傳送}, {@code 发自网易邮箱大师}) is dropped too: only there, as "Sent from my ..." could
 * begin a sentence about a transfer. A forwarded message ("---------- Forwarded message ---------",
 * {@code ---------- 转发的邮件 ---------}, "Begin forwarded message:") is kept with its headers, also below a
 * signature: what a user forwards to support is what they want read. When nothing would be left (a user who answered
 * between the quoted lines) the whole text is kept.
 */
public final class ReplyText {

    private ReplyText() {}

    /** The new part of {@code body}, trimmed; the whole body, trimmed, when cutting would leave nothing. */
    public static String of(String body) {
        String[] lines = body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        String[] clean = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            clean[i] = QuoteMarkers.clean(lines[i]);
        }
        int forward = 0;
        while (forward < lines.length && !QuoteMarkers.forward(clean[forward])) {
            forward++;
        }
        int cut = cut(lines, clean, forward);
        List<String> kept = new ArrayList<>(List.of(lines).subList(0, cut));
        boolean trimmed;
        do {
            trimmed = false;
            while (!kept.isEmpty() && blankOrRule(QuoteMarkers.clean(kept.get(kept.size() - 1)))) {
                kept.remove(kept.size() - 1);
                trimmed = true;
            }
            if (!kept.isEmpty() && QuoteMarkers.signOff(QuoteMarkers.clean(kept.get(kept.size() - 1)))) {
                kept.remove(kept.size() - 1);
                trimmed = true;
            }
        } while (trimmed);
        String text = String.join("\n", kept).strip();
        if (cut < forward && forward < lines.length && QuoteMarkers.signatureDelimiter(lines[cut])) {
            // a signature above a forwarded message: the signature goes, what was forwarded stays
            String forwarded = String.join("\n", List.of(lines).subList(forward, lines.length))
                    .strip();
            text = text.isEmpty() ? forwarded : text + "\n\n" + forwarded;
        }
        return text.isEmpty() ? body.strip() : text;
    }

    private static boolean blankOrRule(String cleanLine) {
        return cleanLine.isEmpty() || QuoteMarkers.rule(cleanLine);
    }

    /**
     * The index of the first line of quoted history or signature above line {@code forward} (where a
     * forwarded message starts, or the number of lines), or the number of lines when there is none.
     */
    private static int cut(String[] lines, String[] clean, int forward) {
        for (int i = 0; i < forward; i++) {
            if (QuoteMarkers.quoted(clean[i])
                    || QuoteMarkers.separator(clean[i])
                    || QuoteMarkers.signatureDelimiter(lines[i])
                    || QuoteMarkers.attribution(clean[i])
                    || wrappedAttribution(clean, i)
                    || headerBlock(clean, i)) {
                return i;
            }
        }
        return lines.length;
    }

    /**
     * Whether an attribution starts at line {@code i} and ends up to two lines below (Gmail wraps long ones);
     * not when one of those lines is an attribution by itself, which is then where the cut is.
     */
    private static boolean wrappedAttribution(String[] clean, int i) {
        if (clean[i].isEmpty() || !QuoteMarkers.attributionStart(clean[i])) {
            return false;
        }
        StringBuilder joined = new StringBuilder(clean[i]);
        for (int k = 1; k < QuoteMarkers.ATTRIBUTION_LINES && i + k < clean.length; k++) {
            String next = clean[i + k];
            if (next.isEmpty() || QuoteMarkers.attribution(next) || joined.length() > QuoteMarkers.MAX_ATTRIBUTION) {
                return false;
            }
            // A wrapped Chinese line goes on without a space; an English one at a space.
            boolean cjk =
                    Character.UnicodeScript.of(joined.codePointBefore(joined.length())) == Character.UnicodeScript.HAN;
            joined.append(cjk ? "" : " ").append(next);
            if (QuoteMarkers.attribution(joined.toString())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a quoted header block ("From:", then "Sent:" and "To:" or "Subject:") starts at line {@code i}. */
    private static boolean headerBlock(String[] clean, int i) {
        if (!QuoteMarkers.from(clean[i])) {
            return false;
        }
        boolean sent = false;
        boolean to = false;
        for (int k = i + 1; k < clean.length && k <= i + QuoteMarkers.HEADER_BLOCK_LINES; k++) {
            sent |= QuoteMarkers.sent(clean[k]);
            to |= QuoteMarkers.toOrSubject(clean[k]);
        }
        return sent && to;
    }
}
