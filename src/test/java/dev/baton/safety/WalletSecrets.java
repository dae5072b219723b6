package dev.baton.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.zip.CRC32;

/**
 * Real wallet secrets as wallets make them, before any disguise: BIP-39 phrases with valid checksums in every
 * bundled list, Electrum "old" and Monero seeds when their lists are bundled, and hex, WIF, extended (xprv)
 * and Solana keys. Word lists that may be added later are used when they are on the classpath.
 */
final class WalletSecrets {

    /** How a list's words encode a secret. */
    enum Scheme {
        BIP39,
        ELECTRUM_OLD,
        MONERO
    }

    /** A bundled word list and how its phrases are written. */
    record Source(String name, String code, Scheme scheme, List<String> words, Set<String> listed, boolean latin) {
        String type() {
            return switch (scheme) {
                case BIP39 -> "bip39-" + name;
                case ELECTRUM_OLD -> "electrum-old";
                case MONERO -> "monero";
            };
        }

        boolean chinese() {
            return name.startsWith("chinese");
        }

        /** Japanese wallets separate words with the ideographic space. */
        String separator() {
            return name.equals("japanese") ? "\u3000" : " ";
        }
    }

    /**
     * What a disguised case hides, as generated before any disguise: the words of a phrase and its list, or
     * (with no words and no list) a key as wallets export it, hex in lower case.
     */
    record Secret(String type, String code, Source source, List<String> words, String key) {
        boolean isPhrase() {
            return !words.isEmpty();
        }
    }

    static final List<String> KEY_TYPES = List.of("hex", "wif", "xprv", "solana");
    static final Source ENGLISH;
    /** Every bundled list but English, in a fixed order. */
    static final List<Source> OTHERS;
    /** The bundled lists other than English whose words are Latin letters. */
    static final List<Source> LATIN_OTHERS;

    private static final String ROOT = "/dev/baton/safety/";

    static {
        ENGLISH = load("bip39/english.txt", "english", "en", Scheme.BIP39, 2048);
        if (ENGLISH == null) {
            throw new IllegalStateException("the English BIP-39 list is not on the classpath");
        }
        List<Source> others = new ArrayList<>();
        String[][] lists = {
            {"chinese_simplified", "zhs"},
            {"chinese_traditional", "zht"},
            {"japanese", "ja"},
            {"korean", "ko"},
            {"spanish", "es"},
            {"french", "fr"},
            {"italian", "it"},
            {"czech", "cs"},
            {"portuguese", "pt"}
        };
        for (String[] list : lists) {
            addIfPresent(others, load("bip39/" + list[0] + ".txt", list[0], list[1], Scheme.BIP39, 2048));
        }
        addIfPresent(others, load("electrum/old_english.txt", "electrum_old", "eold", Scheme.ELECTRUM_OLD, 1626));
        addIfPresent(others, load("monero/english.txt", "monero_english", "xmr", Scheme.MONERO, 1626));
        OTHERS = List.copyOf(others);
        LATIN_OTHERS = OTHERS.stream().filter(Source::latin).toList();
    }

    private WalletSecrets() {}

    static Secret phrase(Source source, int words, SplittableRandom rng) {
        List<String> list = source.words();
        return switch (source.scheme()) {
            case BIP39 ->
                new Secret(
                        source.type(),
                        source.code() + words,
                        source,
                        Bip39TestPhrases.mnemonic(bytes(rng, words * 4 / 3), list),
                        "");
            case ELECTRUM_OLD ->
                new Secret(source.type(), source.code() + 12, source, threeWordGroups(bytes(rng, 16), list, false), "");
            case MONERO -> {
                List<String> seed = new ArrayList<>(threeWordGroups(bytes(rng, 32), list, true));
                seed.add(seed.get(moneroChecksumIndex(seed)));
                yield new Secret(source.type(), source.code() + 25, source, List.copyOf(seed), "");
            }
        };
    }

    /**
     * Electrum's old scheme and Monero's: every 32 bits become three words of a 1626-word list. Electrum reads
     * the 32 bits big-endian, Monero little-endian.
     */
    private static List<String> threeWordGroups(byte[] data, List<String> list, boolean littleEndian) {
        long n = list.size();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < data.length; i += 4) {
            long x = 0;
            for (int b = 0; b < 4; b++) {
                int at = littleEndian ? i + 3 - b : i + b;
                x = (x << 8) | (data[at] & 0xff);
            }
            long w1 = x % n;
            long w2 = (x / n + w1) % n;
            long w3 = (x / n / n + w2) % n;
            words.add(list.get((int) w1));
            words.add(list.get((int) w2));
            words.add(list.get((int) w3));
        }
        return words;
    }

    /** Monero's 25th word repeats one of the 24: the CRC-32 of their three-letter prefixes, modulo 24. */
    static int moneroChecksumIndex(List<String> words) {
        StringBuilder prefixes = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            String w = words.get(i);
            prefixes.append(w, 0, Math.min(3, w.length()));
        }
        CRC32 crc = new CRC32();
        crc.update(prefixes.toString().getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % 24);
    }

    static Secret key(String type, SplittableRandom rng) {
        switch (type) {
            case "hex":
                return new Secret("hex", "hex", null, List.of(), HexFormat.of().formatHex(bytes(rng, 32)));
            case "wif": {
                boolean compressed = rng.nextInt(10) < 7;
                byte[] payload = new byte[compressed ? 34 : 33];
                payload[0] = (byte) 0x80;
                System.arraycopy(bytes(rng, 32), 0, payload, 1, 32);
                if (compressed) {
                    payload[33] = 1;
                }
                return new Secret(
                        "wif", compressed ? "wifc" : "wif", null, List.of(), Base58TestEncoder.encodeChecked(payload));
            }
            case "xprv":
                return new Secret("xprv", "xprv", null, List.of(), Base58TestEncoder.encodeChecked(extended(rng)));
            case "solana": {
                String encoded;
                do {
                    encoded = Base58TestEncoder.encode(bytes(rng, 64));
                } while (encoded.length() < 86 || encoded.length() > 88);
                return new Secret("solana", "sol", null, List.of(), encoded);
            }
            default:
                throw new IllegalArgumentException(type);
        }
    }

    /** BIP-32's 78 bytes: version, depth, parent fingerprint, child number, chain code, 0x00 and the key. */
    private static byte[] extended(SplittableRandom rng) {
        byte[] out = new byte[78];
        out[0] = 0x04;
        out[1] = (byte) 0x88;
        out[2] = (byte) 0xAD;
        out[3] = (byte) 0xE4;
        int depth = rng.nextInt(6);
        out[4] = (byte) depth;
        if (depth > 0) {
            System.arraycopy(bytes(rng, 4), 0, out, 5, 4);
            int child = rng.nextInt(100) | (rng.nextBoolean() ? 0x80000000 : 0);
            for (int b = 0; b < 4; b++) {
                out[9 + b] = (byte) (child >>> (24 - 8 * b));
            }
        }
        System.arraycopy(bytes(rng, 32), 0, out, 13, 32);
        System.arraycopy(bytes(rng, 32), 0, out, 46, 32);
        return out;
    }

    static byte[] bytes(SplittableRandom rng, int n) {
        byte[] out = new byte[n];
        rng.nextBytes(out);
        return out;
    }

    private static void addIfPresent(List<Source> sources, Source source) {
        if (source != null) {
            sources.add(source);
        }
    }

    /** The list at {@code path} under the safety resources, or null when it is not bundled. */
    private static Source load(String path, String name, String code, Scheme scheme, int size) {
        try (InputStream in = WalletSecrets.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                return null;
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> words = (text.startsWith("\uFEFF") ? text.substring(1) : text)
                    .lines()
                    .map(String::strip)
                    .filter(w -> !w.isEmpty())
                    .toList();
            if (words.size() != size) {
                throw new IllegalStateException(path + " holds " + words.size() + " words, not " + size);
            }
            boolean latin = words.stream()
                    .allMatch(w -> w.codePoints()
                            .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN));
            return new Source(name, code, scheme, words, Set.copyOf(words), latin);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
