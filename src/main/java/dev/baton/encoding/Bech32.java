package dev.baton.encoding;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Bech32 (BIP-173) and Bech32m (BIP-350) strings, and the native segwit addresses written in them:
 * witness version 0 must use Bech32 and versions 1 to 16 Bech32m.
 */
public final class Bech32 {
    /** Which checksum constant a string's polymod matched. */
    public enum Encoding {
        BECH32,
        BECH32M
    }

    /** A string whose checksum held; {@code data} is the 5-bit groups between separator and checksum. */
    public record Decoded(String hrp, int[] data, Encoding encoding) {}

    private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int BECH32_CONST = 1;
    private static final int BECH32M_CONST = 0x2bc830a3;
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    private static final int MAX_LENGTH = 90;
    private static final int CHECKSUM_LENGTH = 6;

    private Bech32() {}

    /** The parts of {@code s}, or empty when it is not a well-formed Bech32 or Bech32m string. */
    public static Optional<Decoded> decode(String s) {
        if (s.length() < 8 || s.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        boolean lower = false;
        boolean upper = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 33 || c > 126) {
                return Optional.empty();
            }
            lower |= c >= 'a' && c <= 'z';
            upper |= c >= 'A' && c <= 'Z';
        }
        if (lower && upper) {
            return Optional.empty();
        }
        String text = s.toLowerCase(Locale.ROOT);
        int separator = text.lastIndexOf('1');
        if (separator < 1 || separator + CHECKSUM_LENGTH + 1 > text.length()) {
            return Optional.empty();
        }
        String hrp = text.substring(0, separator);
        int[] values = new int[text.length() - separator - 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = CHARSET.indexOf(text.charAt(separator + 1 + i));
            if (values[i] < 0) {
                return Optional.empty();
            }
        }
        int residue = polymod(hrp, values);
        Encoding encoding =
                residue == BECH32_CONST ? Encoding.BECH32 : residue == BECH32M_CONST ? Encoding.BECH32M : null;
        return encoding == null
                ? Optional.empty()
                : Optional.of(new Decoded(hrp, Arrays.copyOf(values, values.length - CHECKSUM_LENGTH), encoding));
    }

    /**
     * Whether {@code address} is a valid native segwit address on Bitcoin mainnet ({@code bc}) or testnet
     * ({@code tb}): checksum, witness version, the encoding that version requires, and program length.
     */
    public static boolean validSegwitAddress(String address) {
        Optional<Decoded> decoded = decode(address);
        if (decoded.isEmpty()) {
            return false;
        }
        Decoded d = decoded.get();
        if (!(d.hrp().equals("bc") || d.hrp().equals("tb")) || d.data().length < 1) {
            return false;
        }
        int version = d.data()[0];
        if (version > 16 || (version == 0) != (d.encoding() == Encoding.BECH32)) {
            return false;
        }
        byte[] program = fiveToEight(d.data());
        if (program == null || program.length < 2 || program.length > 40) {
            return false;
        }
        return version != 0 || program.length == 20 || program.length == 32;
    }

    private static int polymod(String hrp, int[] values) {
        int chk = 1;
        for (int i = 0; i < hrp.length(); i++) {
            chk = step(chk) ^ (hrp.charAt(i) >> 5);
        }
        chk = step(chk);
        for (int i = 0; i < hrp.length(); i++) {
            chk = step(chk) ^ (hrp.charAt(i) & 31);
        }
        for (int v : values) {
            chk = step(chk) ^ v;
        }
        return chk;
    }

    private static int step(int chk) {
        int top = chk >>> 25;
        chk = (chk & 0x1ffffff) << 5;
        for (int i = 0; i < 5; i++) {
            if (((top >>> i) & 1) != 0) {
                chk ^= GENERATOR[i];
            }
        }
        return chk;
    }

    /** The witness program in {@code data[1..]} regrouped to bytes, or null when its padding is invalid. */
    private static byte[] fiveToEight(int[] data) {
        byte[] out = new byte[(data.length - 1) * 5 / 8];
        int acc = 0;
        int bits = 0;
        int n = 0;
        for (int i = 1; i < data.length; i++) {
            acc = ((acc << 5) | data[i]) & 0xfff;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                out[n++] = (byte) (acc >>> bits);
            }
        }
        boolean cleanPadding = bits < 5 && (acc & ((1 << bits) - 1)) == 0;
        return cleanPadding ? out : null;
    }
}
