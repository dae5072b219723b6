package dev.baton.safety;

import static dev.baton.safety.WalletSecrets.ENGLISH;
import static dev.baton.safety.WalletSecrets.KEY_TYPES;
import static dev.baton.safety.WalletSecrets.LATIN_OTHERS;
import static dev.baton.safety.WalletSecrets.OTHERS;
import static dev.baton.safety.WalletSecrets.key;
import static dev.baton.safety.WalletSecrets.phrase;

import dev.baton.safety.WalletSecrets.Secret;
import dev.baton.safety.WalletSecrets.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic adversarial corpus for end-to-end tests of redaction.
 *
 * <p>{@link #disguised} gives real wallet secrets ({@link WalletSecrets}: BIP-39 phrases with valid checksums,
 * raw hex, WIF, extended and Solana keys, and Electrum "old" and Monero seeds when their lists are bundled)
 * typed the ways people hide them from a filter without meaning to ({@link DisguiseWriter}): zero-width
 * characters, full-width or look-alike letters, no spaces, typos, split over messages, pasted as JSON or code,
 * or named outright but misremembered. {@link #lookAlikes} gives what must come through untouched although a
 * careless filter would take it for a secret ({@link AdversarialLookAlikes}): transaction hashes, addresses,
 * order numbers and ordinary messages made of listed words.
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
    public enum Channel {
        WEB,
        TELEGRAM,
        SLACK,
        WECHAT,
        GENERIC,
        AGENT
    }

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

    /** A disguised case and the secret behind it, so that tests can check the secret itself. */
    record Made(Disguised disguised, Secret secret) {}

    private static final List<Slot> PLAN = plan();
    private static final List<Channel> NOT_AGENT =
            List.of(Channel.WEB, Channel.TELEGRAM, Channel.SLACK, Channel.WECHAT, Channel.GENERIC);

    private AdversarialSecrets() {}

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
            Channel channel = slot.pieces() > 1
                    ? NOT_AGENT.get(turn % NOT_AGENT.size())
                    : Channel.values()[turn % Channel.values().length];
            out.add(new DisguiseWriter(rng, i + 1, slot, secret, channel).write());
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------- the plan

    /** Which secrets a slot draws from. */
    enum Family {
        ENGLISH,
        OTHER,
        LATIN_OTHER,
        KEY,
        HEX
    }

    /** One turn of the rotation: its disguises and the secrets it draws from. */
    record Slot(Family family, List<String> disguises) {
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
                slot(en, "plain"),
                slot(other, "plain"),
                slot(key, "plain"),
                slot(en, "json"),
                slot(en, "zwsp"),
                slot(other, "split2"),
                slot(en, "typos1"),
                slot(key, "fullwidth"),
                slot(en, "homoglyph"),
                slot(other, "declared"),
                slot(en, "split3"),
                slot(hex, "hexgroups"),
                slot(other, "codeblock"),
                slot(key, "zwsp"),
                slot(en, "runtogether"),
                slot(hex, "split2"),
                slot(other, "plain"),
                slot(en, "typos2"),
                slot(latin, "fullwidth", "zwsp"),
                slot(key, "declared"),
                slot(other, "split3"),
                slot(key, "homoglyph"),
                slot(other, "json"),
                slot(other, "zwsp"),
                slot(en, "plain"),
                slot(key, "codeblock"),
                slot(en, "typos3"),
                slot(en, "split2", "zwsp"),
                slot(latin, "runtogether"),
                slot(en, "declared"),
                slot(en, "fullwidth"),
                slot(en, "split3", "typos1"),
                slot(hex, "hexgroups", "zwsp"),
                slot(latin, "homoglyph"),
                slot(key, "plain"),
                slot(other, "split2"),
                slot(key, "json"),
                slot(en, "codeblock"),
                slot(other, "zwsp"),
                slot(en, "typos2"),
                slot(other, "split3"),
                slot(other, "declared"),
                slot(en, "typos3"),
                slot(latin, "split2", "homoglyph"),
                slot(other, "plain"),
                slot(en, "runtogether"),
                slot(other, "zwsp"),
                slot(hex, "split2"));
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

    /** Han, kana and Hangul chars in {@code text}. */
    static int cjk(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.HAN
                    || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HANGUL) {
                n++;
            }
        }
        return n;
    }
}
