package dev.baton.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base58Test {
    /** A Solana transaction signature: 64 bytes in Base58. */
    private static final String SOLANA_SIGNATURE =
            "5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW";

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    @ParameterizedTest
    @CsvSource({
        "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2, 0", // P2PKH example of the Bitcoin wiki
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa, 0", // the genesis block's address
        "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy, 5", // P2SH example of the Bitcoin wiki
        "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE, 65", // Tron, 0x41
        "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t, 65"
    }) // Tron's USDT contract
    void knownAddressesCarryTheirVersionByte(String address, int version) {
        assertThat(Base58.isVersioned(address, version)).isTrue();
        assertThat(Base58.isVersioned(address, version == 0 ? 5 : 0)).isFalse();
    }

    @Test
    void theTronAddressChecksOutByASecondIndependentDecoder() throws Exception {
        byte[] bytes = bigIntegerDecode("TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE");
        byte[] payload = Arrays.copyOf(bytes, 21);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] hash = sha.digest(sha.digest(payload));

        assertThat(bytes).hasSize(25);
        assertThat(payload[0]).isEqualTo((byte) 0x41);
        assertThat(Arrays.copyOfRange(bytes, 21, 25)).isEqualTo(Arrays.copyOf(hash, 4));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
                "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
                "11111111111111111111111111111111",
                "1112",
                "z",
                SOLANA_SIGNATURE
            })
    void decodingAgreesWithABigIntegerReference(String encoded) {
        assertThat(Base58.decode(encoded)).hasValueSatisfying(b -> assertThat(b).isEqualTo(bigIntegerDecode(encoded)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVM2",
                "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWLy",
                "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSF", "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLES"
            })
    void aOneCharacterTypoFailsTheChecksum(String typo) {
        assertThat(Base58.isVersioned(typo, 0) || Base58.isVersioned(typo, 5) || Base58.isVersioned(typo, 0x41))
                .isFalse();
    }

    @Test
    void charactersOutsideTheAlphabetDoNotDecode() {
        assertThat(Base58.decode("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN0")).isEmpty();
        assertThat(Base58.decode("TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSI")).isEmpty();
        assertThat(Base58.decode("")).isEmpty();
    }

    private static byte[] bigIntegerDecode(String s) {
        BigInteger n = BigInteger.ZERO;
        for (char c : s.toCharArray()) {
            n = n.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(ALPHABET.indexOf(c)));
        }
        int zeros = 0;
        while (zeros < s.length() && s.charAt(zeros) == '1') {
            zeros++;
        }
        byte[] magnitude = n.signum() == 0 ? new byte[0] : n.toByteArray();
        int skip = magnitude.length > 0 && magnitude[0] == 0 ? 1 : 0;
        byte[] out = new byte[zeros + magnitude.length - skip];
        System.arraycopy(magnitude, skip, out, zeros, magnitude.length - skip);
        return out;
    }
}
