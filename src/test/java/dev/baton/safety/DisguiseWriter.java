package dev.baton.safety;

import dev.baton.safety.AdversarialSecrets.Channel;
import dev.baton.safety.AdversarialSecrets.Disguised;
import dev.baton.safety.AdversarialSecrets.Made;
import dev.baton.safety.AdversarialSecrets.Slot;
import dev.baton.safety.TypedSecret.Layout;
import dev.baton.safety.WalletSecrets.Secret;
import dev.baton.safety.WalletSecrets.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes one case of {@link AdversarialSecrets}: disguises the secret ({@link Disguises}), lays it out over one
 * or more messages in the words users and agents write around it ({@link DisguiseWording}), and lists its
 * {@link Needles}.
 */
final class DisguiseWriter {

    /** The language of the sentences around a secret. */
    enum Voice {
        EN,
        ZHS,
        ZHT
    }

    /** One message: the secret as typed, and the text around it. */
    record Drafted(String before, TypedSecret typed, String after) {
        String text() {
            return before + typed.text() + after;
        }
    }

    private final SplittableRandom rng;
    private final Disguises disguises;
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

    DisguiseWriter(SplittableRandom rng, int number, Slot slot, Secret secret, Channel channel) {
        this.rng = rng;
        this.disguises = new Disguises(rng);
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
            TypedSecret typed = TypedSecret.type(units, cuts[k], cuts[k + 1], layout);
            drafted.add(pieces > 1 ? new Drafted(partLead(k, pieces, false), typed, "") : wrap(typed, false));
        }
        return Needles.ofPhrase(drafted, secret, said);
    }

    /**
     * The words as the user remembers them: with typos, or for a declared phrase with two words that are not
     * on the list, or only the first 8 to 11.
     */
    private List<String> recalled(Source source) {
        List<String> said = new ArrayList<>(secret.words());
        for (int changed : disguises.distinctPositions(said.size(), slot.typos())) {
            said.set(changed, disguises.typo(said.get(changed), source.listed()));
        }
        if (!slot.has("declared")) {
            return said;
        }
        if ((source.latin() || source.chinese()) && rng.nextInt(5) < 3) {
            for (int changed : disguises.distinctPositions(said.size(), 2)) {
                said.set(
                        changed,
                        source.chinese() ? disguises.notListedHan(source) : disguises.madeUpWord(source.listed()));
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
            introBefore = disguises.pick(
                    key ? DisguiseWording.declaredKeyBefore(voice) : DisguiseWording.declaredPhraseBefore(voice));
        } else {
            introAfter = disguises.pick(
                    key ? DisguiseWording.declaredKeyAfter(voice) : DisguiseWording.declaredPhraseAfter(voice));
        }
    }

    /** The words as typed: in another case, with look-alike or full-width letters, zero-width chars inside. */
    private List<String> dressed(List<String> said, Source source, boolean zeroWidthInside) {
        List<String> units = new ArrayList<>(said);
        boolean casual = slot.has("plain")
                || slot.has("json")
                || slot.has("codeblock")
                || slot.pieces() > 1
                || slot.has("declared");
        if (source.latin() && casual && rng.nextInt(4) == 0) {
            disguises.recase(units, rng.nextInt(3));
        }
        if (slot.has("runtogether") && rng.nextInt(10) < 3) {
            disguises.recase(units, 1);
        }
        if (slot.has("homoglyph")) {
            disguises.homoglyphWords(units);
        }
        if (slot.has("fullwidth")) {
            disguises.fullwidthWords(units);
        }
        if (zeroWidthInside) {
            disguises.zeroWidthInside(units);
        }
        return units;
    }

    private Layout phraseLayout(Source source, boolean zeroWidthBetween) {
        if (slot.has("runtogether")) {
            return Layout.separator("");
        }
        if (zeroWidthBetween) {
            return disguises.zeroWidthGaps();
        }
        if (slot.has("fullwidth")) {
            return Layout.separator(rng.nextBoolean() ? " " : "\u3000");
        }
        if (slot.has("json")) {
            return Layout.separator(disguises.pick(List.of(" ", " ", ", ", " / ", " - ", ",")));
        }
        boolean mayRun = source.chinese()
                && slot.pieces() == 1
                && !slot.has("codeblock")
                && introAfter.isEmpty()
                && (introBefore.isEmpty() || introducesRun(introBefore));
        Layout layout = disguises.ordinaryLayout(source, mayRun);
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
        String lead = k == 0
                ? disguises.maybe(key ? 50 : 35, DisguiseWording.firstPart(voice, key))
                : disguises.maybe(key ? 60 : 50, DisguiseWording.laterPart(voice, key));
        return lead.replace("{n}", String.valueOf(k + 1)).replace("{of}", String.valueOf(pieces));
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

    // ---------------------------------------------------------------------------------------- keys

    private List<String> key() {
        boolean hex = secret.type().equals("hex");
        String said = slot.has("declared") && rng.nextBoolean() ? disguises.wrongChar(secret.key(), hex) : secret.key();
        declare(true);
        String typedKey = hex ? disguises.hexCase(said) : said;
        String prefix = hex && rng.nextInt(10) < 3 ? (rng.nextInt(5) == 0 ? "0X" : "0x") : "";
        if (slot.has("homoglyph")) {
            typedKey = disguises.homoglyphs(typedKey, 2 + rng.nextInt(4));
        }
        List<String> units = new ArrayList<>();
        for (int i = 0; i < typedKey.length(); i++) {
            units.add(String.valueOf(typedKey.charAt(i)));
        }
        if (slot.has("fullwidth")) {
            int percent = rng.nextBoolean() ? 100 : 40;
            units.replaceAll(c -> disguises.fullwidth(c, percent));
            if (percent == 100) {
                prefix = disguises.fullwidth(prefix, 100);
            }
        }
        Layout layout = keyLayout(prefix, units.size());
        int pieces = slot.pieces();
        for (int k = 0; k < pieces; k++) {
            TypedSecret typed =
                    TypedSecret.type(units, k * units.size() / pieces, (k + 1) * units.size() / pieces, layout);
            drafted.add(pieces > 1 ? new Drafted(partLead(k, pieces, true), typed, "") : wrap(typed, true));
        }
        return Needles.ofKey(drafted, secret, said);
    }

    /** The prefix, then separators between groups of 16 or 8 chars, and zero-width chars where the slot asks. */
    private Layout keyLayout(String prefix, int n) {
        Set<Integer> zeroWidthAt = slot.has("zwsp") ? disguises.zeroWidthPositions(n) : Set.of();
        int group = slot.has("hexgroups") ? (rng.nextBoolean() ? 16 : 8) : 0;
        String groupGap = disguises.pick(List.of(" ", " ", "-", "\n", " - ", "  "));
        boolean same = rng.nextBoolean();
        char one = disguises.zeroWidth();
        return (index, first) -> (index == 0 ? prefix : "")
                + (group > 0 && !first && index % group == 0 ? groupGap : "")
                + (zeroWidthAt.contains(index) ? String.valueOf(same ? one : disguises.zeroWidth()) : "");
    }

    // ------------------------------------------------------------------------------------ wrapping

    /**
     * Puts a secret typed in one message into JSON, a code block, after its name, or into a sentence, or
     * sends it bare.
     */
    private Drafted wrap(TypedSecret typed, boolean key) {
        if (slot.has("json")) {
            String json =
                    key ? DisguiseWording.jsonForKey(secret.type(), rng) : disguises.pick(DisguiseWording.JSON_PHRASE);
            int at = json.indexOf("%s");
            return new Drafted(lineBefore(30, key) + json.substring(0, at), typed, json.substring(at + 2));
        }
        if (slot.has("codeblock")) {
            String fence = rng.nextBoolean() ? "```\n" : "```text\n";
            return new Drafted(lineBefore(40, key) + fence, typed, "\n```");
        }
        if (chineseRun) {
            String intro = introBefore.isEmpty()
                    ? disguises.pick(DisguiseWording.runIntro(secret.source(), isAgent()))
                    : introBefore.strip();
            return new Drafted(intro, typed, "");
        }
        if (!introBefore.isEmpty() || !introAfter.isEmpty()) {
            return new Drafted(introBefore, typed, introAfter);
        }
        String lead = disguises.maybe(slot.has("plain") ? 60 : 40, DisguiseWording.leads(voice, key, isAgent()));
        String tail = disguises.maybe(25, DisguiseWording.tails(voice, key, isAgent()));
        return new Drafted(lead, typed, tail);
    }

    /** A lead-in on a line of its own, or nothing. */
    private String lineBefore(int percent, boolean key) {
        String lead = disguises.maybe(percent, DisguiseWording.leads(voice, key, isAgent()));
        return lead.isEmpty() ? "" : lead.strip() + "\n";
    }

    private boolean isAgent() {
        return channel == Channel.AGENT;
    }
}
