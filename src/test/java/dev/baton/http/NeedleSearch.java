package dev.baton.http;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Finds any of many needles (at least 12 bytes each) in a long text in one pass, by a rolling hash. */
final class NeedleSearch {
    private static final int KEY = 12;
    private static final long BASE = 1_000_003L;
    private static final long TOP = pow(BASE, KEY - 1);
    private final Map<Long, List<String[]>> byPrefix = new HashMap<>();

    /** Adds {@code needle} as UTF-8 and as the embedded store writes strings. */
    void add(String needle, String label) {
        for (String bytes : new HashSet<>(List.of(StoredBytes.utf8Latin1(needle), StoredBytes.h2Latin1(needle)))) {
            if (bytes.length() >= KEY) {
                byPrefix.computeIfAbsent(hash(bytes), k -> new ArrayList<>()).add(new String[] {bytes, label});
            }
        }
    }

    Collection<String> findIn(String haystack) {
        Set<String> hits = new TreeSet<>();
        if (haystack.length() < KEY) {
            return hits;
        }
        long h = hash(haystack);
        for (int i = 0; ; i++) {
            List<String[]> candidates = byPrefix.get(h);
            if (candidates != null) {
                for (String[] c : candidates) {
                    if (haystack.startsWith(c[0], i)) {
                        hits.add(c[1] + ": " + c[0]);
                    }
                }
            }
            if (i + KEY >= haystack.length()) {
                return hits;
            }
            h = (h - haystack.charAt(i) * TOP) * BASE + haystack.charAt(i + KEY);
        }
    }

    private static long hash(String text) {
        long h = 0;
        for (int k = 0; k < KEY; k++) {
            h = h * BASE + text.charAt(k);
        }
        return h;
    }

    private static long pow(long base, int exponent) {
        long p = 1;
        for (int k = 0; k < exponent; k++) {
            p *= base;
        }
        return p;
    }
}
