package dev.baton.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Which word lists hold a word, and each Latin list's typo index: what {@link WordListPhraseDetector} looks a
 * token up in. A word's lists are packed as {@code list << 16 | value} (its index in that list). Immutable
 * and thread-safe; a typo index is built on first use, as most lists never need one.
 */
final class WordListIndex {

    /** Per word as read: the lists holding it, packed. */
    private final Map<String, int[]> entries;
    /** Per list, its typo index; null for non-Latin lists. */
    private final List<Supplier<TypoIndex>> typos;

    WordListIndex(List<SeedWordlist> lists) {
        List<Supplier<TypoIndex>> indexes = new ArrayList<>(lists.size());
        Map<String, int[]> byWord = new HashMap<>();
        for (int l = 0; l < lists.size(); l++) {
            SeedWordlist list = lists.get(l);
            indexes.add(ascii(list) ? lazily(() -> new TypoIndex(list)) : null);
            for (int v = 0; v < list.size(); v++) {
                int packed = l << 16 | v;
                byWord.merge(list.word(v), new int[] {packed}, WordListIndex::concat);
            }
        }
        this.typos = indexes;
        this.entries = Map.copyOf(byWord);
    }

    /** The lists holding {@code word}, packed; null when none does. */
    int[] lists(String word) {
        return entries.get(word);
    }

    /** The word's value in list {@code l}, from what {@link #lists} returned; {@link Integer#MIN_VALUE} if none. */
    static int valueIn(int l, int[] packed) {
        if (packed != null) {
            for (int p : packed) {
                if (p >>> 16 == l) {
                    return p & 0xffff;
                }
            }
        }
        return Integer.MIN_VALUE;
    }

    /** Whether list {@code l} takes typos: a Latin list does. */
    boolean hasTypos(int l) {
        return typos.get(l) != null;
    }

    /** List {@code l}'s typo index, built now if not yet; null for a non-Latin list. */
    TypoIndex typos(int l) {
        return typos.get(l) == null ? null : typos.get(l).get();
    }

    /** A value computed once, on first use, by whichever thread asks first. */
    private static <T> Supplier<T> lazily(Supplier<T> compute) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        v = value;
                        if (v == null) {
                            v = compute.get();
                            value = v;
                        }
                    }
                }
                return v;
            }
        };
    }

    private static boolean ascii(SeedWordlist list) {
        for (int v = 0; v < list.size(); v++) {
            String word = list.word(v);
            for (int k = 0; k < word.length(); k++) {
                if (word.charAt(k) >= 0x80) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
