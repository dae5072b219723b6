package dev.baton.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Builds valid BIP-39 mnemonics from entropy the way wallets do, independently of the scanner's code. */
final class Bip39TestPhrases {
    static final List<String> ENGLISH = read("english");
    static final List<String> SIMPLIFIED = read("chinese_simplified");
    static final List<String> TRADITIONAL = read("chinese_traditional");

    private Bip39TestPhrases() {}

    /** The mnemonic for {@code entropy} (16 to 32 bytes, a multiple of 4): entropy bits, then checksum bits. */
    static List<String> mnemonic(byte[] entropy, List<String> wordlist) {
        byte[] hash = sha256(entropy);
        int entropyBits = entropy.length * 8;
        int totalBits = entropyBits + entropyBits / 32;
        List<String> words = new ArrayList<>();
        for (int w = 0; w < totalBits / 11; w++) {
            int value = 0;
            for (int b = w * 11; b < w * 11 + 11; b++) {
                byte[] source = b < entropyBits ? entropy : hash;
                int bit = b < entropyBits ? b : b - entropyBits;
                value = (value << 1) | ((source[bit / 8] >> (7 - bit % 8)) & 1);
            }
            words.add(wordlist.get(value));
        }
        return words;
    }

    /** Whether {@code words} are a mnemonic with a valid checksum: re-encoding its entropy gives it back. */
    static boolean isValid(List<String> words, List<String> wordlist) {
        int n = words.size();
        if (n % 3 != 0 || n < 12 || n > 24) {
            return false;
        }
        byte[] entropy = new byte[n * 4 / 3];
        for (int bit = 0; bit < entropy.length * 8; bit++) {
            int value = wordlist.indexOf(words.get(bit / 11));
            if (value < 0) {
                return false;
            }
            if (((value >> (10 - bit % 11)) & 1) != 0) {
                entropy[bit / 8] |= (byte) (0x80 >>> (bit % 8));
            }
        }
        return mnemonic(entropy, wordlist).equals(words);
    }

    /** A valid mnemonic of {@code words} words from seeded random entropy. */
    static List<String> random(long seed, int words, List<String> wordlist) {
        byte[] entropy = new byte[words * 4 / 3];
        new Random(seed).nextBytes(entropy);
        return mnemonic(entropy, wordlist);
    }

    static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> read(String name) {
        try (InputStream in = Bip39TestPhrases.class.getResourceAsStream("bip39/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
