package dev.baton.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.zip.CRC32;

/**
 * A deterministic adversarial corpus for end-to-end tests of redaction.
 *
 * <p>{@link #disguised} gives real wallet secrets (BIP-39 phrases with valid checksums, raw hex, WIF, extended
 * and Solana keys, and Electrum "old" and Monero seeds when their lists are bundled) typed the ways people
 * hide them from a filter without meaning to: zero-width characters, full-width or look-alike letters, no
 * spaces, typos, split over messages, pasted as JSON or code, or named outright but misremembered.
 * {@link #lookAlikes} gives what must come through untouched although a careless filter would take it for a
 * secret: transaction hashes, addresses, order numbers and ordinary messages made of listed words.
 *
 * <p>A case names its category ({@code disguise} or {@code kind}); a combination of disguises is written with
 * {@code +} ("fullwidth+zwsp"). Needles are what must never be found in clear anywhere the bot writes; keeps
 * are what must survive verbatim. Categories are dealt in a fixed rotation, so every one appears in
 * proportion to the count, and each turn of the plan takes its own turns over lists, key types and
 * channels; the same seed and count give the same corpus, and a shorter corpus is the start of
 * a longer one. Word lists that may be added later are used when they are on the classpath.
 */
public final class AdversarialSecrets {

    /** Where a message comes from; {@link #AGENT} is an agent typing the secret in a reply. */
    public enum Channel { WEB, TELEGRAM, SLACK, WECHAT, GENERIC, AGENT }

    /**
     * A disguised secret: the messages a user (or, for AGENT, an agent) sends in order, and what must never be
     * found in clear.
     */
    public record Disguised(String id, String disguise, Channel channel, List<String> parts, List<String> needles) {
        public Disguised {
            parts = List.copyOf(parts);
            needles = List.copyOf(needles);
        }
    }

    /** A look-alike that is not a secret: messages, and what must be kept verbatim. */
    public record LookAlike(String id, String kind, Channel channel, List<String> parts, List<String> keep) {
        public LookAlike {
            parts = List.copyOf(parts);
            keep = List.copyOf(keep);
        }
    }

    /** How a list's words encode a secret. */
    enum Scheme { BIP39, ELECTRUM_OLD, MONERO }

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

    /** A disguised case and the secret behind it, so that tests can check the secret itself. */
    record Made(Disguised disguised, Secret secret) {
    }

    private static final List<String> KEY_TYPES = List.of("hex", "wif", "xprv", "solana");
    static final Source ENGLISH;
    /** Every bundled list but English, in a fixed order. */
    private static final List<Source> OTHERS;

    private static final String ROOT = "/dev/baton/safety/";
    private static final String ZERO_WIDTH = "\u200B\u200C\u200D\u2060\uFEFF\u00AD";
    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final int SHORT_WRAPPER = 24;
    private static final List<Source> LATIN_OTHERS;
    private static final List<Slot> PLAN;
    private static final List<Channel> NOT_AGENT =
            List.of(Channel.WEB, Channel.TELEGRAM, Channel.SLACK, Channel.WECHAT, Channel.GENERIC);

    static {
        ENGLISH = load("bip39/english.txt", "english", "en", Scheme.BIP39, 2048);
        if (ENGLISH == null) {
            throw new IllegalStateException("the English BIP-39 list is not on the classpath");
        }
        List<Source> others = new ArrayList<>();
        String[][] lists = {{"chinese_simplified", "zhs"}, {"chinese_traditional", "zht"}, {"japanese", "ja"},
            {"korean", "ko"}, {"spanish", "es"}, {"french", "fr"}, {"italian", "it"}, {"czech", "cs"},
            {"portuguese", "pt"}};
        for (String[] list : lists) {
            addIfPresent(others, load("bip39/" + list[0] + ".txt", list[0], list[1], Scheme.BIP39, 2048));
        }
        addIfPresent(others, load("electrum/old_english.txt", "electrum_old", "eold", Scheme.ELECTRUM_OLD, 1626));
        addIfPresent(others, load("monero/english.txt", "monero_english", "xmr", Scheme.MONERO, 1626));
        OTHERS = List.copyOf(others);
        LATIN_OTHERS = OTHERS.stream().filter(Source::latin).toList();
        PLAN = plan();
    }

    private AdversarialSecrets() {
    }

    /** {@code count} disguised secrets; the same seed and count always give the same list. */
    public static List<Disguised> disguised(long seed, int count) {
        return made(seed, count).stream().map(Made::disguised).toList();
    }

    /** {@code count} look-alikes that are not secrets; the same seed and count always give the same list. */
    public static List<LookAlike> lookAlikes(long seed, int count) {
        return AdversarialLookAlikes.make(seed, count);
    }

    static List<Made> made(long seed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        List<Made> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int at = i % PLAN.size();
            Slot slot = PLAN.get(at);
            int turn = i / PLAN.size() + at;
            Secret secret = deal(slot, turn, rng);
            Channel channel = slot.pieces() > 1 ? NOT_AGENT.get(turn % NOT_AGENT.size())
                    : Channel.values()[turn % Channel.values().length];
            out.add(new Writer(rng, i + 1, slot, secret, channel).write());
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------- the plan

    /** Which secrets a slot draws from. */
    private enum Family { ENGLISH, OTHER, LATIN_OTHER, KEY, HEX }

    /** One turn of the rotation: its disguises and the secrets it draws from. */
    private record Slot(Family family, List<String> disguises) {
        String name() {
            return String.join("+", disguises);
        }

        boolean has(String disguise) {
            return disguises.contains(disguise);
        }

        int pieces() {
            return has("split3") ? 3 : has("split2") ? 2 : 1;
        }

        int typos() {
            return has("typos1") ? 1 : has("typos2") ? 2 : has("typos3") ? 3 : 0;
        }
    }

    /**
     * 48 turns: every disguise at least twice (over 80 times in 2000 cases), ten multi-part turns (over 400),
     * and fourteen turns on the other lists, so that each of the eleven that may one day be bundled still
     * comes up more than 50 times.
     */
    private static List<Slot> plan() {
        Family en = Family.ENGLISH;
        Family other = Family.OTHER;
        Family latin = Family.LATIN_OTHER;
        Family key = Family.KEY;
        Family hex = Family.HEX;
        return List.of(
                slot(en, "plain"), slot(other, "plain"), slot(key, "plain"), slot(en, "json"),
                slot(en, "zwsp"), slot(other, "split2"), slot(en, "typos1"), slot(key, "fullwidth"),
                slot(en, "homoglyph"), slot(other, "declared"), slot(en, "split3"), slot(hex, "hexgroups"),
                slot(other, "codeblock"), slot(key, "zwsp"), slot(en, "runtogether"), slot(hex, "split2"),
                slot(other, "plain"), slot(en, "typos2"), slot(latin, "fullwidth", "zwsp"), slot(key, "declared"),
                slot(other, "split3"), slot(key, "homoglyph"), slot(other, "json"), slot(other, "zwsp"),
                slot(en, "plain"), slot(key, "codeblock"), slot(en, "typos3"), slot(en, "split2", "zwsp"),
                slot(latin, "runtogether"), slot(en, "declared"), slot(en, "fullwidth"), slot(en, "split3", "typos1"),
                slot(hex, "hexgroups", "zwsp"), slot(latin, "homoglyph"), slot(key, "plain"), slot(other, "split2"),
                slot(key, "json"), slot(en, "codeblock"), slot(other, "zwsp"), slot(en, "typos2"),
                slot(other, "split3"), slot(other, "declared"), slot(en, "typos3"), slot(latin, "split2", "homoglyph"),
                slot(other, "plain"), slot(en, "runtogether"), slot(other, "zwsp"), slot(hex, "split2"));
    }

    private static Slot slot(Family family, String... disguises) {
        return new Slot(family, List.of(disguises));
    }

    /**
     * The secret for a slot's {@code turn}: each slot takes turns over its lists (or key types), starting where
     * its place in the plan says, so that every list meets every disguise and all get the same share.
     */
    private static Secret deal(Slot slot, int turn, SplittableRandom rng) {
        return switch (slot.family()) {
            case ENGLISH -> phrase(ENGLISH, englishLength(slot, rng), rng);
            case OTHER -> otherPhrase(OTHERS, slot, turn, rng);
            case LATIN_OTHER -> otherPhrase(LATIN_OTHERS, slot, turn, rng);
            case KEY -> key(KEY_TYPES.get(turn % KEY_TYPES.size()), rng);
            case HEX -> key("hex", rng);
        };
    }

    private static int englishLength(Slot slot, SplittableRandom rng) {
        if (slot.typos() > 0) {
            return rng.nextInt(5) < 3 ? 12 : 24;
        }
        return slot.has("declared") ? 12 : length(rng);
    }

    /** A phrase from one of {@code sources}, or in English when none is bundled. */
    private static Secret otherPhrase(List<Source> sources, Slot slot, int turn, SplittableRandom rng) {
        if (sources.isEmpty()) {
            return phrase(ENGLISH, length(rng), rng);
        }
        return phrase(sources.get(turn % sources.size()), slot.has("declared") ? 12 : length(rng), rng);
    }

    /** Mostly 12 and 24 words, sometimes 15, 18 or 21. */
    private static int length(SplittableRandom rng) {
        int r = rng.nextInt(20);
        return r < 10 ? 12 : r < 17 ? 24 : 15 + 3 * (r - 17);
    }

    // ----------------------------------------------------------------------------------------- the secrets

    private static Secret phrase(Source source, int words, SplittableRandom rng) {
        List<String> list = source.words();
        return switch (source.scheme()) {
            case BIP39 -> new Secret(source.type(), source.code() + words, source,
                    Bip39TestPhrases.mnemonic(bytes(rng, words * 4 / 3), list), "");
            case ELECTRUM_OLD -> new Secret(source.type(), source.code() + 12, source, threeWordGroups(bytes(rng, 16),
                    list, false), "");
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

    private static Secret key(String type, SplittableRandom rng) {
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
                return new Secret("wif", compressed ? "wifc" : "wif", null, List.of(),
                        Base58TestEncoder.encodeChecked(payload));
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

    // --------------------------------------------------------------------------------------- the messages

    /** The language of the sentences around a secret. */
    enum Voice { EN, ZHS, ZHT }

    /** What goes before the word (or key char) at {@code index}: a separator, a list number, a prefix. */
    private interface Layout {
        String before(int index, boolean firstInMessage);
    }

    private record Span(int from, int to) {
    }

    /** The secret as typed in one message, and where each of its words or key chars starts and ends. */
    private record Typed(String text, List<Span> units, int first) {
        int end() {
            return first + units.size();
        }

        /** The text from unit {@code from} to unit {@code to} (exclusive), as typed. */
        String window(int from, int to) {
            return text.substring(units.get(from - first).from(), units.get(to - 1 - first).to());
        }
    }

    /** One message: the secret as typed, and the text around it. */
    private record Drafted(String before, Typed typed, String after) {
        String text() {
            return before + typed.text() + after;
        }
    }

    private static Typed type(List<String> units, int from, int to, Layout layout) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (int i = from; i < to; i++) {
            text.append(layout.before(i, i == from));
            int start = text.length();
            text.append(units.get(i));
            spans.add(new Span(start, text.length()));
        }
        return new Typed(text.toString(), spans, from);
    }

    /** Writes one case: disguises the secret, lays it out over one or more messages, and lists its needles. */
    private static final class Writer {
        private final SplittableRandom rng;
        private final int number;
        private final Slot slot;
        private final Secret secret;
        private final Channel channel;
        private final Voice voice;
        private final List<Drafted> drafted = new ArrayList<>();
        /** What the user says the secret is, before or after it ("my seed:", "这是我的助记词"), if they say so. */
        private String introBefore = "";
        private String introAfter = "";
        /** Chinese words written without separators, which only an introduction such as "助记词是" makes sense of. */
        private boolean chineseRun;

        Writer(SplittableRandom rng, int number, Slot slot, Secret secret, Channel channel) {
            this.rng = rng;
            this.number = number;
            this.slot = slot;
            this.secret = secret;
            this.channel = channel;
            this.voice = voice();
        }

        Made write() {
            List<String> needles = secret.isPhrase() ? phrase() : key();
            String id = String.format(Locale.ROOT, "d%04d-%s-%s", number, slot.name(), secret.code());
            List<String> parts = drafted.stream().map(Drafted::text).toList();
            return new Made(new Disguised(id, slot.name(), channel, parts, needles), secret);
        }

        private Voice voice() {
            int r = rng.nextInt(20);
            String list = secret.source() == null ? "" : secret.source().name();
            if (list.equals("chinese_simplified")) {
                return r < 17 ? Voice.ZHS : Voice.EN;
            }
            if (list.equals("chinese_traditional")) {
                return r < 17 ? Voice.ZHT : Voice.EN;
            }
            return r < 13 ? Voice.EN : r < 18 ? Voice.ZHS : Voice.ZHT;
        }

        // ------------------------------------------------------------------------------------- phrases

        private List<String> phrase() {
            Source source = secret.source();
            List<String> said = recalled(source);
            declare(false);
            int zeroWidth = slot.has("zwsp") ? (source.chinese() ? 0 : rng.nextInt(3)) : -1;
            List<String> units = dressed(said, source, zeroWidth == 1 || zeroWidth == 2);
            Layout layout = phraseLayout(source, zeroWidth == 0 || zeroWidth == 2);
            int pieces = slot.pieces();
            int[] cuts = cuts(units.size(), pieces, source.chinese() ? 6 : 4);
            for (int k = 0; k < pieces; k++) {
                Typed typed = type(units, cuts[k], cuts[k + 1], layout);
                drafted.add(pieces > 1 ? new Drafted(partLead(k, pieces, false), typed, "") : wrap(typed, false));
            }
            return phraseNeedles(said);
        }

        /**
         * The words as the user remembers them: with typos, or for a declared phrase with two words that are not
         * on the list, or only the first 8 to 11.
         */
        private List<String> recalled(Source source) {
            List<String> said = new ArrayList<>(secret.words());
            for (int changed : distinctPositions(said.size(), slot.typos())) {
                said.set(changed, typo(said.get(changed), source.listed()));
            }
            if (!slot.has("declared")) {
                return said;
            }
            if ((source.latin() || source.chinese()) && rng.nextInt(5) < 3) {
                for (int changed : distinctPositions(said.size(), 2)) {
                    said.set(changed, source.chinese() ? notListedHan(source) : madeUpWord(source.listed()));
                }
                return said;
            }
            return new ArrayList<>(said.subList(0, 8 + rng.nextInt(4)));
        }

        /** For a declared secret, the words naming it: mostly before it, sometimes after. */
        private void declare(boolean key) {
            if (!slot.has("declared")) {
                return;
            }
            if (rng.nextInt(5) < 4) {
                introBefore = pick(key ? DisguiseWording.declaredKeyBefore(voice)
                        : DisguiseWording.declaredPhraseBefore(voice));
            } else {
                introAfter = pick(key ? DisguiseWording.declaredKeyAfter(voice)
                        : DisguiseWording.declaredPhraseAfter(voice));
            }
        }

        /** The words as typed: in another case, with look-alike or full-width letters, zero-width chars inside. */
        private List<String> dressed(List<String> said, Source source, boolean zeroWidthInside) {
            List<String> units = new ArrayList<>(said);
            boolean casual = slot.has("plain") || slot.has("json") || slot.has("codeblock")
                    || slot.pieces() > 1 || slot.has("declared");
            if (source.latin() && casual && rng.nextInt(4) == 0) {
                recase(units, rng.nextInt(3));
            }
            if (slot.has("runtogether") && rng.nextInt(10) < 3) {
                recase(units, 1);
            }
            if (slot.has("homoglyph")) {
                homoglyphWords(units);
            }
            if (slot.has("fullwidth")) {
                fullwidthWords(units);
            }
            if (zeroWidthInside) {
                zeroWidthInside(units);
            }
            return units;
        }

        private Layout phraseLayout(Source source, boolean zeroWidthBetween) {
            if (slot.has("runtogether")) {
                return separator("");
            }
            if (zeroWidthBetween) {
                return zeroWidthGaps();
            }
            if (slot.has("fullwidth")) {
                return separator(rng.nextBoolean() ? " " : "\u3000");
            }
            if (slot.has("json")) {
                return separator(pick(List.of(" ", " ", ", ", " / ", " - ", ",")));
            }
            boolean mayRun = source.chinese() && slot.pieces() == 1 && !slot.has("codeblock") && introAfter.isEmpty()
                    && (introBefore.isEmpty() || introducesRun(introBefore));
            Layout layout = ordinaryLayout(source, mayRun);
            chineseRun = mayRun && layout.before(1, false).isEmpty();
            return layout;
        }

        /** "助记词是", "这是我的助记词：": a name for the phrase, then 是 or a colon. */
        private static boolean introducesRun(String intro) {
            String s = intro.strip();
            boolean named = s.contains("助") || s.contains("种子") || s.contains("種子");
            return named && (s.endsWith("是") || s.endsWith("：") || s.endsWith(":"));
        }

        /** A lead-in for one of several messages ("part 2:", "还有后面的"), or nothing. */
        private String partLead(int k, int pieces, boolean key) {
            String lead = k == 0 ? maybe(key ? 50 : 35, DisguiseWording.firstPart(voice, key))
                    : maybe(key ? 60 : 50, DisguiseWording.laterPart(voice, key));
            return lead.replace("{n}", String.valueOf(k + 1)).replace("{of}", String.valueOf(pieces));
        }

        private List<String> phraseNeedles(List<String> said) {
            Needles needles = new Needles();
            Source source = secret.source();
            typedNeedles(needles, source.chinese() ? 6 : 4, 1);
            wordNeedles(needles, said, source);
            if (said.size() == secret.words().size() && !said.equals(secret.words())) {
                wordNeedles(needles, secret.words(), source);
            }
            return needles.list();
        }

        private static void wordNeedles(Needles needles, List<String> words, Source source) {
            needles.add(String.join(source.separator(), words));
            needles.add(String.join(" ", words));
            if (source.latin()) {
                needles.add(String.join("", words));
            }
            int width = source.chinese() ? 6 : 4;
            for (int i = 0; i + width <= words.size(); i++) {
                List<String> window = words.subList(i, i + width);
                needles.add(String.join(" ", window));
                needles.add(String.join(source.separator(), window));
                if (source.chinese()) {
                    needles.add(String.join("", window));
                }
            }
        }

        /** Each message's secret as typed, the whole message when little else is in it, and windows of it. */
        private void typedNeedles(Needles needles, int width, int step) {
            for (Drafted d : drafted) {
                Typed typed = d.typed();
                needles.add(typed.text());
                if (d.text().length() - typed.text().length() <= SHORT_WRAPPER) {
                    needles.add(d.text());
                }
                int start = (typed.first() + step - 1) / step * step;
                for (int i = start; i + width <= typed.end(); i += step) {
                    needles.add(typed.window(i, i + width));
                }
            }
        }

        /** Spaces, commas, line breaks, slashes, dashes or numbering, as the list's users write them. */
        private Layout ordinaryLayout(Source source, boolean mayRun) {
            if (source.chinese()) {
                List<String> gaps = new ArrayList<>(List.of(" ", " ", ",", "，", "、", "\u3000", "\n", ", "));
                if (mayRun) {
                    gaps.add("");
                }
                int r = rng.nextInt(gaps.size() + 2);
                return r < gaps.size() ? separator(gaps.get(r))
                        : r == gaps.size() ? numbered("\n", ". ") : numbered("\n", "、");
            }
            if (source.name().equals("japanese")) {
                int r = rng.nextInt(5);
                return r < 2 ? separator("\u3000") : r == 2 ? separator(" ") : r == 3 ? separator("\n")
                        : numbered("\n", ". ");
            }
            int r = rng.nextInt(13);
            return switch (r) {
                case 0, 1, 2 -> separator(" ");
                case 3 -> separator(",");
                case 4 -> separator(", ");
                case 5 -> separator("\n");
                case 6 -> separator("\t");
                case 7 -> separator(" / ");
                case 8 -> separator(" - ");
                case 9 -> numbered("\n", ". ");
                case 10 -> numbered(" ", ") ");
                case 11 -> numbered(" ", ":");
                default -> separator("  ");
            };
        }

        private static Layout separator(String gap) {
            return (index, first) -> first ? "" : gap;
        }

        /** "1. word\n2. word", "1) word 2) word", "1:word 2:word"; numbering carries on into later messages. */
        private static Layout numbered(String between, String after) {
            return (index, first) -> (first ? "" : between) + (index + 1) + after;
        }

        /** A zero-width character instead of each separator: the same one throughout, or a different one each time. */
        private Layout zeroWidthGaps() {
            boolean same = rng.nextBoolean();
            char one = zeroWidth();
            return (index, first) -> first ? "" : String.valueOf(same ? one : zeroWidth());
        }

        /**
         * Where each message's share starts: at least four words each, and for Chinese six where the phrase is
         * long enough, since fewer characters are too short a needle.
         */
        private int[] cuts(int n, int pieces, int preferred) {
            int least = Math.max(4, Math.min(preferred, n / pieces));
            int[] cuts = new int[pieces + 1];
            cuts[pieces] = n;
            for (int k = 1; k < pieces; k++) {
                int room = n - cuts[k - 1] - least * (pieces - k + 1);
                cuts[k] = cuts[k - 1] + least + rng.nextInt(room + 1);
            }
            return cuts;
        }

        private void recase(List<String> units, int mode) {
            for (int i = 0; i < units.size(); i++) {
                String w = units.get(i);
                boolean title = mode == 1 || (mode == 2 && rng.nextBoolean());
                units.set(i, mode == 0 ? w.toUpperCase(Locale.ROOT)
                        : title ? w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1) : w);
            }
        }

        /** One or two letters of at least a third of the words become Cyrillic or Greek letters that look the same. */
        private void homoglyphWords(List<String> units) {
            int n = units.size();
            for (int i : distinctPositions(n, Math.max(2, n / 3 + rng.nextInt(n - n / 3 + 1)))) {
                units.set(i, homoglyphs(units.get(i), 1 + rng.nextInt(2)));
            }
        }

        private String homoglyphs(String text, int how) {
            StringBuilder out = new StringBuilder(text);
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                if (!DisguiseWording.lookAlikes(text.charAt(i)).isEmpty()) {
                    candidates.add(i);
                }
            }
            for (int k = 0; k < how && !candidates.isEmpty(); k++) {
                int at = candidates.remove(rng.nextInt(candidates.size()));
                String options = DisguiseWording.lookAlikes(text.charAt(at));
                out.setCharAt(at, options.charAt(rng.nextInt(options.length())));
            }
            return out.toString();
        }

        /** Full-width letters for every word, for some words, or for some letters here and there. */
        private void fullwidthWords(List<String> units) {
            int mode = rng.nextInt(3);
            for (int i = 0; i < units.size(); i++) {
                if (mode == 0 || (mode == 1 && rng.nextBoolean())) {
                    units.set(i, fullwidth(units.get(i), 100));
                } else if (mode == 2) {
                    units.set(i, fullwidth(units.get(i), 40));
                }
            }
        }

        private String fullwidth(String text, int percent) {
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean ascii = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                out.append(ascii && rng.nextInt(100) < percent ? (char) (c + 0xFEE0) : c);
            }
            return out.toString();
        }

        /** A zero-width character inside at least a third of the words. */
        private void zeroWidthInside(List<String> units) {
            int n = units.size();
            for (int i : distinctPositions(n, Math.max(2, n / 3 + rng.nextInt(n / 2)))) {
                String w = units.get(i);
                if (w.length() > 1) {
                    int at = 1 + rng.nextInt(w.length() - 1);
                    units.set(i, w.substring(0, at) + zeroWidth() + w.substring(at));
                }
            }
        }

        private char zeroWidth() {
            return ZERO_WIDTH.charAt(rng.nextInt(ZERO_WIDTH.length()));
        }

        /** One edit a hurried typist makes: a neighbouring key, a dropped or doubled letter, two letters swapped. */
        private String typo(String word, Set<String> listed) {
            while (true) {
                StringBuilder t = new StringBuilder(word);
                int at = rng.nextInt(word.length());
                switch (rng.nextInt(4)) {
                    case 0 -> t.setCharAt(at, DisguiseWording.keyboardNeighbour(word.charAt(at), rng));
                    case 1 -> t.deleteCharAt(at);
                    case 2 -> t.insert(at, rng.nextBoolean() ? word.charAt(at)
                            : DisguiseWording.keyboardNeighbour(word.charAt(at), rng));
                    default -> {
                        if (at + 1 < word.length()) {
                            t.setCharAt(at, word.charAt(at + 1));
                            t.setCharAt(at + 1, word.charAt(at));
                        }
                    }
                }
                String typed = t.toString();
                if (typed.length() >= 3 && !typed.equals(word) && !listed.contains(typed)) {
                    return typed;
                }
            }
        }

        /** A word that sounds like it could be on the list, such as "blorv", but is not. */
        private String madeUpWord(Set<String> listed) {
            while (true) {
                String word = DisguiseWording.pseudoWord(rng);
                if (!listed.contains(word)) {
                    return word;
                }
            }
        }

        private String notListedHan(Source source) {
            String pool = DisguiseWording.notListedHan(source);
            return String.valueOf(pool.charAt(rng.nextInt(pool.length())));
        }

        // ---------------------------------------------------------------------------------------- keys

        private List<String> key() {
            boolean hex = secret.type().equals("hex");
            String said = slot.has("declared") && rng.nextBoolean() ? wrongChar(secret.key(), hex) : secret.key();
            declare(true);
            String typedKey = hex ? hexCase(said) : said;
            String prefix = hex && rng.nextInt(10) < 3 ? (rng.nextInt(5) == 0 ? "0X" : "0x") : "";
            if (slot.has("homoglyph")) {
                typedKey = homoglyphs(typedKey, 2 + rng.nextInt(4));
            }
            List<String> units = new ArrayList<>();
            for (int i = 0; i < typedKey.length(); i++) {
                units.add(String.valueOf(typedKey.charAt(i)));
            }
            if (slot.has("fullwidth")) {
                int percent = rng.nextBoolean() ? 100 : 40;
                units.replaceAll(c -> fullwidth(c, percent));
                if (percent == 100) {
                    prefix = fullwidth(prefix, 100);
                }
            }
            Layout layout = keyLayout(prefix, units.size());
            int pieces = slot.pieces();
            for (int k = 0; k < pieces; k++) {
                Typed typed = type(units, k * units.size() / pieces, (k + 1) * units.size() / pieces, layout);
                drafted.add(pieces > 1 ? new Drafted(partLead(k, pieces, true), typed, "") : wrap(typed, true));
            }
            return keyNeedles(said);
        }

        /** The prefix, then separators between groups of 16 or 8 chars, and zero-width chars where the slot asks. */
        private Layout keyLayout(String prefix, int n) {
            Set<Integer> zeroWidthAt = slot.has("zwsp") ? zeroWidthPositions(n) : Set.of();
            int group = slot.has("hexgroups") ? (rng.nextBoolean() ? 16 : 8) : 0;
            String groupGap = pick(List.of(" ", " ", "-", "\n", " - ", "  "));
            boolean same = rng.nextBoolean();
            char one = zeroWidth();
            return (index, first) -> (index == 0 ? prefix : "")
                    + (group > 0 && !first && index % group == 0 ? groupGap : "")
                    + (zeroWidthAt.contains(index) ? String.valueOf(same ? one : zeroWidth()) : "");
        }

        private List<String> keyNeedles(String said) {
            Needles needles = new Needles();
            typedNeedles(needles, 16, 16);
            boolean hex = secret.type().equals("hex");
            for (String canonical : List.of(secret.key(), hex ? said.toLowerCase(Locale.ROOT) : said)) {
                needles.add(canonical);
                for (int i = 0; i + 16 <= canonical.length(); i += 16) {
                    needles.add(canonical.substring(i, i + 16));
                }
            }
            return needles.list();
        }

        /** Zero-width characters at a few places in a key, or after every 4 or 8 chars. */
        private Set<Integer> zeroWidthPositions(int n) {
            Set<Integer> at = new LinkedHashSet<>();
            if (rng.nextInt(3) == 0) {
                int every = rng.nextBoolean() ? 4 : 8;
                for (int i = every; i < n; i += every) {
                    at.add(i);
                }
            } else {
                int how = 1 + rng.nextInt(5);
                while (at.size() < how) {
                    at.add(1 + rng.nextInt(n - 1));
                }
            }
            return at;
        }

        /** The key with one char wrong: another digit of its alphabet, or a char outside it. */
        private String wrongChar(String key, boolean hex) {
            int at = 4 + rng.nextInt(key.length() - 4);
            String alphabet = hex ? "0123456789abcdef" : BASE58;
            String outside = hex ? "ghkmnopqrstuvwxz" : "0OIl";
            char replacement;
            do {
                replacement = rng.nextInt(10) < 6 ? alphabet.charAt(rng.nextInt(alphabet.length()))
                        : outside.charAt(rng.nextInt(outside.length()));
            } while (replacement == key.charAt(at));
            return key.substring(0, at) + replacement + key.substring(at + 1);
        }

        /** Hex as exported (lower case), in upper case, or in a mix of both. */
        private String hexCase(String hex) {
            int r = rng.nextInt(10);
            if (r < 6) {
                return hex;
            }
            if (r < 8) {
                return hex.toUpperCase(Locale.ROOT);
            }
            StringBuilder out = new StringBuilder(hex);
            for (int i = 0; i < out.length(); i++) {
                if (rng.nextBoolean()) {
                    out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
                }
            }
            return out.toString();
        }

        // ------------------------------------------------------------------------------------ wrapping

        /**
         * Puts a secret typed in one message into JSON, a code block, after its name, or into a sentence, or
         * sends it bare.
         */
        private Drafted wrap(Typed typed, boolean key) {
            if (slot.has("json")) {
                String json = key ? DisguiseWording.jsonForKey(secret.type(), rng) : pick(DisguiseWording.JSON_PHRASE);
                int at = json.indexOf("%s");
                return new Drafted(lineBefore(30, key) + json.substring(0, at), typed, json.substring(at + 2));
            }
            if (slot.has("codeblock")) {
                String fence = rng.nextBoolean() ? "```\n" : "```text\n";
                return new Drafted(lineBefore(40, key) + fence, typed, "\n```");
            }
            if (chineseRun) {
                String intro = introBefore.isEmpty() ? pick(DisguiseWording.runIntro(secret.source(), isAgent()))
                        : introBefore.strip();
                return new Drafted(intro, typed, "");
            }
            if (!introBefore.isEmpty() || !introAfter.isEmpty()) {
                return new Drafted(introBefore, typed, introAfter);
            }
            String lead = maybe(slot.has("plain") ? 60 : 40, DisguiseWording.leads(voice, key, isAgent()));
            String tail = maybe(25, DisguiseWording.tails(voice, key, isAgent()));
            return new Drafted(lead, typed, tail);
        }

        /** A lead-in on a line of its own, or nothing. */
        private String lineBefore(int percent, boolean key) {
            String lead = maybe(percent, DisguiseWording.leads(voice, key, isAgent()));
            return lead.isEmpty() ? "" : lead.strip() + "\n";
        }

        private boolean isAgent() {
            return channel == Channel.AGENT;
        }

        private String maybe(int percent, List<String> options) {
            return rng.nextInt(100) < percent ? pick(options) : "";
        }

        private String pick(List<String> options) {
            return options.get(rng.nextInt(options.size()));
        }

        /** {@code how} distinct positions below {@code n}, in ascending order. */
        private List<Integer> distinctPositions(int n, int how) {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                all.add(i);
            }
            List<Integer> chosen = new ArrayList<>();
            for (int k = 0; k < Math.min(how, n); k++) {
                chosen.add(all.remove(rng.nextInt(all.size())));
            }
            chosen.sort(null);
            return chosen;
        }
    }

    /**
     * Needles in order without repeats. One too short to mean anything on its own (under 12 chars, or
     * under 6 CJK chars) is left out, since ordinary text could hold it.
     */
    private static final class Needles {
        private final Set<String> needles = new LinkedHashSet<>();

        void add(String needle) {
            if (needle.length() >= 12 || cjk(needle) >= 6) {
                needles.add(needle);
            }
        }

        List<String> list() {
            return List.copyOf(needles);
        }
    }

    /** Han, kana and Hangul chars in {@code text}. */
    static int cjk(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
                n++;
            }
        }
        return n;
    }

    // -------------------------------------------------------------------------------------- the lists

    private static void addIfPresent(List<Source> sources, Source source) {
        if (source != null) {
            sources.add(source);
        }
    }

    /** The list at {@code path} under the safety resources, or null when it is not bundled. */
    private static Source load(String path, String name, String code, Scheme scheme, int size) {
        try (InputStream in = AdversarialSecrets.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                return null;
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> words = (text.startsWith("\uFEFF") ? text.substring(1) : text).lines()
                    .map(String::strip).filter(w -> !w.isEmpty()).toList();
            if (words.size() != size) {
                throw new IllegalStateException(path + " holds " + words.size() + " words, not " + size);
            }
            boolean latin = words.stream().allMatch(w -> w.codePoints().allMatch(
                    c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN));
            return new Source(name, code, scheme, words, Set.copyOf(words), latin);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
