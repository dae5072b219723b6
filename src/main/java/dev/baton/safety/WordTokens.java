package dev.baton.safety;

/**
 * The words of a text: runs of letters other than Chinese characters, with whether each is glued to a
 * digit or apostrophe ("2fa", "don't": never a list word) and whether anything but spaces, list
 * punctuation and numbering stands between it and the word before (which ends a phrase).
 */
final class WordTokens {
    int size;
    int hanChars;
    int[] start = new int[16];
    int[] end = new int[16];
    boolean[] glued = new boolean[16];
    boolean[] breakBefore = new boolean[16];
    boolean[] ascii = new boolean[16];
    String[] keys = new String[16];
    private String text;

    static WordTokens of(String text) {
        WordTokens tokens = new WordTokens();
        tokens.text = text;
        int n = text.length();
        boolean broken = false;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isWordLetter(c)) {
                int j = i + 1;
                boolean ascii = c < 0x80;
                while (j < n && (isWordLetter(text.charAt(j)) || isMark(text.charAt(j)))) {
                    ascii &= text.charAt(j) < 0x80;
                    j++;
                }
                boolean glued = (i > 0 && isGlue(text.charAt(i - 1))) || (j < n && isGlue(text.charAt(j)));
                tokens.add(i, j, glued, broken, ascii);
                broken = false;
                i = j;
            } else {
                if (Character.isIdeographic(c)) {
                    tokens.hanChars++;
                    broken = true;
                } else if (!Separators.isGap(c) && !Separators.isDigit(c)) {
                    broken = true;
                }
                i++;
            }
        }
        return tokens;
    }

    private void add(int from, int to, boolean isGlued, boolean isBroken, boolean isAscii) {
        if (size == start.length) {
            int grown = size * 2;
            start = java.util.Arrays.copyOf(start, grown);
            end = java.util.Arrays.copyOf(end, grown);
            glued = java.util.Arrays.copyOf(glued, grown);
            breakBefore = java.util.Arrays.copyOf(breakBefore, grown);
            ascii = java.util.Arrays.copyOf(ascii, grown);
            keys = java.util.Arrays.copyOf(keys, grown);
        }
        start[size] = from;
        end[size] = to;
        glued[size] = isGlued;
        breakBefore[size] = isBroken;
        ascii[size] = isAscii;
        size++;
    }

    int length(int t) {
        return end[t] - start[t];
    }

    /** The token as list words are compared (computed once, on first use). */
    String key(int t) {
        String key = keys[t];
        if (key == null) {
            String token = text.substring(start[t], end[t]);
            key = ascii[t] ? token.toLowerCase(java.util.Locale.ROOT) : SeedWordlist.readable(token);
            keys[t] = key;
        }
        return key;
    }

    private static boolean isWordLetter(char c) {
        return Character.isLetter(c) && !Character.isIdeographic(c);
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Letters glued to digits or an apostrophe make a token like "2fa" or "don't", never a listed word. */
    private static boolean isGlue(char c) {
        return Separators.isDigit(c) || c == '\'' || c == '\u2019';
    }
}
