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
    /** Characters after an introduction that may be missing from the list (misremembered, or another wallet's). */
    static final int INTRODUCED_OFF_LIST = 2;

    private static final List<String> INTRODUCTIONS = List.of("助记词", "助記詞", "种子词", "種子詞");
    private static final String ENGLISH_INTRODUCTION = "mnemonic";
    private static final String CONNECTORS = "是为為:：=";
    private static final String PADDING = " \t\r\n\u3000\"'“”「『";

    private final List<SeedWordlist> lists;

    /**
     * @param lists single-character lists: BIP-39's Simplified and Traditional (which carry a checksum), and
     *              any other (Monero's Chinese)
     */
    ChinesePhraseDetector(List<SeedWordlist> lists) {
        this.lists = List.copyOf(lists);
    }

    @Override
    public void detect(String text, ScanContext context, List<SecretFinding> out) {
        int n = text.length();
        int i = 0;
        while (i < n && !SeedWordlist.isCjk(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return;
        }
        int partMin = context.partsOpen() ? 1 : WordListPhraseDetector.PART_MIN_WORDS;
        int words = wordsIn(text, i);
        WordRun spaced = new WordRun();
        while (i < n) {
            char c = text.charAt(i);
            int j = i + 1;
            if (SeedWordlist.isCjk(c)) {
                while (j < n && SeedWordlist.isCjk(text.charAt(j))) {
                    j++;
                }
                if (j - i == 1 && listed(c)) {
                    spaced.add(i, j, 0);
                } else {
                    flushSpaced(text, spaced, words, partMin, out);
                    if (Bip39Checksum.isMnemonicLength(j - i)) {
                        checkBoundedRun(text, i, j, out);
                    }
                }
            } else if (spaced.size() > 0 && !Separators.isGap(c) && !Separators.isDigit(c)) {
                flushSpaced(text, spaced, words, partMin, out);
            }
            i = j;
        }
        flushSpaced(text, spaced, words, partMin, out);
        findIntroduced(text, out);
    }

    /** How many words a message has, counting a Chinese character as one (a spaced phrase's word is one). */
    private static int wordsIn(String text, int from) {
        int words = 0;
        boolean inLatin = false;
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            boolean latin = Separators.isAsciiLetter(c);
            words += SeedWordlist.isCjk(c) || (latin && !inLatin) ? 1 : 0;
            inLatin = latin;
        }
        return words;
    }

    private boolean listed(char c) {
        for (SeedWordlist list : lists) {
            if (list.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule 1: spaced-out characters. Flagged on count alone; certain when one list gives a valid checksum.
     * Fewer of them, making up nearly the whole message, are held as part of a phrase.
     */
    private void flushSpaced(String text, WordRun spaced, int words, int partMin, List<SecretFinding> out) {
        int n = spaced.size();
        if (n < MIN_WORDS
                && n >= partMin
                && words - n <= WordListPhraseDetector.LEAD_IN_WORDS * 2
                && !mostlyCommon(text, spaced)) {
            out.add(new SecretFinding(SecretKind.PHRASE_PART, spaced.start(0), spaced.end(n - 1), false, n));
        } else if (n >= MIN_WORDS) {
            boolean certain = false;
            for (int l = 0; l < lists.size() && !certain; l++) {
                int[][] options = new int[n][];
                boolean complete = true;
                for (int k = 0; k < n && complete; k++) {
                    int value = lists.get(l).indexOf(text.charAt(spaced.start(k)));
                    complete = value >= 0;
                    options[k] = new int[] {value};
                }
                certain = complete && lists.get(l).checksummed() && PhraseChecksum.anyValid(options, null, 0, n, 0);
            }
            out.add(new SecretFinding(SecretKind.RECOVERY_PHRASE, spaced.start(0), spaced.end(n - 1), certain));
        }
        spaced.clear();
    }

    /** Whether more than half of the spaced characters are among the most common (a sentence typed spaced out). */
    private boolean mostlyCommon(String text, WordRun spaced) {
        int common = 0;
        for (int k = 0; k < spaced.size(); k++) {
            int value = lists.get(0).indexOf(text.charAt(spaced.start(k)));
            common += value >= 0 && value < COMMON_RANK ? 1 : 0;
        }
        return common * 2 > spaced.size();
    }

    /** Rule 2: an unspaced run of mnemonic length; only a valid checksum tells it from a sentence. */
    private void checkBoundedRun(String text, int from, int to, List<SecretFinding> out) {
        for (SeedWordlist list : lists) {
            if (!list.checksummed()) {
                continue;
            }
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
            if ((text.charAt(at) | 0x20) == 'm'
                    && text.regionMatches(true, at, ENGLISH_INTRODUCTION, 0, ENGLISH_INTRODUCTION.length())) {
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

    /**
     * The characters after an introduction: a run of listed characters, of which up to
     * {@value #INTRODUCED_OFF_LIST} may be misremembered (not in the list) as long as the listed ones do not
     * read like a sentence ("助记词是什么意思" is a question, not a phrase).
     */
    private void checkIntroducedRun(String text, int from, List<SecretFinding> out) {
        SeedWordlist best = lists.get(0);
        int bestListed = from;
        for (SeedWordlist list : lists) {
            int to = from;
            while (to < text.length() && list.indexOf(text.charAt(to)) >= 0) {
                to++;
            }
            if (to > bestListed) {
                best = list;
                bestListed = to;
            }
        }
        if (bestListed - from >= MIN_WORDS) {
            int[][] options = new int[bestListed - from][];
            for (int k = from; k < bestListed; k++) {
                options[k - from] = new int[] {best.indexOf(text.charAt(k))};
            }
            boolean certain = best.checksummed() && PhraseChecksum.anyValid(options, null, 0, bestListed - from, 0);
            out.add(new SecretFinding(SecretKind.RECOVERY_PHRASE, from, bestListed, certain));
            return;
        }
        checkMisremembered(text, from, best, out);
    }

    /** A run with up to {@value #INTRODUCED_OFF_LIST} characters off the list, unless it reads like a sentence. */
    private void checkMisremembered(String text, int from, SeedWordlist list, List<SecretFinding> out) {
        int to = from;
        int off = 0;
        while (to < text.length() && SeedWordlist.isCjk(text.charAt(to))) {
            if (list.indexOf(text.charAt(to)) < 0 && ++off > INTRODUCED_OFF_LIST) {
                off--;
                break;
            }
            to++;
        }
        while (to > from && list.indexOf(text.charAt(to - 1)) < 0) {
            to--;
            off--;
        }
        if (to - from < MIN_WORDS) {
            return;
        }
        int[] listed = new int[to - from - off];
        int l = 0;
        for (int k = from; k < to; k++) {
            int value = list.indexOf(text.charAt(k));
            if (value >= 0) {
                listed[l++] = value;
            }
        }
        if (!readsLikeProse(listed)) {
            out.add(new SecretFinding(SecretKind.RECOVERY_PHRASE, from, to, false));
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
