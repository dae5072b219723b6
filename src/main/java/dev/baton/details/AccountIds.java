package dev.baton.details;

import dev.baton.encoding.Eip55;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the account id from a reply to "what is your account email or username?": the email if there is
 * one, else a username-like token of 3-64 letters, digits or {@code . _ - @} (Chinese letters allowed).
 *
 * <p>A token right after a cue ({@code 用户名：}, {@code 我的账号是}, {@code my username is}) is taken as is;
 * without a cue the reply must be that one token, or the token must look like a handle (letters with a digit
 * or one of {@code . _ -}), and either way hold an ASCII letter or digit, so that a Chinese sentence is never
 * taken for a name.
 * A wallet address, a transaction hash, an amount or a redaction placeholder is never an account id.
 */
public final class AccountIds {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[\\s*redacted[^\\]]*\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern CUE = Pattern.compile(
            "(?:(?:用户名|用戶名|账号|賬號|帳號|帐号|账户|賬戶|帳戶|帐户|用户|用戶|名字|邮箱|郵箱"
                    + "|(?<![a-z])(?:user\\s*name|user\\s*id|uid|id|account(?:\\s*(?:name|id))?|login|handle|name"
                    + "|e-?mail)(?![a-z]))\\s*(?:是|为|為|叫|:|：|=|(?<![a-z])(?:is|was)(?![a-z]))|我叫|叫做|我是)[\\s:：]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}._@\\-]+");
    private static final Pattern TRIM = Pattern.compile("^[._@\\-]+|(?:[._@\\-]|谢谢|謝謝|[哦喔啊呀吧呢啦哈了])+$");
    private static final Set<String> NOT_NAMES = Set.of(
            "yes",
            "yeah",
            "ok",
            "okay",
            "sure",
            "hello",
            "thanks",
            "thank",
            "sorry",
            "help",
            "what",
            "why",
            "hmm",
            "email",
            "username",
            "account",
            "redacted");
    private static final int MIN = 3;
    private static final int MAX = 64;

    private AccountIds() {}

    /** The email or username in {@code answer}, or empty when it holds neither. */
    public static Optional<String> accountId(String answer) {
        if (answer == null || answer.isBlank() || Skip.isSkip(answer)) {
            return Optional.empty();
        }
        String text = PLACEHOLDER.matcher(answer).replaceAll("\n");
        Optional<String> email = Emails.find(text);
        if (email.isPresent()) {
            return email;
        }
        Matcher cue = CUE.matcher(text);
        while (cue.find()) {
            Matcher token = TOKEN.matcher(text).region(cue.end(), text.length());
            if (token.lookingAt()) {
                String name = clean(token.group());
                if (acceptable(name)) {
                    return Optional.of(name);
                }
            }
        }
        Matcher token = TOKEN.matcher(text);
        String only = null;
        int count = 0;
        while (token.find()) {
            String name = clean(token.group());
            count++;
            if (acceptable(name) && hasAsciiAlphanumeric(name)) {
                if (looksLikeHandle(name)) {
                    return Optional.of(name);
                }
                only = name;
            }
        }
        return count == 1 ? Optional.ofNullable(only) : Optional.empty();
    }

    private static String clean(String token) {
        return TRIM.matcher(token).replaceAll("");
    }

    private static boolean acceptable(String name) {
        int length = name.codePointCount(0, name.length());
        return length >= MIN
                && length <= MAX
                && !NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))
                && !Skip.isSkip(name)
                && !isChainValue(name)
                && Amounts.find(name).isEmpty()
                && name.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean isChainValue(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (!ChainTokens.isAsciiAlphanumeric(name.charAt(i))) {
                return false;
            }
        }
        boolean longHex = name.length() >= 32 && Eip55.isHex(name);
        return longHex || ChainTokens.recognize(name, true).isPresent();
    }

    /** Letters mixed with digits or joined by {@code . _ -}, as handles are; a bare number may be a year. */
    private static boolean looksLikeHandle(String name) {
        return name.codePoints().anyMatch(Character::isLetter)
                && name.chars().anyMatch(c -> c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-');
    }

    private static boolean hasAsciiAlphanumeric(String name) {
        return name.chars().anyMatch(c -> ChainTokens.isAsciiAlphanumeric((char) c));
    }
}
