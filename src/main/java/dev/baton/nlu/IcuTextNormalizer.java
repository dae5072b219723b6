package dev.baton.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises with NFKC (full-width to half-width), lower case, collapsed white space, and
 * Traditional-to-Simplified conversion.
 *
 * <p>The conversion is ICU4J's {@code Traditional-Simplified} transliterator taken per character, read
 * from a table generated from ICU ({@code traditional-to-simplified.txt}; a test checks it still matches
 * ICU). One array look-up per character replaces a rule-based transliteration on the request path, and
 * start-up does not pay for loading ICU's transliteration rules (about 0.6 s).
 */
public final class IcuTextNormalizer implements TextNormalizer {

    static final String TABLE = "/dev/baton/nlu/traditional-to-simplified.txt";
    static final int FIRST = 0x3400;
    static final int LAST = 0x9FFF;

    private final char[] toSimplified = new char[LAST - FIRST + 1];
    private final LanguageDetector detector;

    public IcuTextNormalizer(LanguageDetector detector) {
        this.detector = detector;
        for (int c = FIRST; c <= LAST; c++) {
            toSimplified[c - FIRST] = (char) c;
        }
        try (InputStream in = IcuTextNormalizer.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TABLE);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.length() == 2 && line.charAt(0) >= FIRST && line.charAt(0) <= LAST) {
                    toSimplified[line.charAt(0) - FIRST] = line.charAt(1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE, e);
        }
    }

    @Override
    public NormalizedText normalize(String text) {
        String folded = isPlainAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        boolean traditional = false;
        boolean space = true;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!space) {
                    out.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            if (c >= FIRST && c <= LAST) {
                char s = toSimplified[c - FIRST];
                traditional |= s != c;
                out.append(s);
            } else {
                out.append(c);
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        String normalized = out.toString().toLowerCase(Locale.ROOT);
        return new NormalizedText(text, normalized, detector.detect(normalized), traditional);
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
