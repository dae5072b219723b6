package dev.baton.safety;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/** Bitcoin's Base58 and Base58Check (payload followed by the first 4 bytes of double SHA-256). */
final class Base58 {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);

    private Base58() {
    }

    static boolean isBase58(char c) {
        return ALPHABET.indexOf(c) >= 0;
    }

    /** The bytes {@code encoded} stands for, or empty when it holds a char outside the alphabet. */
    static Optional<byte[]> decode(String encoded) {
        BigInteger value = BigInteger.ZERO;
        int leadingZeros = 0;
        boolean leading = true;
        for (int i = 0; i < encoded.length(); i++) {
            int digit = ALPHABET.indexOf(encoded.charAt(i));
            if (digit < 0) {
                return Optional.empty();
            }
            leading &= digit == 0;
            leadingZeros += leading ? 1 : 0;
            value = value.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.signum() == 0 ? new byte[0] : value.toByteArray();
        int sign = magnitude.length > 0 && magnitude[0] == 0 ? 1 : 0;
        byte[] out = new byte[leadingZeros + magnitude.length - sign];
        System.arraycopy(magnitude, sign, out, leadingZeros, magnitude.length - sign);
        return Optional.of(out);
    }

    /** The payload of a Base58Check string, or empty when it does not decode or its checksum is wrong. */
    static Optional<byte[]> decodeChecked(String encoded) {
        return decode(encoded).filter(b -> b.length > 4).flatMap(bytes -> {
            byte[] payload = Arrays.copyOf(bytes, bytes.length - 4);
            byte[] hash = Bip39Checksum.sha256(Bip39Checksum.sha256(payload));
            boolean ok = Arrays.equals(hash, 0, 4, bytes, bytes.length - 4, bytes.length);
            return ok ? Optional.of(payload) : Optional.empty();
        });
    }
}
