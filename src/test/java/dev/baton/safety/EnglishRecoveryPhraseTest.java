package dev.baton.safety;

import static dev.baton.safety.Bip39TestPhrases.ENGLISH;
import static dev.baton.safety.Bip39TestPhrases.filled;
import static dev.baton.safety.Bip39TestPhrases.mnemonic;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnglishRecoveryPhraseTest {
    private static final SecretScanner SCANNER = SecretScanner.withBundledWordlists();
    private static final String ABANDON_ABOUT = "abandon ".repeat(11) + "about";

    @Test
    void testHelperReproducesTheStandardVectors() {
        assertThat(String.join(" ", mnemonic(filled(16, 0), ENGLISH))).isEqualTo(ABANDON_ABOUT);
        assertThat(String.join(" ", mnemonic(filled(16, 0x7f), ENGLISH)))
                .isEqualTo("legal winner thank year wave sausage worth useful legal winner thank yellow");
        assertThat(String.join(" ", mnemonic(filled(32, 0), ENGLISH))).isEqualTo("abandon ".repeat(23) + "art");
        assertThat(String.join(" ", mnemonic(filled(32, 0xff), ENGLISH))).isEqualTo("zoo ".repeat(23) + "vote");
    }

    static Stream<Arguments> validPhrases() {
        Stream<Arguments> vectors = Stream.of(
                Arguments.of("12 abandon/about", ABANDON_ABOUT),
                Arguments.of("24 abandon/art", String.join(" ", mnemonic(filled(32, 0), ENGLISH))),
                Arguments.of("12 legal winner", String.join(" ", mnemonic(filled(16, 0x7f), ENGLISH))),
                Arguments.of("18 letter advice", String.join(" ", mnemonic(filled(24, 0x80), ENGLISH))));
        Stream<Arguments> random = IntStream.of(12, 15, 18, 21, 24)
                .boxed()
                .flatMap(words -> IntStream.range(0, 4)
                        .mapToObj(seed -> Arguments.of(
                                words + " random #" + seed,
                                String.join(" ", Bip39TestPhrases.random(seed * 31L + words, words, ENGLISH)))));
        return Stream.concat(vectors, random);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validPhrases")
    void validPhraseIsFoundCertainAndRedactedWhole(String name, String phrase) {
        SecretScan scan = SCANNER.scan(phrase);

        assertThat(scan.findings())
                .containsExactly(new SecretFinding(SecretKind.RECOVERY_PHRASE, 0, phrase.length(), true));
        assertThat(scan.redacted()).isEqualTo("[redacted: recovery phrase]");
    }

    @Test
    void phraseInsideSentenceIsRedactedWithExactOffsets() {
        String text = "my phrase is " + ABANDON_ABOUT + "! is it safe?";
        SecretScan scan = SCANNER.scan(text);

        assertThat(scan.findings())
                .containsExactly(new SecretFinding(SecretKind.RECOVERY_PHRASE, 13, 13 + ABANDON_ABOUT.length(), true));
        assertThat(scan.redacted()).isEqualTo("my phrase is [redacted: recovery phrase]! is it safe?");
    }

    @Test
    void listedWordsNextToThePhraseAreRedactedWithIt() {
        String text = "my phrase is " + ABANDON_ABOUT + ", please help";
        SecretScan scan = SCANNER.scan(text);

        assertThat(scan.findings())
                .containsExactly(new SecretFinding(SecretKind.RECOVERY_PHRASE, 13, text.length(), true));
        assertThat(scan.redacted()).isEqualTo("my phrase is [redacted: recovery phrase]");
    }

    @Test
    void capitalisedWordsAreStillWords() {
        String text = "Hi, here it is: Abandon " + "Abandon ".repeat(10) + "About. Is my wallet safe?";
        SecretScan scan = SCANNER.scan(text);

        assertThat(scan.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.certain()).isTrue());
        assertThat(scan.redacted()).isEqualTo("Hi, here it is: [redacted: recovery phrase]. Is my wallet safe?");
    }

    static Stream<Arguments> layouts() {
        List<String> words = Bip39TestPhrases.random(7, 12, ENGLISH);
        return Stream.of(
                Arguments.of("numbered with dots", numbered(words, ". ", "\n"), "1. "),
                Arguments.of("numbered with parens", numbered(words, ") ", " "), "1) "),
                Arguments.of("comma separated", String.join(", ", words), ""),
                Arguments.of("one per line", String.join("\n", words), ""),
                Arguments.of("upper case", String.join(" ", words).toUpperCase(), ""),
                Arguments.of("tabs and bullets", "• " + String.join("\t• ", words), "• "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void pastedLayoutsAreRecognisedFromFirstToLastWord(String name, String text, String beforeFirstWord) {
        SecretScan scan = SCANNER.scan("Here you go:\n" + text + "\nthanks");

        assertThat(scan.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.certain()).isTrue());
        assertThat(scan.redacted())
                .isEqualTo("Here you go:\n" + beforeFirstWord + "[redacted: recovery phrase]\nthanks");
    }

    @ParameterizedTest(name = "typos {0}")
    @ValueSource(strings = {"abandn", "abandonn", "abnadon", "abandom", "aband", "abandn|abadon", "Abandn|abndon"})
    void upToTwoTyposAreCorrectedBeforeTheChecksum(String typos) {
        List<String> words = new ArrayList<>(mnemonic(filled(16, 0), ENGLISH));
        String[] replacements = typos.split("\\|");
        for (int i = 0; i < replacements.length; i++) {
            words.set(3 + i * 4, replacements[i]);
        }
        SecretScan scan = SCANNER.scan("it is: " + String.join(" ", words));

        assertThat(scan.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.certain()).isTrue());
        assertThat(scan.redacted()).isEqualTo("it is: [redacted: recovery phrase]");
    }

    @Test
    void threeTyposInTwelveWordsAreAPhraseButFourAreNot() {
        String three = "abandn abandon abadon abandon abandon abndon abandon abandon abandon abandon abandon about";
        String four = "abandn abandon abadon abandon abandon abndon abandon abandon abanon abandon abandon about";

        assertThat(SCANNER.scan(three).exposed()).isTrue();
        assertThat(SCANNER.scan("it is: " + four).exposed()).isFalse();
    }

    @Test
    void twelveListedWordsWithBadChecksumAreRedactedButUncertain() {
        String text = "account balance transfer address twelve orange winter garden music piano river mountain";
        assertThat(Bip39TestPhrases.isValid(List.of(text.split(" ")), ENGLISH)).isFalse();

        SecretScan scan = SCANNER.scan(text);

        assertThat(scan.findings())
                .containsExactly(new SecretFinding(SecretKind.RECOVERY_PHRASE, 0, text.length(), false));
    }

    @ParameterizedTest(name = "{0} words")
    @ValueSource(ints = {13, 14, 25, 30})
    void longerRunsOfListedWordsAreRedactedWhole(int count) {
        List<String> words = new ArrayList<>(Bip39TestPhrases.random(count, 24, ENGLISH));
        words.addAll(Bip39TestPhrases.random(count + 1, 12, ENGLISH));
        String run = String.join(" ", words.subList(0, count));
        SecretScan scan = SCANNER.scan("it is: " + run + " :(");

        assertThat(scan.findings())
                .containsExactly(new SecretFinding(
                        SecretKind.RECOVERY_PHRASE,
                        7,
                        7 + run.length(),
                        count >= 24 || scan.findings().get(0).certain()));
        assertThat(scan.redacted()).isEqualTo("it is: [redacted: recovery phrase] :(");
    }

    private static String numbered(List<String> words, String after, String between) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            out.append(i == 0 ? "" : between).append(i + 1).append(after).append(words.get(i));
        }
        return out.toString();
    }
}
