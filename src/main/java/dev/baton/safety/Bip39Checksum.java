package dev.baton.safety;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The BIP-39 checksum: the first ENT/32 bits of SHA-256(entropy) follow the entropy in the words' bits. */
final class Bip39Checksum {
    private Bip39Checksum() {}

    /** Whether {@code n} words make a BIP-39 mnemonic length (12, 15, 18, 21 or 24). */
    static boolean isMnemonicLength(int n) {
        return n >= 12 && n <= 24 && n % 3 == 0;
    }

    /** Whether the 11-bit word values carry a valid checksum. False for lengths BIP-39 does not define. */
    static boolean valid(int[] values) {
        int n = values.length;
        if (!isMnemonicLength(n)) {
            return false;
        }
        int totalBits = n * 11;
        int checksumBits = totalBits / 33;
        int entropyBits = totalBits - checksumBits;
        byte[] bits = new byte[(totalBits + 7) / 8];
        int pos = 0;
        for (int value : values) {
            for (int b = 10; b >= 0; b--, pos++) {
                if (((value >> b) & 1) != 0) {
                    bits[pos >> 3] |= (byte) (0x80 >>> (pos & 7));
                }
            }
        }
        byte[] entropy = java.util.Arrays.copyOf(bits, entropyBits / 8);
        int expected = (sha256(entropy)[0] & 0xff) >>> (8 - checksumBits);
        int actual = 0;
        for (int p = entropyBits; p < totalBits; p++) {
            actual = (actual << 1) | ((bits[p >> 3] >> (7 - (p & 7))) & 1);
        }
        return expected == actual;
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime ships SHA-256", e);
        }
    }
}
