package dev.baton.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.encoding.Bech32.Encoding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Test vectors of BIP-173 and BIP-350. */
class Bech32Test {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "A12UEL5L",
                "a12uel5l",
                "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
                "11qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqc8247j",
                "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
                "?1ezyfcl"
            })
    void bip173StringsHaveABech32Checksum(String s) {
        assertThat(Bech32.decode(s))
                .hasValueSatisfying(d -> assertThat(d.encoding()).isEqualTo(Encoding.BECH32));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "A1LQFN3A",
                "a1lqfn3a",
                "abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx",
                "split1checkupstagehandshakeupstreamerranterredcaperredlc445v",
                "?1v759aa"
            })
    void bip350StringsHaveABech32mChecksum(String s) {
        assertThat(Bech32.decode(s))
                .hasValueSatisfying(d -> assertThat(d.encoding()).isEqualTo(Encoding.BECH32M));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "pzry9x0s0muk",
                "1pzry9x0s0muk",
                "x1b4n0q5v",
                "li1dgmt3",
                "A1G7SGD8",
                "10a06t8",
                "1qzzfhee",
                "a12UEL5L"
            })
    void malformedStringsDoNotDecode(String s) {
        assertThat(Bech32.decode(s)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
                "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
                "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
                "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y",
                "BC1SW50QGDZ25J",
                "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs",
                "tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy",
                "tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c",
                "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"
            })
    void validSegwitAddressesPass(String address) {
        assertThat(Bech32.validSegwitAddress(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut", // unknown network
                "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd", // v1 with Bech32
                "tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf", // v2 with Bech32
                "BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL", // v16 with Bech32
                "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh", // v0 with Bech32m
                "tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47", // v0 with Bech32m
                "bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4", // invalid character in checksum
                "BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R", // witness version 17
                "bc1pw5dgrnzv", // 1-byte program
                "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav", // 41-byte program
                "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P", // v0 program of 16 bytes
                "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq", // mixed case
                "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf", // more than 4 padding bits
                "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j", // non-zero padding
                "bc1gmk9yu"
            }) // empty data
    void invalidSegwitAddressesFail(String address) {
        assertThat(Bech32.validSegwitAddress(address)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",
                "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t",
                "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8e3t4",
                "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jjq"
            })
    void aOneCharacterTypoFails(String typo) {
        assertThat(Bech32.validSegwitAddress(typo)).isFalse();
    }
}
