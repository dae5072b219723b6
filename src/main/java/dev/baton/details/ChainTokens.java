package dev.baton.details;

import dev.baton.encoding.Base58;
import dev.baton.encoding.Bech32;
import dev.baton.encoding.Eip55;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises transaction hashes and wallet addresses among the ASCII letter-and-digit runs of a message,
 * verifying each by its format's checksum. A value of the right shape whose checksum fails is still
 * reported, unverified, because a one-character typo is exactly what support needs to see.
 *
 * <p>Solana addresses (32 bytes in Base58, usually 43-44 chars) look like many other random identifiers,
 * so they are only recognised when the message names Solana; Solana signatures (64 bytes, 87-88 chars)
 * are distinctive enough to be recognised anywhere.
 */
final class ChainTokens {
    static final String ETHEREUM = "ethereum";
    static final String BITCOIN = "bitcoin";
    static final String TRON = "tron";
    static final String SOLANA = "solana";
    static final String UNKNOWN = "unknown";

    private static final int MIN_RUN = 14;
    private static final int KEY_CUE_WINDOW = 30;
    private static final List<String> KEY_CUES = List.of(
            "私钥",
            "私鑰",
            "密钥",
            "密鑰",
            "秘钥",
            "秘鑰",
            "private key",
            "privatekey",
            "private_key",
            "secret key",
            "secretkey",
            "secret",
            "key:",
            "key：",
            "keypair");

    /** What a recognised token is. */
    enum Role {
        ADDRESS,
        TX_HASH
    }

    /** One recognised token. */
    record Sighting(Role role, ChainValue value) {}

    private ChainTokens() {}

    /** Adds every address and transaction hash in {@code text}, in text order, to the given lists. */
    static void scan(String text, boolean solanaNamed, List<ChainValue> addresses, List<ChainValue> txHashes) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && isAsciiAlphanumeric(text.charAt(j))) {
                j++;
            }
            if (j - i >= MIN_RUN) {
                int start = i;
                recognize(text.substring(i, j), solanaNamed)
                        .filter(s -> !(s.value().chain().equals(SOLANA)
                                && s.role() == Role.TX_HASH
                                && announcedAsKey(text, start)))
                        .ifPresent(s -> addOnce(s.role() == Role.ADDRESS ? addresses : txHashes, s.value()));
            }
            i = j + 1;
        }
    }

    /**
     * What {@code token} (one run of ASCII letters and digits) is, if it is an address or a transaction
     * hash. A bare 64-hex hash gets chain {@value #UNKNOWN}: Bitcoin and Tron hashes look the same.
     */
    static Optional<Sighting> recognize(String token, boolean solanaNamed) {
        int len = token.length();
        if (len > 2 && token.charAt(0) == '0' && (token.charAt(1) == 'x' || token.charAt(1) == 'X')) {
            return evm(token.substring(2), token);
        }
        if (Eip55.isHex(token)) {
            if (len == 64) {
                return tx(token, UNKNOWN, true);
            } else if (len >= 60 && len <= 68) {
                return tx(token, UNKNOWN, false);
            }
        }
        if (token.regionMatches(true, 0, "bc1", 0, 3) || token.regionMatches(true, 0, "tb1", 0, 3)) {
            return len <= 100 ? address(token, BITCOIN, Bech32.validSegwitAddress(token)) : Optional.empty();
        }
        char first = token.charAt(0);
        boolean legacyShape = (first == '1' || first == '3') && len >= 26 && len <= 35;
        boolean tronShape = first == 'T' && len >= 33 && len <= 35;
        if (legacyShape && Base58.isVersioned(token, first == '1' ? 0x00 : 0x05)) {
            return address(token, BITCOIN, true);
        }
        if (tronShape && len == 34 && Base58.isVersioned(token, 0x41)) {
            return address(token, TRON, true);
        }
        boolean solanaLength = len >= 32 && len <= 44 || len >= 85 && len <= 90;
        int decoded = solanaLength ? Base58.decode(token).map(b -> b.length).orElse(-1) : -1;
        if (len >= 85 && len <= 90 && decoded >= 0) {
            return tx(token, SOLANA, decoded == 64);
        }
        if (solanaNamed && len >= 32 && len <= 44 && decoded == 32) {
            return address(token, SOLANA, true);
        }
        if (legacyShape && hasLetter(token)) {
            return address(token, BITCOIN, false);
        }
        if (tronShape && hasDigit(token)) {
            return address(token, TRON, false);
        }
        if (solanaNamed && len >= 40 && len <= 44 && decoded >= 0) {
            return address(token, SOLANA, false);
        }
        return Optional.empty();
    }

    /**
     * Whether a key is announced just before {@code start}. A Solana keypair exported by a wallet is 64 bytes
     * in Base58, exactly like a signature, and the secret scanner does not redact it; one called a key is
     * left out rather than handed to support as a transaction.
     */
    private static boolean announcedAsKey(String text, int start) {
        String before =
                text.substring(Math.max(0, start - KEY_CUE_WINDOW), start).toLowerCase(Locale.ROOT);
        return KEY_CUES.stream().anyMatch(before::contains);
    }

    private static Optional<Sighting> evm(String hex, String token) {
        int len = hex.length();
        boolean isHex = Eip55.isHex(hex);
        if (len == 40 && isHex) {
            return address(token, ETHEREUM, Eip55.valid(hex));
        } else if (len == 64 && isHex) {
            return tx(token, ETHEREUM, true);
        } else if (len >= 36 && len <= 44) {
            return address(token, ETHEREUM, false);
        } else if (len >= 45 && len <= 80) {
            return tx(token, ETHEREUM, false);
        }
        return Optional.empty();
    }

    private static Optional<Sighting> address(String token, String chain, boolean verified) {
        return Optional.of(new Sighting(Role.ADDRESS, new ChainValue(token, chain, verified)));
    }

    private static Optional<Sighting> tx(String token, String chain, boolean verified) {
        return Optional.of(new Sighting(Role.TX_HASH, new ChainValue(token, chain, verified)));
    }

    private static void addOnce(List<ChainValue> list, ChainValue value) {
        if (list.stream().noneMatch(v -> v.value().equals(value.value()))) {
            list.add(value);
        }
    }

    private static boolean hasLetter(String s) {
        return s.chars().anyMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z');
    }

    private static boolean hasDigit(String s) {
        return s.chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    static boolean isAsciiAlphanumeric(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
