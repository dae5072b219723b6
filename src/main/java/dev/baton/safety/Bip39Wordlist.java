package dev.baton.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One BIP-39 wordlist: 2048 words whose position is their 11-bit value. Immutable, so safe to share.
 * Lists of single CJK characters also get a char-indexed table so Chinese text is looked up without boxing.
 */
final class Bip39Wordlist {
    static final int SIZE = 2048;
    private static final char CJK_FIRST = '\u4e00';
    private static final char CJK_LAST = '\u9fff';

    private final String name;
    private final List<String> words;
    private final Map<String, Integer> index;
    private final short[] cjkIndex;

    Bip39Wordlist(String name, List<String> words) {
        this.name = name;
        this.words = List.copyOf(words);
        if (this.words.size() != SIZE) {
            throw new IllegalStateException("BIP-39 wordlist " + name + " has " + words.size() + " words, not " + SIZE);
        }
        Map<String, Integer> byWord = new HashMap<>(SIZE * 2);
        boolean singleCjk = true;
        for (int i = 0; i < SIZE; i++) {
            String word = this.words.get(i);
            if (word.isEmpty() || byWord.put(word, i) != null) {
                throw new IllegalStateException("BIP-39 wordlist " + name + " has an empty or repeated word at " + i);
            }
            singleCjk &= word.length() == 1 && isCjk(word.charAt(0));
        }
        this.index = Map.copyOf(byWord);
        this.cjkIndex = singleCjk ? cjkTable(this.words) : new short[0];
    }

    /** Reads {@code bip39/<name>.txt} next to this class: UTF-8, one word per line. */
    static Bip39Wordlist load(String name) {
        String resource = "bip39/" + name + ".txt";
        try (InputStream in = Bip39Wordlist.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> words = new ArrayList<>(SIZE);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    words.add(line.strip());
                }
            }
            return new Bip39Wordlist(name, words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    String name() {
        return name;
    }

    String word(int index) {
        return words.get(index);
    }

    /** The word's 11-bit value, or -1 when it is not in the list. */
    int indexOf(String word) {
        Integer i = index.get(word);
        return i == null ? -1 : i;
    }

    /** The value of a one-character word, or -1 (always -1 for lists that are not single CJK characters). */
    int indexOf(char c) {
        if (cjkIndex.length == 0 || !isCjk(c)) {
            return -1;
        }
        return cjkIndex[c - CJK_FIRST];
    }

    /** Whether {@code c} is in the CJK Unified Ideographs block, where every Chinese BIP-39 word lies. */
    static boolean isCjk(char c) {
        return c >= CJK_FIRST && c <= CJK_LAST;
    }

    private static short[] cjkTable(List<String> words) {
        short[] table = new short[CJK_LAST - CJK_FIRST + 1];
        java.util.Arrays.fill(table, (short) -1);
        for (int i = 0; i < words.size(); i++) {
            table[words.get(i).charAt(0) - CJK_FIRST] = (short) i;
        }
        return table;
    }
}
