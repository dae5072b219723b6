package dev.baton.safety;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds what the user says is their secret, whether or not it passes a word list or a checksum: a message
 * that names a recovery phrase or private key ("这是我的助记词", "pasting my seed below", "私钥给你们") next to
 * a run that looks like one. A misremembered phrase, or one from another wallet's list, fails the BIP-39
 * checks and a key with a typo fails Base58Check, yet the user has just told us what it is.
 *
 * <p>Two shapes count ({@link SecretShapes}), starting within {@value #WINDOW} chars after the naming word (a
 * phrase may also end just before it):
 * <ul>
 *   <li>a phrase: at least {@value SecretShapes#MIN_WORDS} consecutive words of 3-12 Latin letters with at most
 *       one everyday English word among them ("is", "the", "app", ...), so a sentence about the phrase ("my
 *       seed phrase is not working when i import it") is not taken for one; or at least
 *       {@value SecretShapes#MIN_WORDS} single Han characters separated by spaces or commas;</li>
 *   <li>a key: one token of at least {@value SecretShapes#MIN_KEY} chars without spaces that mixes letters and
 *       digits, unless the nearest naming word before it is a transaction hash, an address or a link.</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class DeclaredSecretDetector implements SecretDetector {

    static final int WINDOW = 60;
    /** How far back a phrase written before its name may start, and how close to the name it must end. */
    static final int LOOK_BACK = 400;

    static final int GAP = 20;
    /**
     * Names looked around per list: a message that names its phrase more often than this is stuffed, and
     * looking around every mention would make a scan quadratic in its length.
     */
    static final int MAX_NAMES = 16;
    /** Fewer words after a phrase's name, ending the message, are held as a part of it. */
    static final int PART_WORDS = 3;
    /** How far back a key written before its name may start: longer than any key. */
    static final int KEY_LOOK_BACK = 120;

    private static final List<String> PHRASE_NAMES = List.of(
            "助记词",
            "助記詞",
            "恢复短语",
            "恢復短語",
            "种子词",
            "種子詞",
            "seed",
            "mnemonic",
            "recovery phrase",
            "recovery words",
            "secret phrase",
            "12 words",
            "24 words",
            "twelve words",
            "12个词",
            "12個詞",
            "十二个词",
            "十二個詞",
            "12个单词",
            "12個單詞",
            "my words",
            "these words",
            "backup words",
            "secret words",
            "mnemonic words",
            "my phrase",
            "备份词",
            "備份詞");
    private static final List<String> KEY_NAMES =
            List.of("私钥", "私鑰", "密钥", "密鑰", "private key", "privkey", "secret key", "priv key");
    private static final List<String> OTHER_NAMES = List.of(
            "txid", "tx id", "hash", "哈希", "交易号", "交易id", "address", "地址", "http", "www.", "link", "链接", "連結", "邀请码",
            "invite", "code", "error", "错误", "錯誤", "报错", "報錯", "order", "订单", "訂單");
    private static final Set<String> CONNECTING_WORDS =
            Set.of("is", "are", "was", "were", "here", "part", "first", "next", "rest", "then", "and", "continued");

    private final SecretShapes shapes;

    /** @param ordinaryWords words ordinary support messages use (see {@code everyday_words.txt}) */
    DeclaredSecretDetector(Set<String> ordinaryWords) {
        this.shapes = new SecretShapes(ordinaryWords);
    }

    @Override
    public void detect(String text, ScanContext context, List<SecretFinding> out) {
        String lower = text.toLowerCase(Locale.ROOT);
        scanNames(text, lower, PHRASE_NAMES, SecretKind.RECOVERY_PHRASE, out);
        scanNames(text, lower, KEY_NAMES, SecretKind.PRIVATE_KEY, out);
    }

    private void scanNames(String text, String lower, List<String> names, SecretKind kind, List<SecretFinding> out) {
        int looked = 0;
        for (String name : names) {
            for (int at = lower.indexOf(name); at >= 0 && looked < MAX_NAMES; at = lower.indexOf(name, at + 1)) {
                looked++;
                int after = at + name.length();
                findAfter(text, lower, after, Math.min(text.length(), after + WINDOW), kind, out);
                findBefore(text, Math.max(0, at - LOOK_BACK), at, out);
                if (kind == SecretKind.PRIVATE_KEY) {
                    findKeyBefore(text, Math.max(0, at - GAP - KEY_LOOK_BACK), at, out);
                }
            }
        }
    }

    /** The first phrase or key that starts in [from, to). */
    private void findAfter(String text, String lower, int from, int to, SecretKind kind, List<SecretFinding> out) {
        for (int i = from; i < to; i++) {
            if (i > 0 && isTokenChar(text.charAt(i - 1)) && isTokenChar(text.charAt(i))) {
                continue;
            }
            int end = shapes.runEnd(text, i);
            if (end > i) {
                out.add(new SecretFinding(SecretKind.RECOVERY_PHRASE, i, end, false));
                return;
            }
            int keyEnd = SecretShapes.keyEnd(text, i);
            if (keyEnd > i && !otherNameCloser(lower, from, i)) {
                out.add(new SecretFinding(
                        kind == SecretKind.RECOVERY_PHRASE ? SecretKind.PRIVATE_KEY : kind, i, keyEnd, false));
                return;
            }
        }
        if (kind == SecretKind.RECOVERY_PHRASE) {
            findPart(text, from, to, out);
        }
    }

    /** A phrase that ends at most {@value #GAP} chars before the naming word ("blorv tenquil … 这是我的助记词"). */
    private void findBefore(String text, int from, int name, List<SecretFinding> out) {
        for (int i = from; i < name; i++) {
            if (i > 0 && isTokenChar(text.charAt(i - 1))) {
                continue;
            }
            int end = shapes.runEnd(text, i);
            if (end > i && end <= name && name - end <= GAP) {
                out.add(new SecretFinding(SecretKind.RECOVERY_PHRASE, i, end, false));
                return;
            }
        }
    }

    /** A key-like token that ends at most {@value #GAP} chars before the key's name ("0x…af is my private key"). */
    private static void findKeyBefore(String text, int from, int name, List<SecretFinding> out) {
        for (int i = from; i < name; i++) {
            if (i > 0 && text.charAt(i - 1) > ' ' && text.charAt(i - 1) < 127 && text.charAt(i - 1) != ',') {
                continue;
            }
            int end = SecretShapes.keyEnd(text, i);
            if (end > i && end <= name && name - end <= GAP) {
                out.add(new SecretFinding(SecretKind.PRIVATE_KEY, i, end, false));
                return;
            }
        }
    }

    /**
     * A part of a phrase the user named ("my words (1/3): hold …"): {@value #PART_WORDS} or more words, not
     * mostly ordinary ones, that end the message. Held like any part, and counted towards the whole.
     */
    private boolean findPart(String text, int from, int to, List<SecretFinding> out) {
        for (int i = from; i < to; i++) {
            if (i > 0 && isTokenChar(text.charAt(i - 1))) {
                continue;
            }
            if (!onlyConnectors(text, from, i)) {
                return false;
            }
            int[] run = shapes.latinRun(text, i);
            if (run[1] >= PART_WORDS
                    && run[1] < SecretShapes.MIN_WORDS
                    && run[2] * 2 <= run[1]
                    && SecretShapes.skipSeparators(text, run[0]) >= text.length()) {
                out.add(new SecretFinding(SecretKind.PHRASE_PART, i, run[0], false, run[1]));
                return true;
            }
        }
        return false;
    }

    /** Whether nothing but punctuation, numbering and a connecting word ("is", "are") stands between. */
    private static boolean onlyConnectors(String text, int from, int to) {
        int i = from;
        while (i < to) {
            if (!SecretShapes.isWordLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < to && SecretShapes.isWordLetter(text.charAt(j))) {
                j++;
            }
            if (!CONNECTING_WORDS.contains(text.substring(i, j).toLowerCase(Locale.ROOT))) {
                return false;
            }
            i = j;
        }
        return true;
    }

    /** Whether a transaction hash, address or link is named between the secret's name and the token. */
    private static boolean otherNameCloser(String lower, int from, int token) {
        String between = lower.substring(from, token);
        for (String other : OTHER_NAMES) {
            if (between.contains(other)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTokenChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
