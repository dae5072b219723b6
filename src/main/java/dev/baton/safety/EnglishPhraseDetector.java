package dev.baton.safety;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds English BIP-39 recovery phrases: at least {@value #MIN_WORDS} consecutive words (separated by spaces,
 * commas, line breaks or numbering) of which at most {@value #MAX_TYPOS} are typos of a listed word and the
 * rest are listed words. Any other word, such as "the", "is", "my", "i" or "to", breaks the run, which is why
 * ordinary prose does not trigger. The finding spans the whole run, so listed words next to the phrase
 * ("... please help") are redacted with it, and so is an extra 25th word; it is certain when a
 * mnemonic-length part of the run, after typo correction, has a valid checksum.
 */
final class EnglishPhraseDetector implements SecretDetector {
    static final int MIN_WORDS = 12;
    static final int MAX_TYPOS = 2;
    private static final int MIN_TYPO_LENGTH = 4;
    private static final int MAX_TYPO_LENGTH = 10;

    /** Common words that are not in the list and must never be taken for a typo of one. */
    private static final Set<String> NEVER_TYPOS = Set.of(
            "with", "from", "your", "yours", "them", "their", "were", "been", "being", "would", "could",
            "should", "shall", "might", "must", "some", "than", "here", "where", "which", "while", "whom",
            "whose", "these", "those", "does", "doing", "done", "very", "much", "many", "more", "most", "such",
            "only", "even", "ever", "each", "other", "every", "onto", "upon", "over", "under", "thanks",
            "sorry", "okay", "yeah", "dear", "sent", "send", "sends", "went", "want", "wants",
            "need", "needs", "tried", "tries", "still", "didnt", "dont", "cant", "wont", "isnt", "doesnt",
            "wasnt", "yesterday", "today", "wallet", "wallets", "funds", "coins", "tokens", "support", "team",
            "transaction", "transactions", "withdraw", "withdrawal", "deposit", "deposits", "received");

    private final Bip39Wordlist words;
    private final TypoIndex typos;

    EnglishPhraseDetector(Bip39Wordlist words) {
        this.words = words;
        this.typos = new TypoIndex(words);
    }

    @Override
    public void detect(String text, List<SecretFinding> out) {
        WordRun run = new WordRun();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int j = i + 1;
            if (Separators.isAsciiLetter(c)) {
                while (j < n && Separators.isAsciiLetter(text.charAt(j))) {
                    j++;
                }
                boolean glued = (i > 0 && isWordChar(text.charAt(i - 1))) || (j < n && isWordChar(text.charAt(j)));
                int value = glued ? Integer.MIN_VALUE : classify(text.substring(i, j).toLowerCase(Locale.ROOT));
                if (value == Integer.MIN_VALUE) {
                    flush(text, run, out);
                } else {
                    run.add(i, j, value);
                }
            } else if (Separators.isDigit(c)) {
                while (j < n && Separators.isDigit(text.charAt(j))) {
                    j++;
                }
            } else if (!Separators.isGap(c)) {
                flush(text, run, out);
            }
            i = j;
        }
        flush(text, run, out);
    }

    /** Letters glued to digits or an apostrophe make a token like "2fa" or "don't", never a listed word. */
    private static boolean isWordChar(char c) {
        return Separators.isDigit(c) || c == '\'' || c == '\u2019';
    }

    /** A word's value, {@link WordRun#UNKNOWN} when it may be a typo, or {@code MIN_VALUE} when it breaks a run. */
    private int classify(String token) {
        int value = words.indexOf(token);
        if (value >= 0) {
            return value;
        }
        boolean typoShaped = token.length() >= MIN_TYPO_LENGTH && token.length() <= MAX_TYPO_LENGTH;
        return typoShaped && !NEVER_TYPOS.contains(token) ? WordRun.UNKNOWN : Integer.MIN_VALUE;
    }

    private void flush(String text, WordRun run, List<SecretFinding> out) {
        if (run.size() >= MIN_WORDS && run.longestWindow(0, run.size(), MAX_TYPOS) >= MIN_WORDS) {
            resolve(text, run, out);
        }
        run.clear();
    }

    /** Looks up typo candidates (only now, as it is the costly part) and splits the run at hopeless words. */
    private void resolve(String text, WordRun run, List<SecretFinding> out) {
        int n = run.size();
        int[][] options = new int[n][];
        boolean[] guessed = new boolean[n];
        int from = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n) {
                guessed[i] = run.value(i) == WordRun.UNKNOWN;
                options[i] = guessed[i]
                        ? typos.candidates(text.substring(run.start(i), run.end(i)).toLowerCase(Locale.ROOT))
                        : new int[] {run.value(i)};
            }
            if (i == n || options[i].length == 0) {
                if (i - from >= MIN_WORDS && run.longestWindow(from, i, MAX_TYPOS) >= MIN_WORDS) {
                    boolean certain = PhraseChecksum.anyValid(options, guessed, from, i, MAX_TYPOS);
                    out.add(new SecretFinding(SecretKind.RECOVERY_PHRASE, run.start(from), run.end(i - 1), certain));
                }
                from = i + 1;
            }
        }
    }
}
