package dev.baton.safety;

import com.ibm.icu.text.Normalizer2;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One wallet's seed word list: a word's position is its value. BIP-39 lists hold 2048 words (11 bits each,
 * with a checksum over the phrase); Electrum's first seeds and Monero's hold 1626. Words are looked up as
 * {@link ReadableText} reads them, lower case, so "Ábaco", "abaco" and "ａｂａｃｏ" are one Spanish word.
 * Lists of single CJK characters also get a char-indexed table so Chinese text is looked up without boxing.
 * Immutable, so safe to share.
 */
final class SeedWordlist {
    static final int BIP39_SIZE = 2048;
    static final int ELECTRUM_SIZE = 1626;
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final char CJK_FIRST = '\u4e00';
    private static final char CJK_LAST = '\u9fff';

    /** Which standard a list belongs to: it fixes the list's size and whether phrases carry a checksum. */
    enum Family {
        BIP39(BIP39_SIZE),
        ELECTRUM(ELECTRUM_SIZE),
        MONERO(ELECTRUM_SIZE);

        private final int size;

        Family(int size) {
            this.size = size;
        }

        int size() {
            return size;
        }
    }

    private final String name;
    private final Family family;
    private final List<String> words;
    private final Map<String, Integer> index;
    private final short[] cjkIndex;
    private final int minLength;
    private final int maxLength;

    SeedWordlist(String name, Family family, List<String> words) {
        this.name = name;
        this.family = family;
        this.words = List.copyOf(words);
        if (this.words.size() != family.size()) {
            throw new IllegalStateException(
                    "word list " + name + " has " + words.size() + " words, not " + family.size());
        }
        Map<String, Integer> byWord = new HashMap<>(family.size() * 2);
        boolean singleCjk = true;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int i = 0; i < this.words.size(); i++) {
            String word = readable(this.words.get(i));
            if (word.isEmpty() || byWord.put(word, i) != null) {
                throw new IllegalStateException("word list " + name + " has an empty or repeated word at " + i);
            }
            singleCjk &= word.length() == 1 && isCjk(word.charAt(0));
            min = Math.min(min, word.length());
            max = Math.max(max, word.length());
        }
        this.index = Map.copyOf(byWord);
        this.cjkIndex = singleCjk ? cjkTable(this.words) : new short[0];
        this.minLength = min;
        this.maxLength = max;
    }

    /** A BIP-39 list shipped in this package's resources, {@code bip39/<language>.txt}. */
    static SeedWordlist bip39(String language) {
        return load("bip39/" + language, Family.BIP39);
    }

    /** Reads {@code <path>.txt} next to this class: UTF-8, one word per line. */
    static SeedWordlist load(String path, Family family) {
        String resource = path + ".txt";
        try (InputStream in = SeedWordlist.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> words = new ArrayList<>(family.size());
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    words.add(line.strip());
                }
            }
            return new SeedWordlist(path, family, words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * How a word is compared: composed (NFKC, so kana with their voicing marks and Hangul jamo make the
     * syllables people type), as {@link ReadableText} reads it, in lower case.
     */
    static String readable(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            ascii = word.charAt(i) < 0x80;
        }
        return ascii
                ? word.toLowerCase(Locale.ROOT)
                : ReadableText.of(NFKC.normalize(word)).text().toLowerCase(Locale.ROOT);
    }

    String name() {
        return name;
    }

    Family family() {
        return family;
    }

    /** Whether a phrase from this list carries a BIP-39 checksum. */
    boolean checksummed() {
        return family == Family.BIP39;
    }

    int size() {
        return words.size();
    }

    /** The length of the shortest and longest word, as read. */
    int minLength() {
        return minLength;
    }

    int maxLength() {
        return maxLength;
    }

    /** The word as read (lower case, without accents). */
    String word(int index) {
        return readable(words.get(index));
    }

    /** The word's value, or -1 when {@code word} (lower case, as read) is not in the list. */
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

    /** Whether every word is one CJK character. */
    boolean singleCjk() {
        return cjkIndex.length > 0;
    }

    /** Whether {@code c} is in the CJK Unified Ideographs block, where every Chinese seed word lies. */
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
