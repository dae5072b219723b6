package dev.baton.nlu;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises with NFKC (full-width to half-width), lower case, collapsed white space, and
 * Traditional-to-Simplified conversion.
 *
 * <p>The conversion table is read once from ICU's {@code Traditional-Simplified} transliterator into a
 * per-character array, so each message is converted with one array look-up per character instead of a
 * rule-based transliteration on the request path.
 */
public final class IcuTextNormalizer implements TextNormalizer {

    private static final int FIRST = 0x3400;
    private static final int LAST = 0x9FFF;

    private final char[] toSimplified = new char[LAST - FIRST + 1];
    private final LanguageDetector detector;

    public IcuTextNormalizer(LanguageDetector detector) {
        this.detector = detector;
        Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
        StringBuilder all = new StringBuilder((LAST - FIRST + 1) * 2);
        for (int c = FIRST; c <= LAST; c++) {
            all.append((char) c).append('\n');
        }
        // One transliteration of the whole range, split back per character: far cheaper than 27k calls.
        String[] converted = t2s.transliterate(all.toString()).split("\n", -1);
        for (int c = FIRST; c <= LAST; c++) {
            String s = converted[c - FIRST];
            toSimplified[c - FIRST] = s.length() == 1 ? s.charAt(0) : (char) c;
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
