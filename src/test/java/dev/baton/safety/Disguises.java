package dev.baton.safety;

import dev.baton.safety.TypedSecret.Layout;
import dev.baton.safety.WalletSecrets.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The changes a secret goes through in {@link DisguiseWriter}, drawn from one random source: case, look-alike
 * and full-width letters, zero-width characters, typos, made-up words, a wrong char in a key; the separators
 * between its words; and the random picks the writer makes on the way.
 */
final class Disguises {

    private static final String ZERO_WIDTH = "\u200B\u200C\u200D\u2060\uFEFF\u00AD";
    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private final SplittableRandom rng;

    Disguises(SplittableRandom rng) {
        this.rng = rng;
    }

    /** Every word in upper case (mode 0), in title case (1), or some of them in title case (2). */
    void recase(List<String> units, int mode) {
        for (int i = 0; i < units.size(); i++) {
            String w = units.get(i);
            boolean title = mode == 1 || (mode == 2 && rng.nextBoolean());
            units.set(
                    i,
                    mode == 0
                            ? w.toUpperCase(Locale.ROOT)
                            : title ? w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1) : w);
        }
    }

    /** One or two letters of at least a third of the words become Cyrillic or Greek letters that look the same. */
    void homoglyphWords(List<String> units) {
        int n = units.size();
        for (int i : distinctPositions(n, Math.max(2, n / 3 + rng.nextInt(n - n / 3 + 1)))) {
            units.set(i, homoglyphs(units.get(i), 1 + rng.nextInt(2)));
        }
    }

    /** {@code how} letters of {@code text} that have a look-alike replaced by one. */
    String homoglyphs(String text, int how) {
        StringBuilder out = new StringBuilder(text);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (!DisguiseLetters.lookAlikes(text.charAt(i)).isEmpty()) {
                candidates.add(i);
            }
        }
        for (int k = 0; k < how && !candidates.isEmpty(); k++) {
            int at = candidates.remove(rng.nextInt(candidates.size()));
            String options = DisguiseLetters.lookAlikes(text.charAt(at));
            out.setCharAt(at, options.charAt(rng.nextInt(options.length())));
        }
        return out.toString();
    }

    /** Full-width letters for every word, for some words, or for some letters here and there. */
    void fullwidthWords(List<String> units) {
        int mode = rng.nextInt(3);
        for (int i = 0; i < units.size(); i++) {
            if (mode == 0 || (mode == 1 && rng.nextBoolean())) {
                units.set(i, fullwidth(units.get(i), 100));
            } else if (mode == 2) {
                units.set(i, fullwidth(units.get(i), 40));
            }
        }
    }

    /** About {@code percent} of the ASCII letters and digits of {@code text} in their full-width form. */
    String fullwidth(String text, int percent) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ascii = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            out.append(ascii && rng.nextInt(100) < percent ? (char) (c + 0xFEE0) : c);
        }
        return out.toString();
    }

    /** A zero-width character inside at least a third of the words. */
    void zeroWidthInside(List<String> units) {
        int n = units.size();
        for (int i : distinctPositions(n, Math.max(2, n / 3 + rng.nextInt(n / 2)))) {
            String w = units.get(i);
            if (w.length() > 1) {
                int at = 1 + rng.nextInt(w.length() - 1);
                units.set(i, w.substring(0, at) + zeroWidth() + w.substring(at));
            }
        }
    }

    char zeroWidth() {
        return ZERO_WIDTH.charAt(rng.nextInt(ZERO_WIDTH.length()));
    }

    /** One edit a hurried typist makes: a neighbouring key, a dropped or doubled letter, two letters swapped. */
    String typo(String word, Set<String> listed) {
        while (true) {
            StringBuilder t = new StringBuilder(word);
            int at = rng.nextInt(word.length());
            switch (rng.nextInt(4)) {
                case 0 -> t.setCharAt(at, DisguiseLetters.keyboardNeighbour(word.charAt(at), rng));
                case 1 -> t.deleteCharAt(at);
                case 2 ->
                    t.insert(
                            at,
                            rng.nextBoolean()
                                    ? word.charAt(at)
                                    : DisguiseLetters.keyboardNeighbour(word.charAt(at), rng));
                default -> {
                    if (at + 1 < word.length()) {
                        t.setCharAt(at, word.charAt(at + 1));
                        t.setCharAt(at + 1, word.charAt(at));
                    }
                }
            }
            String typed = t.toString();
            if (typed.length() >= 3 && !typed.equals(word) && !listed.contains(typed)) {
                return typed;
            }
        }
    }

    /** A word that sounds like it could be on the list, such as "blorv", but is not. */
    String madeUpWord(Set<String> listed) {
        while (true) {
            String word = DisguiseLetters.pseudoWord(rng);
            if (!listed.contains(word)) {
                return word;
            }
        }
    }

    /** A Chinese character that is not on the source's list. */
    String notListedHan(Source source) {
        String pool = DisguiseLetters.notListedHan(source);
        return String.valueOf(pool.charAt(rng.nextInt(pool.length())));
    }

    /** Zero-width characters at a few places in a key, or after every 4 or 8 chars. */
    Set<Integer> zeroWidthPositions(int n) {
        Set<Integer> at = new LinkedHashSet<>();
        if (rng.nextInt(3) == 0) {
            int every = rng.nextBoolean() ? 4 : 8;
            for (int i = every; i < n; i += every) {
                at.add(i);
            }
        } else {
            int how = 1 + rng.nextInt(5);
            while (at.size() < how) {
                at.add(1 + rng.nextInt(n - 1));
            }
        }
        return at;
    }

    /** The key with one char wrong: another digit of its alphabet, or a char outside it. */
    String wrongChar(String key, boolean hex) {
        int at = 4 + rng.nextInt(key.length() - 4);
        String alphabet = hex ? "0123456789abcdef" : BASE58;
        String outside = hex ? "ghkmnopqrstuvwxz" : "0OIl";
        char replacement;
        do {
            replacement = rng.nextInt(10) < 6
                    ? alphabet.charAt(rng.nextInt(alphabet.length()))
                    : outside.charAt(rng.nextInt(outside.length()));
        } while (replacement == key.charAt(at));
        return key.substring(0, at) + replacement + key.substring(at + 1);
    }

    /** Hex as exported (lower case), in upper case, or in a mix of both. */
    String hexCase(String hex) {
        int r = rng.nextInt(10);
        if (r < 6) {
            return hex;
        }
        if (r < 8) {
            return hex.toUpperCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(hex);
        for (int i = 0; i < out.length(); i++) {
            if (rng.nextBoolean()) {
                out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
            }
        }
        return out.toString();
    }

    /** Spaces, commas, line breaks, slashes, dashes or numbering, as the list's users write them. */
    Layout ordinaryLayout(Source source, boolean mayRun) {
        if (source.chinese()) {
            List<String> gaps = new ArrayList<>(List.of(" ", " ", ",", "，", "、", "\u3000", "\n", ", "));
            if (mayRun) {
                gaps.add("");
            }
            int r = rng.nextInt(gaps.size() + 2);
            return r < gaps.size()
                    ? Layout.separator(gaps.get(r))
                    : r == gaps.size() ? Layout.numbered("\n", ". ") : Layout.numbered("\n", "、");
        }
        if (source.name().equals("japanese")) {
            int r = rng.nextInt(5);
            return r < 2
                    ? Layout.separator("\u3000")
                    : r == 2 ? Layout.separator(" ") : r == 3 ? Layout.separator("\n") : Layout.numbered("\n", ". ");
        }
        int r = rng.nextInt(13);
        return switch (r) {
            case 0, 1, 2 -> Layout.separator(" ");
            case 3 -> Layout.separator(",");
            case 4 -> Layout.separator(", ");
            case 5 -> Layout.separator("\n");
            case 6 -> Layout.separator("\t");
            case 7 -> Layout.separator(" / ");
            case 8 -> Layout.separator(" - ");
            case 9 -> Layout.numbered("\n", ". ");
            case 10 -> Layout.numbered(" ", ") ");
            case 11 -> Layout.numbered(" ", ":");
            default -> Layout.separator("  ");
        };
    }

    /** A zero-width character instead of each separator: the same one throughout, or a different one each time. */
    Layout zeroWidthGaps() {
        boolean same = rng.nextBoolean();
        char one = zeroWidth();
        return (index, first) -> first ? "" : String.valueOf(same ? one : zeroWidth());
    }

    /** One of {@code options} in {@code percent} cases in a hundred, else nothing. */
    String maybe(int percent, List<String> options) {
        return rng.nextInt(100) < percent ? pick(options) : "";
    }

    String pick(List<String> options) {
        return options.get(rng.nextInt(options.size()));
    }

    /** {@code how} distinct positions below {@code n}, in ascending order. */
    List<Integer> distinctPositions(int n, int how) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        List<Integer> chosen = new ArrayList<>();
        for (int k = 0; k < Math.min(how, n); k++) {
            chosen.add(all.remove(rng.nextInt(all.size())));
        }
        chosen.sort(null);
        return chosen;
    }
}
