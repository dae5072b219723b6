package dev.baton.encoding;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.bouncycastle.crypto.digests.KeccakDigest;

/**
 * EIP-55 mixed-case checksums of Ethereum addresses. The hash is the original Keccak-256 (as Ethereum uses
 * it), not the standardised SHA3-256, whose padding differs.
 */
public final class Eip55 {
    private Eip55() {}

    /**
     * Whether the 40 hex digits {@code hex} (without {@code 0x}) pass EIP-55. All-lowercase and all-uppercase
     * forms carry no checksum and are accepted: they cannot be checked, and wallets and explorers accept them.
     */
    public static boolean valid(String hex) {
        if (hex.length() != 40 || !isHex(hex)) {
            return false;
        }
        String lower = hex.toLowerCase(Locale.ROOT);
        if (hex.equals(lower) || hex.equals(hex.toUpperCase(Locale.ROOT))) {
            return true;
        }
        return hex.equals(checksummed(lower));
    }

    /** The EIP-55 form of 40 hex digits, without {@code 0x}. */
    public static String checksummed(String hex) {
        String lower = hex.toLowerCase(Locale.ROOT);
        byte[] hash = keccak256(lower.getBytes(StandardCharsets.US_ASCII));
        StringBuilder out = new StringBuilder(40);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
            out.append(c >= 'a' && nibble >= 8 ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    public static byte[] keccak256(byte[] data) {
        KeccakDigest digest = new KeccakDigest(256);
        digest.update(data, 0, data.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }

    public static boolean isHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }
}
