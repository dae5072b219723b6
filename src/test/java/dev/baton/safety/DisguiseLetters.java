package dev.baton.safety;

import dev.baton.safety.WalletSecrets.Source;
import java.util.SplittableRandom;

/**
 * The letters {@link Disguises} swaps into a secret: Cyrillic and Greek letters that look like Latin ones, a
 * keyboard's neighbouring keys, and made-up words and characters for misremembered phrases.
 */
final class DisguiseLetters {

    /** Uncommon characters a user might write for one they forgot; those on the list are dropped per list. */
    private static final String SIMPLIFIED_CANDIDATES =
            "鹦鹉猩猬蜥蜴蝌蚪蟋蟀螳螂蜻蜓蝴蝶瓢琵琶琥珀玳瑁翡翠玛瑙璀璨馄饨饺炖焖煲烩熏腌卤酱醋姜蒜葱韭菠芹茄笋藕菇蘑芋薯柚柠檬榴莲荔枝枇杷";

    private static final String TRADITIONAL_CANDIDATES =
            "鸚鵡猩蝟蜥蜴蝌蚪蟋蟀螳螂蜻蜓蝴蝶瓢琵琶琥珀玳瑁翡翠瑪瑙璀璨餛飩餃燉燜煲燴燻醃滷醬醋薑蒜蔥韭菠芹茄筍藕菇蘑芋薯柚檸檬榴蓮荔枝枇杷";

    private static final String[] KEYBOARD = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final String[] ONSETS = {
        "b", "bl", "br", "d", "dr", "f", "fl", "fr", "g", "gl", "gr", "k", "kl", "m", "n", "p", "pl", "pr", "qu", "sk",
        "sl", "sn", "sp", "st", "t", "tr", "v", "z"
    };
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "oo"};
    private static final String[] CODAS = {
        "rv", "nd", "lk", "sk", "rt", "mp", "nt", "x", "zz", "rn", "lf", "sp", "ng", "ck", "b", "g"
    };

    private DisguiseLetters() {}

    /** Cyrillic and Greek letters that look like {@code c}; empty when none does. */
    static String lookAlikes(char c) {
        return switch (c) {
            case 'a' -> "\u0430\u03b1";
            case 'c' -> "\u0441\u03f2";
            case 'd' -> "\u0501";
            case 'e' -> "\u0435";
            case 'h' -> "\u04bb";
            case 'i' -> "\u0456";
            case 'j' -> "\u0458";
            case 'o' -> "\u043e\u03bf";
            case 'p' -> "\u0440\u03c1";
            case 's' -> "\u0455";
            case 'u' -> "\u03c5";
            case 'v' -> "\u03bd";
            case 'x' -> "\u0445";
            case 'y' -> "\u0443";
            case 'A' -> "\u0410\u0391";
            case 'B' -> "\u0412\u0392";
            case 'C' -> "\u0421";
            case 'E' -> "\u0415\u0395";
            case 'H' -> "\u041d\u0397";
            case 'I' -> "\u0406\u0399";
            case 'J' -> "\u0408";
            case 'K' -> "\u041a\u039a";
            case 'M' -> "\u041c\u039c";
            case 'N' -> "\u039d";
            case 'O' -> "\u041e\u039f";
            case 'P' -> "\u0420\u03a1";
            case 'S' -> "\u0405";
            case 'T' -> "\u0422\u03a4";
            case 'X' -> "\u0425\u03a7";
            case 'Y' -> "\u04ae\u03a5";
            case 'Z' -> "\u0396";
            default -> "";
        };
    }

    /** A key next to {@code c} on a QWERTY keyboard, or {@code c} itself when it is not a letter. */
    static char keyboardNeighbour(char c, SplittableRandom rng) {
        for (String row : KEYBOARD) {
            int at = row.indexOf(c);
            if (at >= 0) {
                boolean left = at > 0 && (at == row.length() - 1 || rng.nextBoolean());
                return row.charAt(left ? at - 1 : at + 1);
            }
        }
        return c;
    }

    /** A pronounceable made-up word of 3-9 letters such as "blorv". */
    static String pseudoWord(SplittableRandom rng) {
        String word = ONSETS[rng.nextInt(ONSETS.length)]
                + VOWELS[rng.nextInt(VOWELS.length)]
                + CODAS[rng.nextInt(CODAS.length)];
        if (rng.nextInt(4) == 0) {
            word += VOWELS[rng.nextInt(VOWELS.length)] + "n";
        }
        return word;
    }

    /** Characters not on {@code source}'s list, for a misremembered Chinese phrase. */
    static String notListedHan(Source source) {
        String candidates =
                source.name().equals("chinese_traditional") ? TRADITIONAL_CANDIDATES : SIMPLIFIED_CANDIDATES;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < candidates.length(); i++) {
            String c = String.valueOf(candidates.charAt(i));
            if (!source.listed().contains(c) && out.indexOf(c) < 0) {
                out.append(c);
            }
        }
        if (out.length() == 0) {
            throw new IllegalStateException("every candidate character is on the " + source.name() + " list");
        }
        return out.toString();
    }
}
