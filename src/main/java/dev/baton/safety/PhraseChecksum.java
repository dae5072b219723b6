package dev.baton.safety;

/**
 * Decides whether a run of words holds a checksum-valid BIP-39 mnemonic: it tries each mnemonic length
 * (24 down to 12) at the run's edges, where a pasted phrase sits, and every combination of typo corrections.
 * Work is bounded so a long hostile text cannot make a scan slow.
 */
final class PhraseChecksum {
    /** How many extra words may precede or follow the mnemonic inside a run ("help", "please", a 25th word). */
    static final int EDGE_SLACK = 3;

    private static final int MAX_CHECKS = 512;

    private PhraseChecksum() {}

    /**
     * Whether words {@code [from, to)} hold a checksum-valid mnemonic starting or ending within
     * {@value #EDGE_SLACK} words of the run's edges.
     *
     * @param options    per word, the values it may stand for (one for a listed word, several for a typo)
     * @param guessed    per word, whether its value is a typo correction (null when none are)
     * @param maxGuesses how many corrected words one mnemonic may contain
     */
    static boolean anyValid(int[][] options, boolean[] guessed, int from, int to, int maxGuesses) {
        int[] budget = {MAX_CHECKS};
        for (int len = 24; len >= 12; len -= 3) {
            for (int s = from; s + len <= to; s++) {
                boolean atEdge = s - from <= EDGE_SLACK || to - (s + len) <= EDGE_SLACK;
                if (atEdge && guesses(guessed, s, len) <= maxGuesses && tryAll(options, s, len, budget)) {
                    return true;
                }
                if (budget[0] <= 0) {
                    return false;
                }
            }
        }
        return false;
    }

    private static int guesses(boolean[] guessed, int from, int len) {
        int count = 0;
        for (int i = from; guessed != null && i < from + len; i++) {
            if (guessed[i]) {
                count++;
            }
        }
        return count;
    }

    private static boolean tryAll(int[][] options, int from, int len, int[] budget) {
        int[] pick = new int[len];
        int[] values = new int[len];
        while (budget[0]-- > 0) {
            for (int i = 0; i < len; i++) {
                values[i] = options[from + i][pick[i]];
            }
            if (Bip39Checksum.valid(values)) {
                return true;
            }
            int k = len - 1;
            while (k >= 0 && ++pick[k] == options[from + k].length) {
                pick[k] = 0;
                k--;
            }
            if (k < 0) {
                return false;
            }
        }
        return false;
    }
}
