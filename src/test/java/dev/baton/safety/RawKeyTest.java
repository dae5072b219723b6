package dev.baton.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RawKeyTest {
    private static final SecretScanner SCANNER = SecretScanner.withBundledWordlists();
    private static final String HEX_KEY = "0c28fca386c7a227600b2fe50b7cae11ec86d3bf1fbe471be89827e19d72aa1d";
    private static final String WIF_UNCOMPRESSED = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ";
    private static final String WIF_COMPRESSED = "KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP98617";
    private static final String XPRV_BIP32_VECTOR =
            "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJx"
                    + "WUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi";

    private static String wif(int version, boolean compressed, long seed) {
        byte[] key = new byte[32];
        new Random(seed).nextBytes(key);
        ByteBuffer payload =
                ByteBuffer.allocate(compressed ? 34 : 33).put((byte) version).put(key);
        if (compressed) {
            payload.put((byte) 1);
        }
        return Base58TestEncoder.encodeChecked(payload.array());
    }

    private static String extendedKey(int version, long seed) {
        byte[] body = new byte[74];
        new Random(seed).nextBytes(body);
        body[41] = 0;
        return Base58TestEncoder.encodeChecked(
                ByteBuffer.allocate(78).putInt(version).put(body).array());
    }

    private static String solanaKeypair(long seed) {
        byte[] keypair = new byte[64];
        new Random(seed).nextBytes(keypair);
        keypair[0] = (byte) Math.max(1, keypair[0] & 0x7f); // no leading zero byte: a full-length encoding
        return Base58TestEncoder.encode(keypair);
    }

    static Stream<Arguments> keys() {
        return Stream.of(
                Arguments.of(HEX_KEY, SecretKind.PRIVATE_KEY, false),
                Arguments.of("0x" + HEX_KEY, SecretKind.PRIVATE_KEY, false),
                Arguments.of(HEX_KEY.toUpperCase(), SecretKind.PRIVATE_KEY, false),
                Arguments.of(WIF_UNCOMPRESSED, SecretKind.WIF_KEY, true),
                Arguments.of(WIF_COMPRESSED, SecretKind.WIF_KEY, true),
                Arguments.of(wif(0x80, true, 1), SecretKind.WIF_KEY, true),
                Arguments.of(wif(0xef, false, 2), SecretKind.WIF_KEY, true),
                Arguments.of(wif(0xef, true, 3), SecretKind.WIF_KEY, true),
                Arguments.of(XPRV_BIP32_VECTOR, SecretKind.EXTENDED_PRIVATE_KEY, true),
                Arguments.of(extendedKey(0x04358394, 4), SecretKind.EXTENDED_PRIVATE_KEY, true),
                Arguments.of(extendedKey(0x04b2430c, 5), SecretKind.EXTENDED_PRIVATE_KEY, true),
                Arguments.of(XPRV_BIP32_VECTOR.replace('Q', 'R'), SecretKind.EXTENDED_PRIVATE_KEY, false),
                Arguments.of(solanaKeypair(6), SecretKind.PRIVATE_KEY, false),
                Arguments.of(solanaKeypair(7), SecretKind.PRIVATE_KEY, false));
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("keys")
    void keyInAMessageIsRedactedWithExactOffsets(String key, SecretKind kind, boolean certain) {
        String text = "my key is " + key + ", is it safe?";
        SecretScan scan = SCANNER.scan(text);

        assertThat(scan.findings()).containsExactly(new SecretFinding(kind, 10, 10 + key.length(), certain));
        assertThat(scan.redacted()).isEqualTo("my key is [redacted: " + kind.label() + "], is it safe?");
    }

    @Test
    void generatedTestKeysHaveTheExpectedPrefixes() {
        assertThat(wif(0x80, true, 1)).hasSize(52).matches("[KL].*");
        assertThat(wif(0xef, false, 2)).hasSize(51).startsWith("9");
        assertThat(wif(0xef, true, 3)).hasSize(52).startsWith("c");
        assertThat(extendedKey(0x04358394, 4)).startsWith("tprv").hasSize(111);
        assertThat(extendedKey(0x04b2430c, 5)).startsWith("zprv").hasSize(111);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "txid: ",
                "TXID ",
                "tx hash ",
                "hash=",
                "transaction id: ",
                "交易哈希：",
                "哈希 ",
                "交易ID ",
                "交易号",
                "https://etherscan.io/tx/",
                "see https://mempool.space/tx/"
            })
    void hexAnnouncedAsTransactionHashIsNotAKey(String cue) {
        assertThat(SCANNER.scan(cue + HEX_KEY + " is pending").found()).isFalse();
        assertThat(SCANNER.scan(cue + "0x" + HEX_KEY).found()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"signature: ", "tx: ", "交易签名 ", "https://solscan.io/tx/"})
    void aSolanaSignatureAnnouncedAsSuchIsNotAKey(String cue) {
        assertThat(SCANNER.scan(cue + solanaKeypair(8) + " failed").found()).isFalse();
    }

    @Test
    void transactionCueFarAwayDoesNotExcuseAKey() {
        String text = "the txid was fine, but later I pasted this into a site: " + HEX_KEY;

        assertThat(SCANNER.scan(text).findings())
                .singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(SecretKind.HASH_OR_KEY));
        assertThat(SCANNER.scan(text).redacted()).doesNotContain(HEX_KEY.substring(0, 16));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0x742d35Cc6634C0532925a3b844Bc454e4438f44e",
                "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
                "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
                "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
                "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297",
                "TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL",
                "0c28fca386c7a227600b2fe50b7cae11ec86d3bf1fbe471be89827e19d72aa",
                "0c28fca386c7a227600b2fe50b7cae11ec86d3bf1fbe471be89827e19d72aa1d00",
                "key0c28fca386c7a227600b2fe50b7cae11ec86d3bf1fbe471be89827e19d72aa1d",
                "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTK",
                "xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8",
            })
    void addressesHashesAndNearMissesAreNotKeys(String token) {
        assertThat(SCANNER.scan("please check " + token + " for me").found()).isFalse();
    }
}
