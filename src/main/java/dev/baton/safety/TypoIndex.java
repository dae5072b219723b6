package dev.baton.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the words of a Latin-script seed list a misspelt token could stand for: one insertion, deletion,
 * substitution or swap of adjacent letters away, or sharing its first four letters where no other word of the
 * list does (BIP-39 words are unique in their first four letters, and wallets accept those four alone).
 * Built once; immutable afterwards.
 */
final class TypoIndex {
    /** At most this many candidates are tried in a checksum, the closest first. */
    static final int MAX_CANDIDATES = 4;

    private static final int[] NONE = new int[0];

    private final SeedWordlist words;
    private final Map<String, int[]> byDeletion;
    private final Map<String, Integer> byPrefix;

    TypoIndex(SeedWordlist words) {
        this.words = words;
        Map<String, List<Integer>> deletions = new HashMap<>();
        Map<String, Integer> prefixes = new HashMap<>();
        Set<String> sharedPrefixes = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.word(i);
            for (int d = 0; d < word.length(); d++) {
                String deleted = word.substring(0, d) + word.substring(d + 1);
                deletions.computeIfAbsent(deleted, k -> new ArrayList<>(2)).add(i);
            }
            if (word.length() >= 4 && prefixes.put(word.substring(0, 4), i) != null) {
                sharedPrefixes.add(word.substring(0, 4));
            }
        }
        prefixes.keySet().removeAll(sharedPrefixes);
        Map<String, int[]> packed = new HashMap<>(deletions.size() * 2);
        deletions.forEach((k, v) ->
                packed.put(k, v.stream().mapToInt(Integer::intValue).distinct().toArray()));
        this.byDeletion = Map.copyOf(packed);
        this.byPrefix = Map.copyOf(prefixes);
    }

    /**
     * Values of the words {@code token} (lowercase, not itself a word) may be a typo of, closest first, at
     * most {@link #MAX_CANDIDATES}; empty when there are none.
     */
    int[] candidates(String token) {
        int[] found = new int[MAX_CANDIDATES + 1];
        int count = 0;
        count = addAll(found, count, byDeletion.getOrDefault(token, NONE), token);
        for (int d = 0; d < token.length() && count <= MAX_CANDIDATES; d++) {
            String deleted = token.substring(0, d) + token.substring(d + 1);
            count = add(found, count, words.indexOf(deleted), token);
            count = addAll(found, count, byDeletion.getOrDefault(deleted, NONE), token);
        }
        if (token.length() >= 4 && count <= MAX_CANDIDATES) {
            count = add(found, count, byPrefix.getOrDefault(token.substring(0, 4), -1), token);
        }
        return count == 0 ? NONE : java.util.Arrays.copyOf(found, Math.min(count, MAX_CANDIDATES));
    }

    private int addAll(int[] found, int count, int[] values, String token) {
        for (int value : values) {
            count = add(found, count, value, token);
        }
        return count;
    }

    private int add(int[] found, int count, int value, String token) {
        if (value < 0 || count > MAX_CANDIDATES) {
            return count;
        }
        for (int i = 0; i < count; i++) {
            if (found[i] == value) {
                return count;
            }
        }
        String word = words.word(value);
        boolean prefixMatch = token.length() >= 4 && word.length() >= 4 && token.regionMatches(0, word, 0, 4);
        if (!prefixMatch && !withinOneEdit(token, word)) {
            return count;
        }
        found[count] = value;
        return count + 1;
    }

    /** Levenshtein distance at most 1, or one swap of adjacent letters. */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (i == la) {
                return true;
            }
            boolean swap = i + 1 < la
                    && a.charAt(i) == b.charAt(i + 1)
                    && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
            return swap || a.regionMatches(i + 1, b, i + 1, la - i - 1);
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }
}
