package dev.baton.safety;

import java.util.List;

/**
 * Finds Chinese BIP-39 recovery phrases (Simplified or Traditional list; every word is one character).
 * Ordinary Chinese is almost all listed characters, so a phrase is recognised only when it is
 * <ol>
 *   <li>at least {@value #MIN_WORDS} listed characters each standing alone between spaces, commas or numbering;</li>
 *   <li>a run of exactly 12, 15, 18, 21 or 24 listed characters, bounded by anything that is not a Chinese
 *       character, whose checksum is valid and which is not mostly common characters; or</li>
 *   <li>at least {@value #MIN_WORDS} listed characters right after an introduction such as "助记词是" or
 *       "mnemonic:".</li>
 * </ol>
 */
final class ChinesePhraseDetector implements SecretDetector {
    static final int MIN_WORDS = 12;
    static final int COMMON_RANK = 256;
    private static final List<String> INTRODUCTIONS = List.of("助记词", "助記詞", "种子词", "種子詞");
    private static final String ENGLISH_INTRODUCTION = "mnemonic";
    private static final String CONNECTORS = "是为為:：=";
    private static final String PADDING = " \t\r\n\u3000\"'“”「『";

    private final List<Bip39Wordlist> lists;

    ChinesePhraseDetector(Bip39Wordlist simplified, Bip39Wordlist traditional) {
        this.lists = List.of(simplified, traditional);
    }

    @Override
    public void detect(String text, List<SecretFinding> out) {
        int n = text.length();
        int i = 0;
        while (i < n && !Bip39Wordlist.isCjk(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return;
        }
        WordRun spaced = new WordRun();
        while (i < n) {
            char c = text.charAt(i);
            int j = i + 1;
            if (Bip39Wordlist.isCjk(c)) {
                while (j < n && Bip39Wordlist.isCjk(text.charAt(j))) {
                    j++;
                }
                if (j - i == 1 && listed(c)) {
                    spaced.add(i, j, 0);
                } else {
                    flushSpaced(text, spaced, out);
                    if (Bip39Checksum.isMnemonicLength(j - i)) {
                        checkBoundedRun(text, i, j, out);
                    }
                }
            } else if (spaced.size() > 0 && !Separators.isGap(c) && !Separators.isDigit(c)) {
                flushSpaced(text, spaced, out);
            }
            i = j;
        }
        flushSpaced(text, spaced, out);
        findIntroduced(text, out);
    }

    private boolean listed(char c) {
        return lists.get(0).indexOf(c) >= 0 || lists.get(1).indexOf(c) >= 0;
    }

    /** Rule 1: spaced-out characters. Flagged on count alone; certain when one list gives a valid checksum. */
    private void flushSpaced(String text, WordRun spaced, List<SecretFinding> out) {
        int n = spaced.size();
        if (n >= MIN_WORDS) {
            boolean certain = false;
            for (int l = 0; l < lists.size() && !certain; l++) {
                int[][] options = new int[n][];
                boolean complete = true;
                for (int k = 0; k < n && complete; k++) {
                    int value = lists.get(l).indexOf(text.charAt(spaced.start(k)));
                    complete = value >= 0;
                    options[k] = new int[] {value};
                }
                certain = complete && PhraseChecksum.anyValid(options, null, 0, n, 0);
            }
            out.add(new SecretFinding(SecretKind.RECOVERY_PHRASE, spaced.start(0), spaced.end(n - 1), certain));
        }
        spaced.clear();
    }

    /** Rule 2: an unspaced run of mnemonic length; only a valid checksum tells it from a sentence. */
    private void checkBoundedRun(String text, int from, int to, List<SecretFinding> out) {
        for (Bip39Wordlist list : lists) {
            int[] values = new int[to - from];
            boolean complete = true;
            for (int k = from; k < to && complete; k++) {
                values[k - from] = list.indexOf(text.charAt(k));
                complete = values[k - from] >= 0;
            }
            if (complete && !readsLikeProse(values) && Bip39Checksum.valid(values)) {
                out.add(new SecretFinding(SecretKind.RECOVERY_PHRASE, from, to, true));
                return;
            }
        }
    }

    /**
     * The Chinese lists are ordered by how common a character is. A sentence is mostly made of the most
     * common ones; a mnemonic draws every word uniformly, so half of 12 words falling among the first
     * {@value #COMMON_RANK} happens to about 1 phrase in 500. This keeps the 1-in-16 chance of a sentence
     * passing a 12-word checksum from redacting ordinary messages.
     */
    private static boolean readsLikeProse(int[] values) {
        int common = 0;
        for (int value : values) {
            common += value < COMMON_RANK ? 1 : 0;
        }
        return common * 2 >= values.length;
    }

    /** Rule 3: characters the user announced as their phrase ("助记词是…", "mnemonic: …"). */
    private void findIntroduced(String text, List<SecretFinding> out) {
        for (String intro : INTRODUCTIONS) {
            for (int at = text.indexOf(intro); at >= 0; at = text.indexOf(intro, at + 1)) {
                checkAfterIntroduction(text, at + intro.length(), out);
            }
        }
        for (int at = 0; at + ENGLISH_INTRODUCTION.length() <= text.length(); at++) {
            if ((text.charAt(at) | 0x20) == 'm' && text.regionMatches(true, at, ENGLISH_INTRODUCTION, 0,
                    ENGLISH_INTRODUCTION.length())) {
                checkAfterIntroduction(text, at + ENGLISH_INTRODUCTION.length(), out);
            }
        }
    }

    private void checkAfterIntroduction(String text, int after, List<SecretFinding> out) {
        int p = skip(text, after, PADDING);
        if (p < text.length() && CONNECTORS.indexOf(text.charAt(p)) >= 0) {
            checkIntroducedRun(text, skip(text, p + 1, PADDING), out);
        }
    }

    private void checkIntroducedRun(String text, int from, List<SecretFinding> out) {
        Bip39Wordlist best = lists.get(0);
        int bestTo = from;
        for (Bip39Wordlist list : lists) {
            int to = from;
            while (to < text.length() && list.indexOf(text.charAt(to)) >= 0) {
                to++;
            }
            if (to > bestTo) {
                best = list;
                bestTo = to;
            }
        }
        if (bestTo - from >= MIN_WORDS) {
            int[][] options = new int[bestTo - from][];
            for (int k = from; k < bestTo; k++) {
                options[k - from] = new int[] {best.indexOf(text.charAt(k))};
            }
            boolean certain = PhraseChecksum.anyValid(options, null, 0, bestTo - from, 0);
            out.add(new SecretFinding(SecretKind.RECOVERY_PHRASE, from, bestTo, certain));
        }
    }

    private static int skip(String text, int from, String chars) {
        int p = from;
        while (p < text.length() && chars.indexOf(text.charAt(p)) >= 0) {
            p++;
        }
        return p;
    }
}
