package dev.baton.details;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an error message the user reports, in order of confidence: quoted text after a word such as
 * 报错, 提示, 显示, error, says; text after {@code error:} or {@code 报错：}; quoted text holding a well-known
 * error; a well-known error written bare ({@code insufficient funds}, {@code 余额不足} ...).
 */
final class ErrorMessages {
    private static final String QUOTED = "(?:\"(?<q1>[^\"\\n]{1,200})\"|“(?<q2>[^”\\n]{1,200})”|「(?<q3>[^」\\n]{1,200})」"
            + "|『(?<q4>[^』\\n]{1,200})』|(?<![A-Za-z])'(?<q5>[^'\\n]{1,200})'|‘(?<q6>[^’\\n]{1,200})’)";
    private static final Pattern CUED_QUOTE = Pattern.compile(
            "(?:报错|報錯|错误|錯誤|提示|显示|顯示|弹出|彈出|弹窗|彈窗"
                    + "|写着|寫著|(?<![a-z])(?:error|says|saying|shows|showed|showing|displays|displayed|message|reads"
                    + "|popped\\s+up|pops\\s+up|returned|returns|failed\\s+with)(?![a-z]))"
                    + "[^\"“「『‘\\n]{0,20}?" + QUOTED,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_QUOTE = Pattern.compile(QUOTED);
    private static final Pattern AFTER_COLON = Pattern.compile(
            "(?:报错|報錯|错误信息|錯誤信息|错误|錯誤|提示|(?<![a-z])(?:error|err|failed|failure)(?![a-z]))\\s*[:：]\\s*"
                    + "(?<text>[^\\s\"“「『‘][^\\n\"“「『‘。！!？?；;，,]{0,119})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern KNOWN = Pattern.compile(
            "insufficient\\s+funds(?:\\s+for\\s+gas(?:\\s*\\*\\s*price\\s*\\+\\s*value)?)?"
                    + "|execution\\s+reverted(?::[^\\n\"”。，,]{1,80})?|nonce\\s+too\\s+(?:low|high)|out\\s+of\\s+gas"
                    + "|(?:replacement\\s+)?transaction\\s+underpriced|intrinsic\\s+gas\\s+too\\s+low"
                    + "|gas\\s+required\\s+exceeds\\s+allowance|insufficient\\s+balance|transaction\\s+failed|network\\s+error"
                    + "|invalid\\s+address|余额不足|餘額不足|网络错误|網絡錯誤|網路錯誤|签名失败|簽名失敗|交易失败|交易失敗"
                    + "|手续费不足|手續費不足|矿工费不足|礦工費不足|gas\\s*费?不足|能量不足|带宽不足|帶寬不足|地址无效|无效地址|無效地址"
                    + "|地址错误|地址錯誤",
            Pattern.CASE_INSENSITIVE);
    private static final Starts CUE_STARTS = new Starts("报報错錯提显顯弹彈写寫esdmrpf");
    private static final Starts COLON_STARTS = new Starts("报報错錯提ef");
    private static final Starts QUOTE_STARTS = new Starts("\"“「『'‘");
    private static final Starts KNOWN_STARTS = new Starts("ientorg余餘网網签簽交手矿礦能带帶地无無");

    private ErrorMessages() {}

    /** The error message reported in {@code text}, if any. */
    static Optional<String> find(String text) {
        boolean quotes = containsAny(text, "\"“「『'‘");
        Matcher cued = Starts.matcher(CUED_QUOTE, text);
        if (quotes && CUE_STARTS.find(cued, text, 0)) {
            return Optional.of(quoted(cued));
        }
        Matcher colon = Starts.matcher(AFTER_COLON, text);
        if (containsAny(text, ":：") && COLON_STARTS.find(colon, text, 0)) {
            return Optional.of(sentence(colon.group("text")));
        }
        Matcher quote = Starts.matcher(ANY_QUOTE, text);
        for (boolean found = quotes && QUOTE_STARTS.find(quote, text, 0);
                found;
                found = QUOTE_STARTS.find(quote, text, quote.end())) {
            String inside = quoted(quote);
            if (KNOWN_STARTS.find(Starts.matcher(KNOWN, inside), inside, 0)) {
                return Optional.of(inside);
            }
        }
        Matcher known = Starts.matcher(KNOWN, text);
        return KNOWN_STARTS.find(known, text, 0) ? Optional.of(known.group().trim()) : Optional.empty();
    }

    private static boolean containsAny(String text, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (text.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String quoted(Matcher m) {
        for (int i = 1; i <= 6; i++) {
            String group = m.group("q" + i);
            if (group != null) {
                return group.trim();
            }
        }
        throw new IllegalStateException("a quote matched without its group: " + m.group());
    }

    /** The text up to the end of its sentence: a full stop followed by a space or the end. */
    private static String sentence(String text) {
        int stop = text.indexOf(". ");
        String s = (stop >= 0 ? text.substring(0, stop) : text).trim();
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).trim();
        }
        return s;
    }
}
