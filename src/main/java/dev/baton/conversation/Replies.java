package dev.baton.conversation;

import dev.baton.decision.Decider;
import dev.baton.decision.QuickReply;
import dev.baton.details.Skip;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short replies the dialogue reads on its own, without the classifier: a satisfaction rating after an agent
 * resolved, "never mind" from a user waiting in the queue, and what a held 64-hex string was.
 */
final class Replies {

    /** Quick replies {@code rate_1} .. {@code rate_5}: the user's satisfaction after an agent resolved. */
    static final String RATE_PREFIX = "rate_";

    private static final Pattern RATING =
            Pattern.compile("\\s*([1-5])\\s*(分|星|颗星|顆星|stars?|/\\s*5)?\\s*[.!。！]?\\s*", Pattern.CASE_INSENSITIVE);
    /** What a waiting user writes to leave the queue (the whole message, give or take punctuation). */
    private static final Set<String> LEAVE_QUEUE = Set.of(
            "取消",
            "取消排队",
            "取消排隊",
            "不排了",
            "不等了",
            "不用了",
            "算了",
            "不需要了",
            "不用转人工了",
            "不用轉人工了",
            "已经解决了",
            "已經解決了",
            "自己解决了",
            "自己解決了",
            "解决了",
            "解決了",
            "搞定了",
            "自己搞定了",
            "没事了",
            "沒事了",
            "cancel",
            "cancel it",
            "never mind",
            "nevermind",
            "no need",
            "not needed anymore",
            "it's solved",
            "its solved",
            "solved",
            "sorted",
            "all good",
            "fixed it",
            "i fixed it");

    private static final Pattern PUNCTUATION = Pattern.compile("[,，.。!！;；、?？~～]+");
    private static final Pattern PUNCTUATION_OR_SPACE = Pattern.compile("[,，.。!！;；、?？~～\\s]+");

    private Replies() {}

    /** The rating a message gives: a clicked {@code rate_N}, or a lone digit 1-5 ("5", "4分", "3 stars"). */
    static Integer stars(String choice, String text) {
        if (choice != null && choice.startsWith(RATE_PREFIX)) {
            return Integer.valueOf(choice.substring(RATE_PREFIX.length()));
        }
        Matcher m = RATING.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * Whether the message, or every clause of it, says the user no longer needs an agent ("never mind",
     * "不用了，已经解决了！", "算了 搞定了").
     */
    static boolean leavesQueue(String text) {
        return text.length() <= 40
                && (Skip.isOneOf(text, LEAVE_QUEUE)
                        || everyClause(PUNCTUATION.split(text.strip()))
                        || everyClause(PUNCTUATION_OR_SPACE.split(text.strip())));
    }

    private static boolean everyClause(String[] clauses) {
        boolean any = false;
        for (String clause : clauses) {
            if (clause.isBlank()) {
                continue;
            }
            if (!Skip.isOneOf(clause, LEAVE_QUEUE)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * The answer typed to "transaction hash or private key?" ("是私钥", "its the private key", "哈希"), when that
     * was asked: a key mentioned wins, since a key that is taken for a hash stays exposed.
     */
    static Optional<String> hashOrKey(List<QuickReply> offered, String typed) {
        if (offered.stream().noneMatch(q -> Decider.HASH_IS_KEY.equals(q.id()))) {
            return Optional.empty();
        }
        if (typed.contains("私钥") || typed.contains("私鑰") || typed.contains("key") || typed.contains("密钥")) {
            return Optional.of(Decider.HASH_IS_KEY);
        }
        if (typed.contains("哈希") || typed.contains("hash") || typed.contains("tx") || typed.contains("交易")) {
            return Optional.of(Decider.HASH_IS_TRANSACTION);
        }
        return Optional.empty();
    }
}
