package dev.baton.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.safety.AdversarialSecrets.LookAlike;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The look-alikes of the adversarial corpus keep their promises: every kind often enough to matter, what they
 * say kept where they say it, and no phrase among them, though the English prose leans on listed words.
 */
class AdversarialLookAlikesTest {
    private static final long SEED = 20261206L;
    private static final int COUNT = 2000;
    private static final List<LookAlike> LOOK_ALIKES = AdversarialSecrets.lookAlikes(SEED, COUNT);
    private static final Map<String, Integer> KINDS = Map.of(
            "tx-context",
            400,
            "tx-reply",
            150,
            "address",
            150,
            "order-number",
            150,
            "en-prose",
            150,
            "zh-prose",
            150,
            "mixed-prose",
            150);

    @Test
    void lookAlikeKindsComeUpOftenEnoughAndKeepWhatTheySay() {
        Map<String, Integer> kinds = new TreeMap<>();
        LOOK_ALIKES.forEach(l -> kinds.merge(l.kind(), 1, Integer::sum));

        assertThat(kinds.keySet()).containsExactlyInAnyOrderElementsOf(KINDS.keySet());
        KINDS.forEach((kind, least) -> assertThat(kinds.get(kind)).as(kind).isGreaterThanOrEqualTo(least));
        assertThat(LOOK_ALIKES).allSatisfy(l -> {
            assertThat(l.keep()).isNotEmpty();
            assertThat(l.keep()).allSatisfy(k -> assertThat(l.parts()).anyMatch(p -> p.contains(k)));
        });
        assertThat(LOOK_ALIKES).filteredOn(l -> l.kind().equals("tx-reply")).allSatisfy(l -> {
            assertThat(l.parts()).hasSize(2);
            assertThat(l.parts().get(1)).isEqualTo(l.keep().get(0));
        });
        assertThat(LOOK_ALIKES)
                .filteredOn(l -> !l.kind().equals("tx-reply"))
                .allSatisfy(l -> assertThat(l.parts()).hasSize(1));
        Set<String> prose = new HashSet<>();
        LOOK_ALIKES.stream()
                .filter(l -> l.kind().endsWith("prose"))
                .forEach(l -> prose.add(l.parts().get(0)));
        assertThat(prose).hasSize(kinds.get("en-prose") + kinds.get("zh-prose") + kinds.get("mixed-prose"));
    }

    @Test
    void noLookAlikeHoldsTwelveListedEnglishWordsInARow() {
        Set<String> english = Set.copyOf(Bip39TestPhrases.ENGLISH);
        for (LookAlike l : LOOK_ALIKES) {
            for (String part : l.parts()) {
                assertThat(longestListedRun(part, english)).as(part).isLessThan(12);
            }
        }
    }

    /**
     * Grammatical English cannot be mostly listed words ("the", "my", "to" are not on the list), but the
     * prose leans on them and some of it comes within a few words of a phrase's length.
     */
    @Test
    void englishProseLeansOnListedWordsAndSometimesNearlyMakesAPhrase() {
        Set<String> english = Set.copyOf(Bip39TestPhrases.ENGLISH);
        int words = 0;
        int listed = 0;
        int nearMisses = 0;
        for (LookAlike l : LOOK_ALIKES) {
            if (l.kind().equals("en-prose")) {
                nearMisses += longestListedRun(l.parts().get(0), english) >= 8 ? 1 : 0;
                for (String w : latinWords(l.parts().get(0))) {
                    words++;
                    listed += english.contains(w.toLowerCase(Locale.ROOT)) ? 1 : 0;
                }
            }
        }
        assertThat(listed).isGreaterThan(words / 3);
        assertThat(nearMisses).isGreaterThanOrEqualTo(20);
    }

    /** Listed words in a row, where a word is a run of ASCII letters and only an unlisted word breaks a run. */
    private static int longestListedRun(String text, Set<String> listed) {
        int longest = 0;
        int run = 0;
        for (String w : latinWords(text)) {
            run = listed.contains(w.toLowerCase(Locale.ROOT)) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** The runs of ASCII letters in {@code text}. */
    private static List<String> latinWords(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        return words;
    }
}
