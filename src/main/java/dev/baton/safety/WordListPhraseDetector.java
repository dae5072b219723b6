package dev.baton.safety;

import java.util.List;
import java.util.Set;

/**
 * Finds recovery phrases made of words (every list but the single-character Chinese ones: BIP-39 in English,
 * Japanese, Korean, Spanish, French, Italian, Czech and Portuguese, Electrum's first seeds, Monero's lists):
 * at least {@value #MIN_WORDS} consecutive words of one list, separated by spaces, commas, line breaks or
 * numbering, of which at most {@value #MAX_TYPOS} are typos of a listed word. Any other word, such as "the",
 * "is", "my", "i" or "to", breaks the run, which is why ordinary prose does not trigger; nor does a run that
 * is mostly everyday words (Electrum's first list is the commonest English words) unless a checksum proves it. The finding spans
 * the whole run, so listed words next to the phrase ("... please help") are redacted with it; it is certain
 * when a mnemonic-length part of a BIP-39 run, after typo correction, has a valid checksum.
 *
 * <p>Words written without separators ("abandonabilityable...", or joined by zero-width spaces that
 * {@link ReadableText} drops) are split back into list words ({@link RunTogetherWords}). A message that is nothing but
 * {@value #PART_MIN_WORDS} or more list words, give or take {@value #LEAD_IN_WORDS} words around them ("part
 * 2:"), is taken for {@linkplain SecretKind#PHRASE_PART part of a phrase} whose rest may come in other
 * messages, unless most of them are everyday words ("account balance transfer" is a topic, not a part);
 * when such parts are already open in the conversation, everyday words count too, and one list word on its
 * own is a part.
 */
final class WordListPhraseDetector implements SecretDetector {
    static final int MIN_WORDS = 12;
    static final int MAX_TYPOS = 3;
    static final int PART_MIN_WORDS = 3;
    static final int LEAD_IN_WORDS = 3;
    /** Typos allowed in a part: parts are short, and a part with several unknown words is a sentence. */
    static final int PART_TYPOS = 1;
    /** A part written as a list (commas, line breaks, numbers) this long is held however everyday its words. */
    static final int LISTED_PART_WORDS = 4;

    private static final int MIN_TYPO_LENGTH = 3;
    private static final int MAX_TYPO_LENGTH = 10;

    /** Common English words that are not in a list and must never be taken for a typo of one. */
    private static final Set<String> NEVER_TYPOS = BundledWords.load("never_typos.txt");

    private final List<SeedWordlist> lists;
    private final WordListIndex index;
    private final Set<String> everyday;

    /**
     * @param everyday list words that ordinary messages use ("account", "balance", "transfer"): a few words
     *                 that are mostly these are a sentence, not a part of a phrase
     */
    WordListPhraseDetector(List<SeedWordlist> lists, Set<String> everyday) {
        this.lists = List.copyOf(lists);
        this.index = new WordListIndex(this.lists);
        this.everyday = Set.copyOf(everyday);
    }

    @Override
    public void detect(String text, ScanContext context, List<SecretFinding> out) {
        WordTokens tokens = WordTokens.of(text);
        if (tokens.size == 0) {
            return;
        }
        int[] hits = new int[lists.size()];
        int[][] found = new int[tokens.size][];
        boolean anyLong = false;
        for (int t = 0; t < tokens.size; t++) {
            found[t] = index.lists(tokens.key(t));
            if (found[t] != null) {
                for (int packed : found[t]) {
                    hits[packed >>> 16]++;
                }
            } else {
                anyLong |= tokens.length(t) >= RunTogetherWords.MIN_LENGTH || !tokens.ascii[t] && tokens.length(t) >= 4;
            }
        }
        int partMin = context.partsOpen() ? 1 : PART_MIN_WORDS;
        int words = tokens.size + (tokens.hanChars + 1) / 2;
        for (int l = 0; l < lists.size(); l++) {
            boolean splittable = anyLong;
            if (hits[l] >= Math.min(partMin, MIN_WORDS) || splittable) {
                scanList(l, text, tokens, found, words, partMin, out);
            }
        }
    }

    private void scanList(
            int l, String text, WordTokens tokens, int[][] found, int words, int partMin, List<SecretFinding> out) {
        SeedWordlist list = lists.get(l);
        WordRun run = new WordRun();
        for (int t = 0; t < tokens.size; t++) {
            if (tokens.breakBefore[t]) {
                flush(l, text, run, words, partMin, out);
            }
            int value = tokens.glued[t] ? Integer.MIN_VALUE : WordListIndex.valueIn(l, found[t]);
            if (value == Integer.MIN_VALUE
                    && !tokens.glued[t]
                    && RunTogetherWords.splittable(list, tokens, t)
                    && RunTogetherWords.split(list, tokens.key(t), tokens.start[t], run)) {
                continue;
            }
            if (value == Integer.MIN_VALUE && !tokens.glued[t] && typoShaped(l, tokens.key(t))) {
                value = WordRun.UNKNOWN;
            }

            if (value == Integer.MIN_VALUE) {
                flush(l, text, run, words, partMin, out);
            } else {
                run.add(tokens.start[t], tokens.end[t], value);
            }
        }
        flush(l, text, run, words, partMin, out);
    }

    private boolean typoShaped(int l, String token) {
        return index.hasTypos(l)
                && token.length() >= MIN_TYPO_LENGTH
                && token.length() <= MAX_TYPO_LENGTH
                && !NEVER_TYPOS.contains(token);
    }

    private void flush(int l, String text, WordRun run, int words, int partMin, List<SecretFinding> out) {
        int n = run.size();
        boolean whole = n >= MIN_WORDS && run.longestWindow(0, n, MAX_TYPOS) >= MIN_WORDS;
        boolean part = n >= partMin && words - n <= LEAD_IN_WORDS;
        if (whole || part) {
            resolve(l, text, run, words, partMin, out);
        }
        run.clear();
    }

    /**
     * Looks up typo candidates (only now, as it is the costly part) and reports the run: a whole phrase, or a
     * part of one. A typo with no candidate (or too many) still counts against the typos allowed; only the
     * checksum needs to know what it stands for.
     */
    private void resolve(int l, String text, WordRun run, int words, int partMin, List<SecretFinding> out) {
        SeedWordlist list = lists.get(l);
        TypoIndex typo = index.typos(l);
        int n = run.size();
        int[][] options = new int[n][];
        boolean[] guessed = new boolean[n];
        for (int i = 0; i < n; i++) {
            guessed[i] = run.value(i) == WordRun.UNKNOWN;
            options[i] = guessed[i]
                    ? typo.candidates(SeedWordlist.readable(text.substring(run.start(i), run.end(i))))
                    : new int[] {run.value(i)};
        }
        // Words at the edges that stand for no list word ("part 2: ...", "wif: ...") are not the phrase's.
        int from = 0;
        int to = n;
        while (from < to && (options[from].length == 0 || to - from > MIN_WORDS && shortGuess(run, guessed, from))) {
            from++;
        }
        while (to > from
                && (options[to - 1].length == 0 || to - from > MIN_WORDS && shortGuess(run, guessed, to - 1))) {
            to--;
        }
        boolean hopeless = false;
        for (int i = from; i < to; i++) {
            hopeless |= options[i].length == 0;
        }
        int size = to - from;
        if (size >= MIN_WORDS && run.longestWindow(from, to, MAX_TYPOS) >= MIN_WORDS) {
            // Certain with at most two guessed words: with more, some correction passes the checksum by chance.
            boolean certain = list.checksummed() && !hopeless && PhraseChecksum.anyValid(options, guessed, from, to, 2);
            if (certain || run.joined() || !mostlyEveryday(text, run, from, to)) {
                out.add(new SecretFinding(SecretKind.RECOVERY_PHRASE, run.start(from), run.end(to - 1), certain));
            }
        } else {
            // A part's lead-in ("the last ones: ...") may look like typos of list words: they are not the part's,
            // though one that stands for a list word ("teant tomorrow display lawn") may be.
            int left = from;
            int right = to;
            while (from < to && guessed[from]) {
                from++;
            }
            while (to > from && guessed[to - 1]) {
                to--;
            }
            boolean clean = true;
            for (int i = from; i < to; i++) {
                clean &= !guessed[i];
            }
            if (clean && from > left && options[from - 1].length > 0) {
                from--;
            } else if (clean && to < right && options[to].length > 0) {
                to++;
            }
            for (int i = from; i < to; i++) {
                if (options[i].length == 0) {
                    return;
                }
            }
            size = to - from;
            boolean open = partMin < PART_MIN_WORDS;
            if (!open && !run.joined() && WordGaps.mixed(text, run, from, to)) {
                // "first half: curtain,staff,section,put": the words after the lead-in, written alike, are the part.
                int[] stretch = WordGaps.uniformStretch(text, run, from, to);
                from = stretch[0];
                to = stretch[1];
                size = to - from;
            }
            if (size >= partMin
                    && words - size <= (size < PART_MIN_WORDS ? 0 : LEAD_IN_WORDS)
                    && partShaped(guessed, from, to, partMin)
                    && (open
                            || run.joined()
                            || size >= LISTED_PART_WORDS && WordGaps.listed(text, run, from, to)
                            || !everyday(list, text, run, from, to))) {
                out.add(new SecretFinding(SecretKind.PHRASE_PART, run.start(from), run.end(to - 1), false, size));
            }
        }
    }

    /**
     * A three-letter word taken for a typo: between list words it may be one; at the edge of a run that is a
     * phrase without it ("it is: <phrase> wif: ..."), it is not.
     */
    private static boolean shortGuess(WordRun run, boolean[] guessed, int i) {
        return guessed[i] && run.end(i) - run.start(i) < MIN_TYPO_LENGTH + 1;
    }

    /** Whether words {@code [from, to)} can be part of a phrase: at least {@code partMin} listed, one typo at most. */
    private static boolean partShaped(boolean[] guessed, int from, int to, int partMin) {
        int typos = 0;
        for (int k = from; k < to; k++) {
            typos += guessed[k] ? 1 : 0;
        }
        int listed = to - from - typos;
        return listed >= partMin && typos <= PART_TYPOS;
    }

    /**
     * Whether a short run reads as everyday words rather than a part of a phrase: more than three in four of
     * them are (more than half of three). Electrum's first list is made of the commonest English words, so a part of one of its seeds is
     * mostly everyday words; only a run of nothing else is taken for a sentence there.
     */
    private boolean everyday(SeedWordlist list, String text, WordRun run, int from, int to) {
        if (list.family() != SeedWordlist.Family.ELECTRUM) {
            int common = 0;
            for (int k = from; k < to; k++) {
                common += everyday.contains(SeedWordlist.readable(text.substring(run.start(k), run.end(k)))) ? 1 : 0;
            }
            // Three in four for a longer run: a random phrase's words are everyday ones more often than one
            // thinks; two in three words ("usual response time") make a sentence.
            int size = to - from;
            return size <= PART_MIN_WORDS ? common * 2 > size : common * 4 > size * 3;
        }
        for (int k = from; k < to; k++) {
            if (!everyday.contains(SeedWordlist.readable(text.substring(run.start(k), run.end(k))))) {
                return false;
            }
        }
        return true;
    }

    /** Whether more than half of words {@code [from, to)} are everyday words. */
    private boolean mostlyEveryday(String text, WordRun run, int from, int to) {
        int common = 0;
        for (int k = from; k < to; k++) {
            common += everyday.contains(SeedWordlist.readable(text.substring(run.start(k), run.end(k)))) ? 1 : 0;
        }
        return common * 2 > to - from;
    }
}
