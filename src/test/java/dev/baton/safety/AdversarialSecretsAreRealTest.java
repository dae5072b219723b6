package dev.baton.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.encoding.Base58;
import dev.baton.safety.AdversarialSecrets.Made;
import dev.baton.safety.WalletSecrets.Secret;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * Behind every disguise in the adversarial corpus is a real secret: phrase checksums and key encodings are
 * recomputed here by code that shares nothing with the generator's.
 */
class AdversarialSecretsAreRealTest {
    private static final List<Made> MADE =
            AdversarialSecrets.made(AdversarialSecretsTest.SEED, AdversarialSecretsTest.COUNT);

    /** BIP-39 checksums are recomputed by the scanner's own code, which shares nothing with the generator's. */
    @Test
    void everyPhraseBehindADisguiseIsARealOne() {
        Map<List<String>, Map<String, Integer>> indexes = new HashMap<>();
        for (Made made : MADE) {
            Secret secret = made.secret();
            if (!secret.isPhrase()) {
                continue;
            }
            List<String> list = secret.source().words();
            switch (secret.source().scheme()) {
                case BIP39 -> {
                    Map<String, Integer> index = indexes.computeIfAbsent(list, AdversarialSecretsAreRealTest::index);
                    int[] values = secret.words().stream().mapToInt(index::get).toArray();
                    assertThat(Bip39Checksum.valid(values))
                            .as(made.disguised().id())
                            .isTrue();
                }
                case ELECTRUM_OLD ->
                    assertThat(electrumOldDecodes(secret.words(), list))
                            .as(made.disguised().id())
                            .isTrue();
                case MONERO ->
                    assertThat(secret.words().get(24))
                            .as(made.disguised().id())
                            .isEqualTo(secret.words().get(moneroChecksum(secret.words())));
            }
        }
    }

    @Test
    void everyKeyBehindADisguiseIsARealOne() {
        for (Made made : MADE) {
            Secret secret = made.secret();
            String key = secret.key();
            switch (secret.type()) {
                case "hex" ->
                    assertThat(key)
                            .hasSize(64)
                            .isLowerCase()
                            .satisfies(k -> assertThat(k.chars().allMatch(c -> Character.digit(c, 16) >= 0))
                                    .isTrue());
                case "wif" ->
                    assertThat(Base58.decodeChecked(key)).hasValueSatisfying(payload -> {
                        assertThat(payload[0] & 0xff).isEqualTo(0x80);
                        assertThat(payload.length == 33 || (payload.length == 34 && payload[33] == 1))
                                .isTrue();
                    });
                case "xprv" ->
                    assertThat(Base58.decodeChecked(key)).hasValueSatisfying(payload -> {
                        assertThat(payload).hasSize(78).startsWith(0x04, 0x88, 0xAD, 0xE4);
                        assertThat(payload[45]).isZero();
                        assertThat(key).startsWith("xprv");
                    });
                case "solana" -> {
                    assertThat(key.length()).isBetween(86, 88);
                    assertThat(Base58.decode(key).map(b -> b.length)).contains(64);
                }
                default -> assertThat(secret.isPhrase()).as(secret.type()).isTrue();
            }
        }
    }

    private static Map<String, Integer> index(List<String> list) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            index.put(list.get(i), i);
        }
        return index;
    }

    /** Whether each three words stand for a 32-bit number, as Electrum's old scheme decodes them. */
    private static boolean electrumOldDecodes(List<String> words, List<String> list) {
        long n = list.size();
        if (words.size() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i += 3) {
            long w1 = list.indexOf(words.get(i));
            long w2 = list.indexOf(words.get(i + 1));
            long w3 = list.indexOf(words.get(i + 2));
            if (w1 < 0 || w2 < 0 || w3 < 0) {
                return false;
            }
            long x = w1 + n * Math.floorMod(w2 - w1, n) + n * n * Math.floorMod(w3 - w2, n);
            if (x >= 1L << 32) {
                return false;
            }
        }
        return true;
    }

    private static int moneroChecksum(List<String> words) {
        StringBuilder prefixes = new StringBuilder();
        words.subList(0, 24).forEach(w -> prefixes.append(w, 0, Math.min(3, w.length())));
        CRC32 crc = new CRC32();
        crc.update(prefixes.toString().getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % 24);
    }
}
