package dev.baton.encoding;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Bitcoin's Base58 alphabet and Base58Check (payload followed by the first 4 bytes of double SHA-256): what
 * addresses ({@code details}) and keys ({@code safety}) are written in.
 */
public final class Base58 {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final byte[] DIGITS = new byte[128];

    static {
        Arrays.fill(DIGITS, (byte) -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            DIGITS[ALPHABET.charAt(i)] = (byte) i;
        }
    }

    private Base58() {}

    public static boolean isBase58(char c) {
        return c < 128 && DIGITS[c] >= 0;
    }

    public static boolean isBase58(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isBase58(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** The bytes {@code encoded} stands for, or empty when it holds a char outside the alphabet. */
    public static Optional<byte[]> decode(String encoded) {
        if (!isBase58(encoded)) {
            return Optional.empty();
        }
        // Base-256 digits, least significant first, grown as the base-58 number is multiplied in.
        byte[] acc = new byte[encoded.length()];
        int used = 0;
        int leadingZeros = 0;
        while (leadingZeros < encoded.length() && encoded.charAt(leadingZeros) == '1') {
            leadingZeros++;
        }
        for (int i = leadingZeros; i < encoded.length(); i++) {
            int carry = DIGITS[encoded.charAt(i)];
            for (int j = 0; j < used; j++) {
                carry += (acc[j] & 0xff) * 58;
                acc[j] = (byte) carry;
                carry >>>= 8;
            }
            while (carry > 0) {
                acc[used++] = (byte) carry;
                carry >>>= 8;
            }
        }
        byte[] out = new byte[leadingZeros + used];
        for (int j = 0; j < used; j++) {
            out[out.length - 1 - j] = acc[j];
        }
        return Optional.of(out);
    }

    /** The payload of a Base58Check string, or empty when it does not decode or its checksum is wrong. */
    public static Optional<byte[]> decodeChecked(String encoded) {
        return decode(encoded).filter(b -> b.length > 4).flatMap(bytes -> {
            byte[] payload = Arrays.copyOf(bytes, bytes.length - 4);
            byte[] hash = sha256(sha256(payload));
            boolean ok = Arrays.equals(hash, 0, 4, bytes, bytes.length - 4, bytes.length);
            return ok ? Optional.of(payload) : Optional.empty();
        });
    }

    /** Whether {@code encoded} is Base58Check of a 21-byte payload starting with {@code version}. */
    public static boolean isVersioned(String encoded, int version) {
        return decodeChecked(encoded)
                .filter(p -> p.length == 21 && (p[0] & 0xff) == version)
                .isPresent();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
