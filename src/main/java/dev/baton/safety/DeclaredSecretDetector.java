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
 * <p>Two shapes count, starting within {@value #WINDOW} chars after the naming word (a phrase may also end
 * just before it):
 * <ul>
 *   <li>a phrase: at least {@value #MIN_WORDS} consecutive words of 3-12 Latin letters with at most one
 *       everyday English word among them ("is", "the", "app", ...), so a sentence about the phrase ("my seed
 *       phrase is not working when i import it") is not taken for one; or at least {@value #MIN_WORDS}
 *       single Han characters separated by spaces or commas;</li>
 *   <li>a key: one token of at least {@value #MIN_KEY} chars without spaces that mixes letters and digits,
 *       unless the nearest naming word before it is a transaction hash, an address or a link.</li>
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
    static final int MIN_WORDS = 8;
    /** Fewer words after a phrase's name, ending the message, are held as a part of it. */
    static final int PART_WORDS = 3;
    static final int MIN_KEY = 20;
    /** How far back a key written before its name may start: longer than any key. */
    static final int KEY_LOOK_BACK = 120;

    private static final List<String> PHRASE_NAMES = List.of("助记词", "助記詞", "恢复短语", "恢復短語", "种子词",
            "種子詞", "seed", "mnemonic", "recovery phrase", "recovery words", "secret phrase", "12 words",
            "24 words", "twelve words", "12个词", "12個詞", "十二个词", "十二個詞", "12个单词", "12個單詞", "my words",
            "these words", "backup words", "secret words", "mnemonic words", "my phrase", "备份词", "備份詞");
    private static final List<String> KEY_NAMES = List.of("私钥", "私鑰", "密钥", "密鑰", "private key", "privkey",
            "secret key", "priv key");
    private static final List<String> OTHER_NAMES = List.of("txid", "tx id", "hash", "哈希", "交易号", "交易id",
            "address", "地址", "http", "www.", "link", "链接", "連結", "邀请码", "invite", "code", "error", "错误",
            "錯誤", "报错", "報錯", "order", "订单", "訂單");
    private static final Set<String> CONNECTING_WORDS = Set.of("is", "are", "was", "were", "here", "part", "first",
            "next", "rest", "then", "and", "continued");
    private static final Set<String> EVERYDAY = Set.of("the", "and", "but", "for", "not", "you", "your", "are",
            "was", "were", "can", "cant", "can't", "why", "how", "what", "when", "where", "with", "this", "that",
            "have", "has", "had", "does", "did", "its", "it's", "app", "wallet", "phrase", "seed", "words", "word",
            "key", "please", "pls", "help", "check", "import", "error", "invalid", "wrong", "working", "work",
            "again", "into", "from", "they", "them", "there", "here", "just", "said", "says", "ask", "asked",
            "will", "would", "should", "could", "our", "out", "all", "any", "one", "who", "got", "get", "let",
            "see", "yes", "now", "still", "keep", "keeps", "tried", "try", "show", "shows", "showing");

    private final Set<String> ordinaryWords;

    /** @param ordinaryWords words ordinary support messages use (see {@code everyday_words.txt}) */
    DeclaredSecretDetector(Set<String> ordinaryWords) {
        this.ordinaryWords = Set.copyOf(ordinaryWords);
    }

    @Override
    public void detect(String text, ScanContext context, List<SecretFinding> out) {
        String lower = text.toLowerCase(Locale.ROOT);
        scanNames(text, lower, PHRASE_NAMES, SecretKind.RECOVERY_PHRASE, out);
        scanNames(text, lower, KEY_NAMES, SecretKind.PRIVATE_KEY, out);
    }

    private void scanNames(String text, String lower, List<String> names, SecretKind kind,
                                  List<SecretFinding> out) {
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
    private void findAfter(String text, String lower, int from, int to, SecretKind kind,
                                  List<SecretFinding> out) {
        for (int i = from; i < to; i++) {
            if (i > 0 && isTokenChar(text.charAt(i - 1)) && isTokenChar(text.charAt(i))) {
                continue;
            }
            int end = runEnd(text, i);
            if (end > i) {
                out.add(new SecretFinding(SecretKind.RECOVERY_PHRASE, i, end, false));
                return;
            }
            int keyEnd = keyEnd(text, i);
            if (keyEnd > i && !otherNameCloser(lower, from, i)) {
                out.add(new SecretFinding(kind == SecretKind.RECOVERY_PHRASE ? SecretKind.PRIVATE_KEY : kind,
                        i, keyEnd, false));
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
            int end = runEnd(text, i);
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
            int end = keyEnd(text, i);
            if (end > i && end <= name && name - end <= GAP) {
                out.add(new SecretFinding(SecretKind.PRIVATE_KEY, i, end, false));
                return;
            }
        }
    }

    /** The end of a phrase-like run starting at {@code start}, or {@code start} if there is none. */
    private int runEnd(String text, int start) {
        int latin = latinRunEnd(text, start);
        return latin > start ? latin : hanRunEnd(text, start);
    }

    private int latinRunEnd(String text, int start) {
        int[] run = latinRun(text, start);
        // A list of topics ("help pages about unlock, screen lock, visa card") is mostly words people use.
        return run[1] >= MIN_WORDS && run[2] * 2 <= run[1] ? run[0] : start;
    }

    /**
     * The words from {@code start}: {end, how many, how many are ordinary words}. At most one everyday
     * English word ("is", "the", "app") may stand among them.
     */
    private int[] latinRun(String text, int start) {
        int n = text.length();
        int i = start;
        int words = 0;
        int everyday = 0;
        int ordinary = 0;
        int end = start;
        while (i < n) {
            int j = i;
            while (j < n && isWordLetter(text.charAt(j))) {
                j++;
            }
            int len = j - i;
            int shortest = j > i && text.charAt(i) < 0x80 ? 3 : 2;
            if (len < shortest || len > 12 || (j < n && Character.isLetterOrDigit(text.charAt(j)))) {
                break;
            }
            String word = text.substring(i, j).toLowerCase(Locale.ROOT);
            if (EVERYDAY.contains(word) && ++everyday > 1) {
                break;
            }
            ordinary += ordinaryWords.contains(word) ? 1 : 0;
            words++;
            end = j;
            i = skipSeparators(text, j);
            if (i == j && i < n) {
                break;
            }
        }
        return new int[] {end, words, ordinary};
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
            int[] run = latinRun(text, i);
            if (run[1] >= PART_WORDS && run[1] < MIN_WORDS && run[2] * 2 <= run[1]
                    && skipSeparators(text, run[0]) >= text.length()) {
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
            if (!isWordLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < to && isWordLetter(text.charAt(j))) {
                j++;
            }
            if (!CONNECTING_WORDS.contains(text.substring(i, j).toLowerCase(Locale.ROOT))) {
                return false;
            }
            i = j;
        }
        return true;
    }

    private static int hanRunEnd(String text, int start) {
        int n = text.length();
        int i = start;
        int chars = 0;
        int end = start;
        while (i < n && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
            if (i + 1 < n && Character.UnicodeScript.of(text.charAt(i + 1)) == Character.UnicodeScript.HAN) {
                break;
            }
            chars++;
            end = i + 1;
            int next = skipSeparators(text, i + 1);
            if (next == i + 1) {
                break;
            }
            i = next;
        }
        return chars >= MIN_WORDS ? end : start;
    }

    /** Skips spaces, commas, slashes, dashes and list numbers ("1." "2)" "3:") between words. */
    private static int skipSeparators(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == ',' || c == '，' || c == '、' || c == '/' || c == '-' || c == '|'
                    || c == ';' || c == '.' || c == ')' || c == '(' || Character.isDigit(c)
                    || c == ':' && i > 0 && Character.isDigit(text.charAt(i - 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** The end of a key-like token starting at {@code start}, or {@code start} if there is none. */
    private static int keyEnd(String text, int start) {
        int n = text.length();
        int i = start;
        boolean letter = false;
        boolean digit = false;
        while (i < n && text.charAt(i) > ' ' && text.charAt(i) < 127 && text.charAt(i) != ',') {
            char c = text.charAt(i);
            letter |= isAsciiLetter(c);
            digit |= Character.isDigit(c);
            i++;
        }
        String token = text.substring(start, i);
        if (i - start < MIN_KEY || !letter || !digit || token.contains("@") || token.contains("://")) {
            return start;
        }
        return i;
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

    /** A letter of a word in a list of words: Latin, kana, Hangul, Cyrillic; not a Chinese character. */
    private static boolean isWordLetter(char c) {
        return Character.isLetter(c) && !Character.isIdeographic(c);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isTokenChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
