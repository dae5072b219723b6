package dev.baton.safety;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Builds real addresses for look-alike tests: EIP-55 checksummed Ethereum addresses, Bech32 and Bech32m
 * Bitcoin addresses and Base58Check ones. A filter that tells addresses from keys by checksum or length must
 * meet addresses that pass those checks, not strings that merely look right.
 */
final class AddressTestEncoder {
    private static final String BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int BECH32 = 1;
    private static final int BECH32M = 0x2bc830a3;
    private static final int[] BECH32_GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};

    private static final long[] ROUND_CONSTANTS = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
        0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
        0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L
    };
    private static final int[] ROTATIONS = {
        1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44
    };
    private static final int[] LANES = {
        10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1
    };
    private static final int KECCAK_RATE = 136;

    private AddressTestEncoder() {}

    /** "0x" and 40 hex digits, a letter in upper case where EIP-55's Keccak-256 of the lower-case form says so. */
    static String eip55(byte[] address) {
        String lower = HexFormat.of().formatHex(address);
        byte[] hash = keccak256(lower.getBytes(StandardCharsets.US_ASCII));
        StringBuilder out = new StringBuilder("0x");
        for (int i = 0; i < lower.length(); i++) {
            int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
            out.append(nibble >= 8 ? Character.toUpperCase(lower.charAt(i)) : lower.charAt(i));
        }
        return out.toString();
    }

    /** A Bitcoin SegWit address: version 0 with a 20-byte program (bc1q…, 42 chars), version 1 with 32 (bc1p…, 62). */
    static String segwit(int version, byte[] program) {
        int[] bits = regroup(program);
        int[] data = new int[bits.length + 1];
        data[0] = version;
        System.arraycopy(bits, 0, data, 1, bits.length);
        int[] checksum = bech32Checksum("bc", data, version == 0 ? BECH32 : BECH32M);
        StringBuilder out = new StringBuilder("bc1");
        for (int d : data) {
            out.append(BECH32_CHARSET.charAt(d));
        }
        for (int d : checksum) {
            out.append(BECH32_CHARSET.charAt(d));
        }
        return out.toString();
    }

    /** Base58Check of a version byte and a payload: "1…"/"3…" for Bitcoin, "T…" for Tron. */
    static String base58Check(int version, byte[] payload) {
        byte[] full = new byte[payload.length + 1];
        full[0] = (byte) version;
        System.arraycopy(payload, 0, full, 1, payload.length);
        return Base58TestEncoder.encodeChecked(full);
    }

    /** Keccak-256 as Ethereum uses it (the original padding, not SHA3-256's). */
    static byte[] keccak256(byte[] input) {
        int blocks = input.length / KECCAK_RATE + 1;
        byte[] padded = Arrays.copyOf(input, blocks * KECCAK_RATE);
        padded[input.length] ^= 0x01;
        padded[padded.length - 1] ^= (byte) 0x80;
        long[] state = new long[25];
        for (int block = 0; block < blocks; block++) {
            for (int lane = 0; lane < KECCAK_RATE / 8; lane++) {
                long value = 0;
                for (int b = 7; b >= 0; b--) {
                    value = (value << 8) | (padded[block * KECCAK_RATE + lane * 8 + b] & 0xff);
                }
                state[lane] ^= value;
            }
            permute(state);
        }
        byte[] out = new byte[32];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (state[i / 8] >>> (8 * (i % 8)));
        }
        return out;
    }

    private static void permute(long[] a) {
        long[] c = new long[5];
        for (long constant : ROUND_CONSTANTS) {
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long t = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[y + x] ^= t;
                }
            }
            long carried = a[1];
            for (int i = 0; i < 24; i++) {
                int lane = LANES[i];
                long next = a[lane];
                a[lane] = Long.rotateLeft(carried, ROTATIONS[i]);
                carried = next;
            }
            for (int y = 0; y < 25; y += 5) {
                System.arraycopy(a, y, c, 0, 5);
                for (int x = 0; x < 5; x++) {
                    a[y + x] ^= ~c[(x + 1) % 5] & c[(x + 2) % 5];
                }
            }
            a[0] ^= constant;
        }
    }

    /** Bytes as 5-bit groups, the last one padded with zero bits. */
    private static int[] regroup(byte[] bytes) {
        int[] out = new int[(bytes.length * 8 + 4) / 5];
        int acc = 0;
        int bits = 0;
        int n = 0;
        for (byte b : bytes) {
            acc = ((acc << 8) | (b & 0xff)) & 0xffff;
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                out[n++] = (acc >> bits) & 31;
            }
        }
        if (bits > 0) {
            out[n] = (acc << (5 - bits)) & 31;
        }
        return out;
    }

    private static int[] bech32Checksum(String hrp, int[] data, int constant) {
        int[] values = new int[hrp.length() * 2 + 1 + data.length + 6];
        int n = 0;
        for (int i = 0; i < hrp.length(); i++) {
            values[n++] = hrp.charAt(i) >> 5;
        }
        values[n++] = 0;
        for (int i = 0; i < hrp.length(); i++) {
            values[n++] = hrp.charAt(i) & 31;
        }
        System.arraycopy(data, 0, values, n, data.length);
        int mod = polymod(values) ^ constant;
        int[] out = new int[6];
        for (int i = 0; i < 6; i++) {
            out[i] = (mod >>> (5 * (5 - i))) & 31;
        }
        return out;
    }

    private static int polymod(int[] values) {
        int chk = 1;
        for (int v : values) {
            int top = chk >>> 25;
            chk = ((chk & 0x1ffffff) << 5) ^ v;
            for (int i = 0; i < 5; i++) {
                if (((top >> i) & 1) != 0) {
                    chk ^= BECH32_GENERATOR[i];
                }
            }
        }
        return chk;
    }
}
