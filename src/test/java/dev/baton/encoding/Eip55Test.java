package dev.baton.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Eip55Test {

    @ParameterizedTest
    @ValueSource(
            strings = {
                // The mixed-case examples of EIP-55.
                "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "fB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
                "dbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "D1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"
            })
    void theEipExamplesPassAndAreTheirOwnChecksummedForm(String hex) {
        assertThat(Eip55.valid(hex)).isTrue();
        assertThat(Eip55.checksummed(hex.toLowerCase())).isEqualTo(hex);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // EIP-55's all-caps and all-lower examples: no checksum to check, so accepted.
                "52908400098527886E0F7030069857D2E4169EE7", "8617E340B3D01FA5F11F306F4090FD50E238070D",
                "de709f2102306220921060314715629080e2fb77", "27b1fdb04752bbc536007a920d24acb045561c26"
            })
    void singleCaseAddressesCarryNoChecksumAndAreAccepted(String hex) {
        assertThat(Eip55.valid(hex)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", // last letter's case flipped
                "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAee", // last letter mistyped
                "fB6916095ca1df60bB79Ce92cE3Ea74c37c5d358", // last digit mistyped
                "dbF03B407c01E7cD3CBea99509d93f8DDDC8C6F", // one digit short
                "D1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDg"
            }) // not hex
    void aOneCharacterTypoFailsTheChecksum(String hex) {
        assertThat(Eip55.valid(hex)).isFalse();
    }

    @Test
    void theHashIsOriginalKeccakNotSha3() throws Exception {
        HexFormat hex = HexFormat.of();
        assertThat(hex.formatHex(Eip55.keccak256(new byte[0])))
                .isEqualTo("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
        byte[] sha3 = MessageDigest.getInstance("SHA3-256").digest("".getBytes(StandardCharsets.US_ASCII));
        assertThat(Eip55.keccak256(new byte[0])).isNotEqualTo(sha3);
    }
}
