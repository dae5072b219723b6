package dev.baton.safety;

import static dev.baton.safety.Bip39TestPhrases.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Secrets written so that a byte-level scan misses them; each is redacted exactly where it was typed. */
class DisguisedSecretsTest {
    private static final SecretScanner SCANNER = SecretScanner.withBundledWordlists();
    private static final List<String> WORDS = Bip39TestPhrases.random(20261206L, 12, ENGLISH);
    private static final String HEX = "0c28fca386c7a227600b2fe50b7cae11ec86d3bf1fbe471be89827e19d72aa1d";

    private static void assertRedactedWhole(String typed) {
        String text = "my words: " + typed + " ok?";
        SecretScan scan = SCANNER.scan(text);

        assertThat(scan.exposed()).as(typed).isTrue();
        assertThat(scan.redacted()).startsWith("my words: [redacted: ").endsWith("] ok?");
    }

    @Test
    void wordsJoinedByZeroWidthSpaces() {
        assertRedactedWhole(String.join("\u200b", WORDS));
        assertRedactedWhole(String.join(" \u200d", WORDS));
    }

    @Test
    void fullWidthLetters() {
        String full = String.join("\u3000", WORDS)
                .chars()
                .mapToObj(c -> c >= 'a' && c <= 'z' ? String.valueOf((char) (c - 'a' + 'ａ')) : String.valueOf((char) c))
                .collect(Collectors.joining());
        assertRedactedWhole(full);
    }

    @Test
    void lookAlikeLetters() {
        String spoofed =
                String.join(" ", WORDS).replace('a', 'а').replace('o', 'ο').replace('e', 'е');
        assertRedactedWhole(spoofed);
    }

    @Test
    void wordsRunTogether() {
        assertRedactedWhole(String.join("", WORDS));
        assertRedactedWhole(String.join("", WORDS.subList(0, 6)) + " " + String.join("", WORDS.subList(6, 12)));
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "-", "\n", ":"})
    void hexKeyInGroups(String separator) {
        String grouped = IntStream.range(0, 4)
                .mapToObj(g -> HEX.substring(g * 16, g * 16 + 16))
                .collect(Collectors.joining(separator));
        SecretScan scan = SCANNER.scan("private key " + grouped);

        assertThat(scan.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(SecretKind.PRIVATE_KEY);
            assertThat(f.end()).isEqualTo(12 + grouped.length());
        });
    }

    @Test
    void hexKeyWithZeroWidthSpacesAndFullWidthDigits() {
        String disguised =
                "私钥 " + HEX.substring(0, 30) + "\u200b" + HEX.substring(30).replace('1', '１');
        assertThat(SCANNER.scan(disguised).redacted()).isEqualTo("私钥 [redacted: private key]");
    }

    @Test
    void phrasesFromOtherWalletsWordLists() {
        for (String list : List.of("spanish", "french", "italian", "czech", "portuguese", "japanese", "korean")) {
            SeedWordlist words = SeedWordlist.bip39(list);
            String phrase = IntStream.range(0, 12)
                    .mapToObj(i -> words.word(i * 97 + 5))
                    .collect(Collectors.joining(list.equals("japanese") ? "\u3000" : " "));
            assertThat(SCANNER.scan(phrase).exposed()).as(list).isTrue();
        }
        SeedWordlist electrum = SeedWordlist.load("electrum/old_english", SeedWordlist.Family.ELECTRUM);
        SeedWordlist monero = SeedWordlist.load("monero/english", SeedWordlist.Family.MONERO);
        assertThat(SCANNER.scan(IntStream.range(0, 12)
                                .mapToObj(i -> electrum.word(i * 131 + 3))
                                .collect(Collectors.joining(" ")))
                        .exposed())
                .as("electrum")
                .isTrue();
        assertThat(SCANNER.scan(IntStream.range(0, 25)
                                .mapToObj(i -> monero.word(i * 61 + 7))
                                .collect(Collectors.joining(" ")))
                        .exposed())
                .as("monero")
                .isTrue();
    }

    @Test
    void accentsTypedOrNotAreTheSameSpanishWord() {
        SeedWordlist spanish = SeedWordlist.bip39("spanish");
        assertThat(spanish.indexOf("abaco")).isZero();
        assertThat(spanish.indexOf(SeedWordlist.readable("Ábaco"))).isZero();
    }

    @Test
    void aPartOfAPhraseIsHeldWithItsSize() {
        SecretScan part = SCANNER.scan("part 2: " + String.join(" ", WORDS.subList(6, 12)));

        assertThat(part.exposed()).isFalse();
        assertThat(part.redacted()).isEqualTo("part 2: [redacted: part of a recovery phrase, 6 words]");
        assertThat(SecretScanner.heldParts(part.redacted())).isEqualTo(new HeldParts(6, 0, 0));
    }

    @Test
    void halfAKeyIsHeldWithItsSize() {
        SecretScan part = SCANNER.scan(HEX.substring(0, 32));

        assertThat(part.redacted()).isEqualTo("[redacted: part of a private key, 32 hex digits]");
        assertThat(SecretScanner.heldParts(part.redacted()).keyDigits()).isEqualTo(32);
    }

    @Test
    void tenListWordsAndNothingElseAreHeldEvenWhenCommon() {
        SecretScan scan = SCANNER.scan("about above account action address again also before business call");

        assertThat(scan.exposed()).isFalse();
        assertThat(scan.redacted()).isEqualTo("[redacted: part of a recovery phrase, 10 words]");
    }

    @Test
    void aListOfTopicsIsNotAPart() {
        assertThat(SCANNER.scan("Open issue list: device, update, hidden token, transfer limit, message.")
                        .found())
                .isFalse();
        assertThat(SCANNER.scan("confused about transfer/trade/deposit terms").found())
                .isFalse();
        assertThat(SCANNER.scan("first half: curtain,staff,section,put").redacted())
                .isEqualTo("first [redacted: part of a recovery phrase, 5 words]");
    }

    @Test
    void aFewEverydayWordsAreASentenceNotAPart() {
        assertThat(SCANNER.scan("account balance transfer").found()).isFalse();
        assertThat(SCANNER.scan("wallet access problem").found()).isFalse();
    }

    @Test
    void aBareHexStringIsHeldUntilTheUserSaysWhatItIs() {
        SecretScan bare = SCANNER.scan(HEX);
        SecretScan asked = SCANNER.scan(HEX, new ScanContext(false, true));

        assertThat(bare.exposed()).isFalse();
        assertThat(bare.redacted()).isEqualTo("[redacted: transaction hash or private key]");
        assertThat(asked.found()).as("sent when Baton asked for a hash").isFalse();
        assertThat(SCANNER.scan("交易哈希 0x" + HEX).found()).isFalse();
        assertThat(SCANNER.scan("0x" + HEX + " 是交易哈希").found()).isFalse();
        assertThat(SCANNER.scan("私钥：0x" + HEX).exposed()).isTrue();
        assertThat(SCANNER.scan("tx hash below, private key: " + HEX).exposed())
                .as("the nearer label wins")
                .isTrue();
    }

    @Test
    void theWordsOfARedactionMarkAreNeverScannedAgain() {
        String once = SCANNER.scan("part 2: " + String.join(" ", WORDS.subList(6, 12)))
                .redacted();

        assertThat(SCANNER.scan(once, new ScanContext(true, false)).found()).isFalse();
    }
}
