package dev.baton.safety;

import java.util.List;

/**
 * Finds Chinese BIP-39 recovery phrases (Simplified or Traditional list; every word is one character).
 * Ordinary Chinese is almost all listed characters, so a phrase is recognised only when it is
 * <ol>
 *   <li>at least {@value #MIN_WORDS} listed characters each standing alone between spaces, commas or numbering;</li>
 *   <li>a run of exactly 12, 15, 18, 21 or 24 listed characters, bounded by anything that is not a Chinese
 *       character, whose checksum is valid; or</li>
 *   <li>at least {@value #MIN_WORDS} listed characters right after an introduction such as "助记词是" or
 *       "mnemonic:".</li>
 * </ol>
 */
final class ChinesePhraseDetector implements SecretDetector {
    static final int MIN_WORDS = 12;
    private static final List<String> INTRODUCTIONS = List.of("助记词", "助記詞", "种子词", "種子詞", "mnemonic");
    private static final String CONNECTORS = "是为為:：=";
    private static final String PADDING = " \t\r\n\u3000\"'“”「『";

    private final List<Bip39Wordlist> lists;

    ChinesePhraseDetector(Bip39Wordlist simplified, Bip39Wordlist traditional) {
        this.lists = List.of(simplified, traditional);
    }

    @Override
    public void detect(String text, List<SecretFinding> out) {
        WordRun spaced = new WordRun();
        int n = text.length();
        int i = 0;
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
            } else if (!Separators.isGap(c) && !Separators.isDigit(c)) {
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
            if (complete && Bip39Checksum.valid(values)) {
                out.add(new SecretFinding(SecretKind.RECOVERY_PHRASE, from, to, true));
                return;
            }
        }
    }

    /** Rule 3: characters the user announced as their phrase ("助记词是…", "mnemonic: …"). */
    private void findIntroduced(String text, List<SecretFinding> out) {
        for (String intro : INTRODUCTIONS) {
            for (int at = indexOfIgnoreCase(text, intro, 0); at >= 0; at = indexOfIgnoreCase(text, intro, at + 1)) {
                int p = skip(text, at + intro.length(), PADDING);
                if (p < text.length() && CONNECTORS.indexOf(text.charAt(p)) >= 0) {
                    checkIntroducedRun(text, skip(text, p + 1, PADDING), out);
                }
            }
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

    private static int indexOfIgnoreCase(String text, String needle, int from) {
        char first = needle.charAt(0);
        for (int i = from; i + needle.length() <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == first || Character.toLowerCase(c) == first) && text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
