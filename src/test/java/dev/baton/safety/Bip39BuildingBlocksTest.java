package dev.baton.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.encoding.Base58;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Bip39BuildingBlocksTest {
    private static final SeedWordlist ENGLISH = SeedWordlist.bip39("english");

    @Test
    void bundledListsHold2048WordsInStandardOrder() {
        assertThat(ENGLISH.word(0)).isEqualTo("abandon");
        assertThat(ENGLISH.word(2047)).isEqualTo("zoo");
        assertThat(SeedWordlist.bip39("chinese_simplified").indexOf('的')).isZero();
        assertThat(SeedWordlist.bip39("chinese_traditional").indexOf('們')).isGreaterThan(0);
        assertThat(SeedWordlist.bip39("chinese_simplified").indexOf('們')).isEqualTo(-1);
    }

    @Test
    void wordlistOfWrongSizeOrWithRepeatsIsRefused() {
        List<String> short1 = new ArrayList<>(Bip39TestPhrases.ENGLISH.subList(0, 2047));
        assertThatThrownBy(() -> new SeedWordlist("short", SeedWordlist.Family.BIP39, short1))
                .hasMessageContaining("2047");
        List<String> repeated = new ArrayList<>(Bip39TestPhrases.ENGLISH);
        repeated.set(5, repeated.get(4));
        assertThatThrownBy(() -> new SeedWordlist("repeated", SeedWordlist.Family.BIP39, repeated))
                .hasMessageContaining("repeated");
        assertThatThrownBy(() -> SeedWordlist.bip39("klingon")).hasMessageContaining("missing");
    }

    @Test
    void checksumAcceptsValidMnemonicsAndRejectsTheirNeighbours() {
        for (int words = 12; words <= 24; words += 3) {
            int[] values = Bip39TestPhrases.random(words, words, Bip39TestPhrases.ENGLISH).stream()
                    .mapToInt(ENGLISH::indexOf)
                    .toArray();
            assertThat(Bip39Checksum.valid(values)).as("%d words", words).isTrue();
            values[0] ^= 1;
            assertThat(Bip39Checksum.valid(values))
                    .as("%d words, one bit flipped", words)
                    .isFalse();
        }
        assertThat(Bip39Checksum.valid(new int[11])).isFalse();
        assertThat(Bip39Checksum.valid(new int[13])).isFalse();
    }

    @Test
    void exactlyOneInSixteenLastWordsCompletesATwelveWordMnemonic() {
        int[] values = new int[12];
        long valid = IntStream.range(0, 2048)
                .filter(last -> {
                    values[11] = last;
                    return Bip39Checksum.valid(values);
                })
                .count();
        assertThat(valid).isEqualTo(128);
    }

    @ParameterizedTest
    @CsvSource({
        "abandn,abandon",
        "abandonn,abandon",
        "abnadon,abandon",
        "abandom,abandon",
        "aban,abandon",
        "zooo,zoo",
        "acount,account",
        "adress,address",
        "ballance,balance"
    })
    void typoFindsTheWordItStandsFor(String typo, String word) {
        int[] candidates = new TypoIndex(ENGLISH).candidates(typo);

        assertThat(candidates).contains(ENGLISH.indexOf(word));
        assertThat(candidates.length).isLessThanOrEqualTo(TypoIndex.MAX_CANDIDATES);
    }

    @ParameterizedTest
    @CsvSource({"xyzzy", "blockchain", "qqqq"})
    void wordFarFromTheListHasNoCandidates(String token) {
        assertThat(new TypoIndex(ENGLISH).candidates(token)).isEmpty();
    }

    @Test
    void base58KeepsLeadingZeroBytesAndRejectsForeignChars() {
        byte[] payload = {0, 0, 1, 2, (byte) 0xff};
        String encoded = Base58TestEncoder.encodeChecked(payload);

        assertThat(encoded).startsWith("11");
        assertThat(Base58.decodeChecked(encoded))
                .hasValueSatisfying(p -> assertThat(p).containsExactly(payload));
        assertThat(Base58.decode("0OIl")).isEmpty();
        assertThat(Base58.decodeChecked(encoded.substring(0, encoded.length() - 1) + "z"))
                .isEmpty();
        assertThat(Base58.decode("")).as("nothing is not Base58").isEmpty();
    }
}
