package dev.baton.safety;

import java.math.BigInteger;
import java.util.Arrays;

/** Base58Check encoding for building test keys; the scanner itself only decodes. */
final class Base58TestEncoder {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private Base58TestEncoder() {}

    static String encodeChecked(byte[] payload) {
        byte[] checksum = Bip39TestPhrases.sha256(Bip39TestPhrases.sha256(payload));
        byte[] full = Arrays.copyOf(payload, payload.length + 4);
        System.arraycopy(checksum, 0, full, payload.length, 4);
        return encode(full);
    }

    static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        BigInteger value = new BigInteger(1, bytes);
        BigInteger base = BigInteger.valueOf(58);
        while (value.signum() > 0) {
            BigInteger[] qr = value.divideAndRemainder(base);
            out.append(ALPHABET.charAt(qr[1].intValue()));
            value = qr[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            out.append('1');
        }
        return out.reverse().toString();
    }
}
