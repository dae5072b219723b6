package dev.baton.safety;

import dev.baton.encoding.Base58;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds raw private keys: 64 hex digits (optionally 0x-prefixed, in one token or in groups such as four of
 * 16), Solana keypairs (64 bytes in Base58), WIF keys (Base58Check, version 0x80 or testnet 0xef) and extended
 * private keys (xprv and its siblings).
 *
 * <p>A transaction hash looks exactly like a hex key, so what the user calls it decides ({@link KeyOrHashCue},
 * the nearest cue around it): a transaction ("tx", "txid", "hash", "交易哈希", an explorer link) leaves it
 * alone, a key ("私钥", "private key") makes it a key. A string inside a link is a hash. So is a bare one sent
 * when Baton has just asked for a hash. Hex written out in groups is a key copied from a backup (hashes are
 * copied whole). Any other bare 64-hex string is {@link SecretKind#HASH_OR_KEY}: held back like a key, and the
 * user is asked which it is.
 *
 * <p>Hex groups of {@value #MIN_PART_HEX} to {@value #MAX_PART_HEX} digits with no transaction cue are {@linkplain SecretKind#KEY_PART parts of a key}
 * (the rest may follow); addresses (40 hex), UUIDs and plain numbers are not.
 */
final class KeyDetector implements SecretDetector {
    static final int KEY_HEX = 64;
    static final int MIN_PART_HEX = 16;
    /** A key sent in two or more parts has at most this many digits in one. */
    static final int MAX_PART_HEX = 48;

    private static final int ADDRESS_HEX = 40;
    private static final int MIN_GROUP = 4;
    private static final int MAX_GROUP_GAP = 3;
    private static final List<String> EXTENDED_PREFIXES = List.of("xprv", "yprv", "zprv", "tprv", "uprv", "vprv");
    private static final int MIN_LENGTH = 51;
    private static final int MIN_EXTENDED = 100;
    private static final int MAX_EXTENDED = 115;
    private static final int EXTENDED_KEY_BYTES = 78;
    private static final int SOLANA_MIN = 86;
    private static final int SOLANA_MAX = 88;
    private static final int SOLANA_KEYPAIR_BYTES = 64;

    @Override
    public void detect(String text, ScanContext context, List<SecretFinding> out) {
        int n = text.length();
        List<int[]> hexGroup = new ArrayList<>(8);
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && isAsciiAlphanumeric(text.charAt(j))) {
                j++;
            }
            if (j > i) {
                boolean hex = isHexToken(text, i, j);
                int digits = j - i - (prefixed(text, i, j) ? 2 : 0);
                if (hex && digits < MIN_GROUP) {
                    // "0", "be", "add": too short to be a group of a key, and they end one.
                    classifyHex(text, hexGroup, context, out);
                } else if (hex && digits <= KEY_HEX) {
                    boolean joins = !hexGroup.isEmpty()
                            && !prefixed(text, i, j)
                            && joinable(text, hexGroup.get(hexGroup.size() - 1)[1], i);
                    if (!joins) {
                        classifyHex(text, hexGroup, context, out);
                    }
                    hexGroup.add(new int[] {i, j});
                } else {
                    classifyHex(text, hexGroup, context, out);
                    if (j - i >= MIN_LENGTH) {
                        classifyBase58(text, i, j, context, out);
                    }
                }
            }
            i = Math.max(j, i + 1);
        }
        classifyHex(text, hexGroup, context, out);
    }

    /**
     * Hex groups are one string when at most {@value #MAX_GROUP_GAP} separator chars (spaces, dashes, line
     * breaks, colons) stand between them.
     */
    private static boolean joinable(String text, int previousEnd, int start) {
        if (start - previousEnd > MAX_GROUP_GAP) {
            return false;
        }
        for (int k = previousEnd; k < start; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '-' && c != '\n' && c != '\r' && c != '\t' && c != ':' && c != '_') {
                return false;
            }
        }
        return true;
    }

    private void classifyHex(String text, List<int[]> group, ScanContext context, List<SecretFinding> out) {
        if (group.isEmpty()) {
            return;
        }
        int from = group.get(0)[0];
        int to = group.get(group.size() - 1)[1];
        int digits = 0;
        boolean letters = false;
        boolean numbers = false;
        boolean shortGroup = false;
        for (int g = 0; g < group.size(); g++) {
            int[] token = group.get(g);
            int start = token[0] + (g == 0 && prefixed(text, token[0], token[1]) ? 2 : 0);
            digits += token[1] - start;
            shortGroup |= group.size() > 1 && token[1] - start < MIN_GROUP;
            for (int k = start; k < token[1]; k++) {
                boolean digit = Separators.isDigit(text.charAt(k));
                letters |= !digit;
                numbers |= digit;
            }
        }
        int groups = group.size();
        boolean uuid = group.size() == 5 && text.charAt(group.get(0)[1]) == '-' && lengthsAre(group, 8, 4, 4, 4, 12);
        group.clear();
        if (shortGroup || uuid || digits < MIN_PART_HEX || digits == ADDRESS_HEX) {
            return;
        }
        KeyOrHashCue cue = KeyOrHashCue.around(text, from, to);
        if (cue == KeyOrHashCue.TRANSACTION || KeyOrHashCue.insideLink(text, from)) {
            return;
        }
        if (digits == KEY_HEX) {
            // Hashes are copied whole; a key written out in groups was copied from a backup.
            if (cue == KeyOrHashCue.KEY || groups > 1) {
                out.add(new SecretFinding(SecretKind.PRIVATE_KEY, from, to, false));
            } else if (!context.hashAsked()) {
                out.add(new SecretFinding(SecretKind.HASH_OR_KEY, from, to, false, KEY_HEX));
            }
        } else if (digits <= MAX_PART_HEX && letters && numbers && !context.hashAsked()) {
            out.add(new SecretFinding(SecretKind.KEY_PART, from, to, false, digits));
        }
    }

    private static boolean lengthsAre(List<int[]> group, int... lengths) {
        for (int g = 0; g < lengths.length; g++) {
            if (group.get(g)[1] - group.get(g)[0] != lengths[g]) {
                return false;
            }
        }
        return true;
    }

    private void classifyBase58(String text, int from, int to, ScanContext context, List<SecretFinding> out) {
        String token = text.substring(from, to);
        int len = token.length();
        if (looksLikeSolanaSecret(token)) {
            // A Solana transaction signature is 64 bytes in Base58 too: as with hex, the words around it decide.
            KeyOrHashCue cue = KeyOrHashCue.around(text, from, to);
            boolean signature = cue == KeyOrHashCue.TRANSACTION
                    || KeyOrHashCue.insideLink(text, from)
                    || context.hashAsked() && cue != KeyOrHashCue.KEY;
            if (cue == KeyOrHashCue.KEY) {
                out.add(new SecretFinding(SecretKind.PRIVATE_KEY, from, to, false));
            } else if (!signature) {
                out.add(new SecretFinding(SecretKind.HASH_OR_KEY, from, to, false, KEY_HEX));
            }
        } else if (looksLikeWif(token) && validWif(token)) {
            out.add(new SecretFinding(SecretKind.WIF_KEY, from, to, true));
        } else if (len >= MIN_EXTENDED
                && len <= MAX_EXTENDED
                && EXTENDED_PREFIXES.contains(token.substring(0, 4))
                && token.chars().allMatch(c -> Base58.isBase58((char) c))) {
            boolean certain = Base58.decodeChecked(token)
                    .filter(p -> p.length == EXTENDED_KEY_BYTES)
                    .isPresent();
            out.add(new SecretFinding(SecretKind.EXTENDED_PRIVATE_KEY, from, to, certain));
        }
    }

    /** A Solana keypair as wallets export it, or a transaction signature: 64 bytes in Base58 (86-88 chars). */
    private static boolean looksLikeSolanaSecret(String token) {
        int len = token.length();
        if (len < SOLANA_MIN || len > SOLANA_MAX || !token.chars().allMatch(c -> Base58.isBase58((char) c))) {
            return false;
        }
        return Base58.decode(token)
                .filter(bytes -> bytes.length == SOLANA_KEYPAIR_BYTES)
                .isPresent();
    }

    /** 51 chars for an uncompressed key ("5", testnet "9"), 52 for a compressed one ("K", "L", testnet "c"). */
    private static boolean looksLikeWif(String token) {
        char first = token.charAt(0);
        return token.length() == 51
                ? first == '5' || first == '9'
                : token.length() == 52 && (first == 'K' || first == 'L' || first == 'c');
    }

    private static boolean validWif(String token) {
        return Base58.decodeChecked(token)
                .filter(payload -> {
                    int version = payload[0] & 0xff;
                    boolean uncompressed = payload.length == 33;
                    boolean compressed = payload.length == 34 && payload[33] == 1;
                    return (version == 0x80 || version == 0xef) && (uncompressed || compressed);
                })
                .isPresent();
    }

    private static boolean prefixed(String text, int from, int to) {
        return to - from > 2
                && text.charAt(from) == '0'
                && (text.charAt(from + 1) == 'x' || text.charAt(from + 1) == 'X');
    }

    /** All hex digits, after an optional 0x. */
    private static boolean isHexToken(String text, int from, int to) {
        int start = prefixed(text, from, to) ? from + 2 : from;
        for (int k = start; k < to; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return Separators.isAsciiLetter(c) || Separators.isDigit(c);
    }
}
