package dev.baton.nlu;

import java.util.List;
import java.util.Locale;

/**
 * A tiny, deterministic stand-in for a sentence model in tests: character bigrams hashed into 64 dimensions
 * and normalised, in two spaces split by script like the real encoder. Texts sharing bigrams land close.
 */
public final class HashingSentenceEncoder implements SentenceEncoder {

    public static final int DIMENSIONS = 64;

    @Override
    public String name() {
        return "hashing-test-encoder";
    }

    @Override
    public List<String> spaces() {
        return List.of("han", "latin");
    }

    @Override
    public String spaceOf(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? "han"
                : "latin";
    }

    @Override
    public float[] encode(String text, String space) {
        float[] v = new float[DIMENSIONS];
        String t = " " + text.toLowerCase(Locale.ROOT) + " ";
        for (int i = 0; i + 2 <= t.length(); i++) {
            int h = Math.floorMod(t.substring(i, i + 2).hashCode() * 31 + space.hashCode(), DIMENSIONS);
            v[h] += 1;
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
