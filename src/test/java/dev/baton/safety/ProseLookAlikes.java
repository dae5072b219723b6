package dev.baton.safety;

import dev.baton.safety.AdversarialSecrets.Channel;
import dev.baton.safety.AdversarialSecrets.LookAlike;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The prose look-alikes of {@link AdversarialLookAlikes}: ordinary messages ({@link AdversarialProse}), each new
 * and each kept by a fragment no earlier message holds, so that finding the fragment shows that message came
 * through. None holds {@value #MAX_RUN} listed English words in a row.
 */
final class ProseLookAlikes {

    /** Listed English words in a row that would make a phrase. */
    private static final int MAX_RUN = 12;

    private final Set<String> messages = new HashSet<>();
    private final List<String> written = new ArrayList<>();
    private final Set<String> keeps = new HashSet<>();

    /** The next message of {@code kind} ("en-prose", "zh-prose" or "mixed-prose"). */
    LookAlike next(String prefix, String kind, Channel channel, SplittableRandom rng) {
        String text = "";
        String keep = null;
        for (int attempt = 0; keep == null; attempt++) {
            text = switch (kind) {
                case "en-prose" -> AdversarialProse.english(rng);
                case "zh-prose" -> AdversarialProse.chinese(rng, rng.nextInt(5) < 2);
                default -> AdversarialProse.mixed(rng);
            };
            if (messages.contains(text) || longestEnglishRun(text) >= MAX_RUN) {
                continue;
            }
            keep = kind.equals("en-prose")
                    ? wordsFragment(text, rng, attempt < 50)
                    : charsFragment(
                            text,
                            kind.equals("zh-prose") ? 6 : 8,
                            kind.equals("zh-prose") ? 10 : 14,
                            rng,
                            attempt < 50);
        }
        messages.add(text);
        written.add(text);
        keeps.add(keep);
        return new LookAlike(prefix, kind, channel, List.of(text), List.of(keep));
    }

    /** Three to five words as written; null when every try is held by an earlier message. */
    private String wordsFragment(String text, SplittableRandom rng, boolean fresh) {
        String[] words = text.split(" ");
        for (int t = 0; t < 20; t++) {
            int n = Math.min(words.length, 3 + rng.nextInt(3));
            int from = rng.nextInt(words.length - n + 1);
            String fragment = String.join(" ", List.of(words).subList(from, from + n));
            fragment = trimPunctuation(fragment);
            if (fragment.length() >= 15 && (!fresh || isNew(fragment))) {
                return fragment;
            }
        }
        return null;
    }

    /** {@code min} to {@code max} chars that cut no English word; null when every try is held elsewhere. */
    private String charsFragment(String text, int min, int max, SplittableRandom rng, boolean fresh) {
        for (int t = 0; t < 30; t++) {
            int length = Math.min(text.length(), min + rng.nextInt(max - min + 1));
            int from = rng.nextInt(text.length() - length + 1);
            int to = from + length;
            boolean cuts = (from > 0 && isWordChar(text.charAt(from - 1)) && isWordChar(text.charAt(from)))
                    || (to < text.length() && isWordChar(text.charAt(to - 1)) && isWordChar(text.charAt(to)));
            String fragment = text.substring(from, to);
            boolean clean = Character.isLetterOrDigit(fragment.charAt(0))
                    && Character.isLetterOrDigit(fragment.charAt(fragment.length() - 1));
            if (!cuts && clean && AdversarialSecrets.cjk(fragment) >= 3 && (!fresh || isNew(fragment))) {
                return fragment;
            }
        }
        return null;
    }

    private boolean isNew(String fragment) {
        return !keeps.contains(fragment) && written.stream().noneMatch(m -> m.contains(fragment));
    }

    private static String trimPunctuation(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && ",.?!:;".indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && ",.?!:;".indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * The most listed English words in a row: words are runs of ASCII letters, and anything between them other
     * than a word (spaces, punctuation, digits, Chinese) does not break a run.
     */
    static int longestEnglishRun(String text) {
        int longest = 0;
        int run = 0;
        int i = 0;
        while (i < text.length()) {
            if (!isAsciiLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && isAsciiLetter(text.charAt(j))) {
                j++;
            }
            String word = text.substring(i, j).toLowerCase(Locale.ROOT);
            run = WalletSecrets.ENGLISH.listed().contains(word) ? run + 1 : 0;
            longest = Math.max(longest, run);
            i = j;
        }
        return longest;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
