package dev.baton.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Ordinary help-desk messages for {@link AdversarialLookAlikes}, composed from templates and slots. They are
 * written to be as close to a phrase as honest prose gets: English made mostly of BIP-39 words (which are
 * common words), lists of support topics with long runs of them, Chinese that is almost all listed
 * characters, and messages that talk about a recovery phrase or name one ("我的助记词是写在纸上的") without
 * containing it. The templates are in {@link EnglishProseTemplates} and {@link ChineseProseTemplates}.
 */
final class AdversarialProse {

    private AdversarialProse() {}

    /** One to three English sentences, 8 to 40 words in all. */
    static String english(SplittableRandom rng) {
        while (true) {
            int sentences = rng.nextInt(20) < 11 ? 1 : rng.nextInt(20) < 16 ? 2 : 3;
            String text = String.join(
                    " ", compose(EnglishProseTemplates.TEMPLATES, EnglishProseTemplates.SLOTS, sentences, rng));
            int words = text.split(" ").length;
            if (words >= 8 && words <= 40) {
                return text;
            }
        }
    }

    /** One or two Chinese sentences, Simplified or Traditional. */
    static String chinese(SplittableRandom rng, boolean traditional) {
        List<String> sentences = traditional
                ? compose(
                        ChineseProseTemplates.TRADITIONAL,
                        ChineseProseTemplates.TRADITIONAL_SLOTS,
                        1 + rng.nextInt(2),
                        rng)
                : compose(
                        ChineseProseTemplates.SIMPLIFIED,
                        ChineseProseTemplates.SIMPLIFIED_SLOTS,
                        1 + rng.nextInt(2),
                        rng);
        return joinChinese(sentences);
    }

    /** Chinese with English words in it, as many users write. */
    static String mixed(SplittableRandom rng) {
        return joinChinese(
                compose(ChineseProseTemplates.MIXED, ChineseProseTemplates.MIXED_SLOTS, 1 + rng.nextInt(2), rng));
    }

    private static String joinChinese(List<String> sentences) {
        StringBuilder out = new StringBuilder(sentences.get(0));
        for (int i = 1; i < sentences.size(); i++) {
            char last = out.charAt(out.length() - 1);
            out.append(last == '？' || last == '。' || last == '！' ? "" : "。").append(sentences.get(i));
        }
        return out.toString();
    }

    private static List<String> compose(
            List<String> templates, Map<String, List<String>> slots, int sentences, SplittableRandom rng) {
        List<String> remaining = new ArrayList<>(templates);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            out.add(fill(remaining.remove(rng.nextInt(remaining.size())), slots, rng));
        }
        return out;
    }

    /**
     * The template with each "{slot}" replaced by one of its fillers; "{topics}" by a list of support topics
     * and "{terse}" by a terse complaint.
     */
    private static String fill(String template, Map<String, List<String>> slots, SplittableRandom rng) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            String name = template.substring(open + 1, close);
            if (name.equals("topics")) {
                out.append(topics(rng));
            } else if (name.equals("terse")) {
                out.append(EnglishProseTemplates.TERSE.get(rng.nextInt(EnglishProseTemplates.TERSE.size())));
            } else {
                List<String> fillers = slots.get(name);
                out.append(fillers.get(rng.nextInt(fillers.size())));
            }
            i = close + 1;
        }
        return out.toString();
    }

    /** Four to nine distinct topics: "wallet access, balance, network fee and token swap". */
    private static String topics(SplittableRandom rng) {
        List<String> remaining = new ArrayList<>(EnglishProseTemplates.TOPICS);
        int n = 4 + rng.nextInt(6);
        StringBuilder out = new StringBuilder();
        boolean and = rng.nextBoolean();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(and && i == n - 1 ? " and " : ", ");
            }
            out.append(remaining.remove(rng.nextInt(remaining.size())));
        }
        return out.toString();
    }
}
