package dev.baton.safety;

import java.util.List;
import java.util.Locale;

/**
 * Finds raw private keys written as standalone tokens: 64 hex digits (optionally 0x-prefixed), Solana
 * keypairs (64 bytes in Base58), WIF keys (Base58Check, version 0x80 or testnet 0xef) and extended private
 * keys (xprv and its siblings).
 * A 64-hex or Solana-length token announced as a transaction hash or signature within {@value #CUE_WINDOW} chars before it is left alone,
 * since txids look the same; any other is flagged, because a leaked key costs more than a redacted hash.
 * Addresses (40-hex, Base58 "1"/"3", bech32 "bc1") never match: their lengths and prefixes differ.
 */
final class KeyDetector implements SecretDetector {
    static final int CUE_WINDOW = 30;
    private static final List<String> TX_HASH_CUES = List.of(
            "txid", "tx id", "tx hash", "txhash", "tx_hash", "tx:", "hash", "哈希", "交易id", "交易号",
            "transaction id", "/tx/", "/block/", "区块浏览器", "signature", "签名", "solscan");
    private static final List<String> EXTENDED_PREFIXES = List.of("xprv", "yprv", "zprv", "tprv", "uprv", "vprv");
    private static final int MIN_LENGTH = 51;
    private static final int MIN_EXTENDED = 100;
    private static final int MAX_EXTENDED = 115;
    private static final int EXTENDED_KEY_BYTES = 78;
    private static final int SOLANA_MIN = 86;
    private static final int SOLANA_MAX = 88;
    private static final int SOLANA_KEYPAIR_BYTES = 64;

    @Override
    public void detect(String text, List<SecretFinding> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && isAsciiAlphanumeric(text.charAt(j))) {
                j++;
            }
            if (j - i >= MIN_LENGTH) {
                classify(text, i, j, out);
            }
            i = j + 1;
        }
    }

    private void classify(String text, int from, int to, List<SecretFinding> out) {
        String token = text.substring(from, to);
        int len = token.length();
        boolean prefixed = len == 66 && (token.startsWith("0x") || token.startsWith("0X"));
        if ((len == 64 || prefixed) && isHex(token, prefixed ? 2 : 0)) {
            if (!announcedAsTransaction(text, from)) {
                out.add(new SecretFinding(SecretKind.PRIVATE_KEY, from, to, false));
            }
        } else if (looksLikeSolanaSecret(token)) {
            if (!announcedAsTransaction(text, from)) {
                out.add(new SecretFinding(SecretKind.PRIVATE_KEY, from, to, false));
            }
        } else if (looksLikeWif(token) && validWif(token)) {
            out.add(new SecretFinding(SecretKind.WIF_KEY, from, to, true));
        } else if (len >= MIN_EXTENDED && len <= MAX_EXTENDED && EXTENDED_PREFIXES.contains(token.substring(0, 4))
                && token.chars().allMatch(c -> Base58.isBase58((char) c))) {
            boolean certain = Base58.decodeChecked(token).filter(p -> p.length == EXTENDED_KEY_BYTES).isPresent();
            out.add(new SecretFinding(SecretKind.EXTENDED_PRIVATE_KEY, from, to, certain));
        }
    }

    private static boolean announcedAsTransaction(String text, int tokenStart) {
        String before = text.substring(Math.max(0, tokenStart - CUE_WINDOW), tokenStart).toLowerCase(Locale.ROOT);
        return TX_HASH_CUES.stream().anyMatch(before::contains);
    }

    /**
     * A Solana keypair as wallets export it: 64 bytes in Base58 (86-88 chars). A transaction signature looks
     * the same, so, as with hex, one announced as a signature or transaction is left alone.
     */
    private static boolean looksLikeSolanaSecret(String token) {
        int len = token.length();
        if (len < SOLANA_MIN || len > SOLANA_MAX || !token.chars().allMatch(c -> Base58.isBase58((char) c))) {
            return false;
        }
        return Base58.decode(token).filter(bytes -> bytes.length == SOLANA_KEYPAIR_BYTES).isPresent();
    }

    /** 51 chars for an uncompressed key ("5", testnet "9"), 52 for a compressed one ("K", "L", testnet "c"). */
    private static boolean looksLikeWif(String token) {
        char first = token.charAt(0);
        return token.length() == 51 ? first == '5' || first == '9'
                : token.length() == 52 && (first == 'K' || first == 'L' || first == 'c');
    }

    private static boolean validWif(String token) {
        return Base58.decodeChecked(token).filter(payload -> {
            int version = payload[0] & 0xff;
            boolean uncompressed = payload.length == 33;
            boolean compressed = payload.length == 34 && payload[33] == 1;
            return (version == 0x80 || version == 0xef) && (uncompressed || compressed);
        }).isPresent();
    }

    private static boolean isHex(String token, int from) {
        for (int i = from; i < token.length(); i++) {
            if (Character.digit(token.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return Separators.isAsciiLetter(c) || Separators.isDigit(c);
    }
}
