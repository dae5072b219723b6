package dev.baton.details;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a reply that declines to give a detail: {@code skip}, {@code 跳过}, {@code 不知道},
 * {@code 没有}, {@code n/a} ... The whole reply must be such a word, give or take punctuation, spacing,
 * case, emoji, a trailing particle ({@code 算了吧}, {@code 没有了}) or a please; a longer message that
 * merely contains one ({@code 没有收到币}) is an answer, not a skip.
 */
public final class Skip {
    private static final Set<String> WORDS = Set.of(
            "skip",
            "skip it",
            "skip this",
            "skip this one",
            "pass",
            "n/a",
            "na",
            "none",
            "nothing",
            "no",
            "nope",
            "next",
            "idk",
            "i don't know",
            "i dont know",
            "don't know",
            "dont know",
            "no idea",
            "not sure",
            "rather not say",
            "prefer not to say",
            "跳过",
            "跳過",
            "略过",
            "略過",
            "下一步",
            "算了",
            "不知道",
            "不晓得",
            "不曉得",
            "不清楚",
            "不记得",
            "不記得",
            "忘了",
            "忘记了",
            "忘記了",
            "没有",
            "沒有",
            "没",
            "沒",
            "无",
            "無",
            "不想说",
            "不想說",
            "不方便",
            "不方便说",
            "不方便說",
            "不想提供",
            "保密",
            "不用",
            "不用了",
            "不要");
    private static final Pattern EDGES = Pattern.compile("^[\\p{P}\\p{S}\\p{Z}\\s]+|[\\p{P}\\p{S}\\p{Z}\\s]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PLEASE =
            Pattern.compile("^(?:please|pls|plz)\\s+|\\s+(?:please|pls|plz|thanks|thank you)$");
    private static final String PARTICLES = "吧啊呀啦了哦喔哈呢嘛";

    private Skip() {}

    /** Whether {@code text} as a whole declines to answer. */
    public static boolean isSkip(String text) {
        return isOneOf(text, WORDS);
    }

    /**
     * Whether {@code text} as a whole is one of {@code words} (lower case), give or take punctuation, spacing,
     * case, emoji, a trailing particle or a please.
     */
    public static boolean isOneOf(String text, Set<String> words) {
        if (text == null || text.length() > 40) {
            return false;
        }
        String s = normalise(text);
        if (words.contains(s)) {
            return true;
        }
        s = normalise(PLEASE.matcher(s).replaceAll(""));
        while (!s.isEmpty()) {
            if (words.contains(s)) {
                return true;
            }
            if (PARTICLES.indexOf(s.charAt(s.length() - 1)) < 0) {
                return false;
            }
            s = normalise(s.substring(0, s.length() - 1));
        }
        return false;
    }

    private static String normalise(String text) {
        String s = text.replace('’', '\'').toLowerCase(Locale.ROOT);
        s = EDGES.matcher(s).replaceAll("");
        return SPACES.matcher(s).replaceAll(" ");
    }
}
