package dev.baton.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.safety.AdversarialSecrets.Channel;
import dev.baton.safety.AdversarialSecrets.Disguised;
import dev.baton.safety.AdversarialSecrets.LookAlike;
import dev.baton.safety.AdversarialSecrets.Made;
import dev.baton.safety.WalletSecrets.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The adversarial corpus keeps its promises: the counts asked for, the same corpus for the same seed, every
 * category often enough to matter, needles long enough not to match ordinary text, and look-alikes that hold
 * no phrase. That real secrets stand behind the disguises is {@link AdversarialSecretsAreRealTest}'s part.
 */
class AdversarialSecretsTest {
    static final long SEED = 20261206L;
    static final int COUNT = 2000;
    private static final List<Made> MADE = AdversarialSecrets.made(SEED, COUNT);
    private static final List<Disguised> DISGUISED =
            MADE.stream().map(Made::disguised).toList();
    private static final List<LookAlike> LOOK_ALIKES = AdversarialSecrets.lookAlikes(SEED, COUNT);

    private static final List<String> DISGUISES = List.of(
            "plain",
            "zwsp",
            "fullwidth",
            "homoglyph",
            "runtogether",
            "typos1",
            "typos2",
            "typos3",
            "split2",
            "split3",
            "hexgroups",
            "declared",
            "json",
            "codeblock");
    private static final List<String> OPTIONAL_BIP39 = List.of(
            "chinese_simplified",
            "chinese_traditional",
            "japanese",
            "korean",
            "spanish",
            "french",
            "italian",
            "czech",
            "portuguese");

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 48, 2001})
    void givesExactlyTheCountAskedFor(int count) {
        List<Disguised> disguised = AdversarialSecrets.disguised(SEED, count);
        List<LookAlike> lookAlikes = AdversarialSecrets.lookAlikes(SEED, count);

        assertThat(disguised).hasSize(count);
        assertThat(lookAlikes).hasSize(count);
        assertThat(disguised.stream().map(Disguised::id).distinct()).hasSize(count);
        assertThat(lookAlikes.stream().map(LookAlike::id).distinct()).hasSize(count);
    }

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
        assertThat(AdversarialSecrets.disguised(SEED, COUNT)).isEqualTo(DISGUISED);
        assertThat(AdversarialSecrets.lookAlikes(SEED, COUNT)).isEqualTo(LOOK_ALIKES);
        assertThat(AdversarialSecrets.disguised(SEED, 100)).isEqualTo(DISGUISED.subList(0, 100));
        assertThat(AdversarialSecrets.lookAlikes(SEED, 100)).isEqualTo(LOOK_ALIKES.subList(0, 100));

        List<Disguised> other = AdversarialSecrets.disguised(SEED + 1, 200);
        List<LookAlike> otherLookAlikes = AdversarialSecrets.lookAlikes(SEED + 1, 200);
        long samePhrases = countSame(other, DISGUISED, Disguised::parts);
        long sameLookAlikes = countSame(otherLookAlikes, LOOK_ALIKES, LookAlike::parts);
        assertThat(samePhrases).isZero();
        assertThat(sameLookAlikes).isLessThan(20);
    }

    @Test
    void idsNameTheCaseTheCategoryAndTheSecret() {
        for (int i = 0; i < DISGUISED.size(); i++) {
            Disguised d = DISGUISED.get(i);
            String code = MADE.get(i).secret().code();
            assertThat(d.id()).isEqualTo(String.format(Locale.ROOT, "d%04d-%s-%s", i + 1, d.disguise(), code));
        }
        assertThat(LOOK_ALIKES)
                .allSatisfy(l -> assertThat(l.id()).startsWith("l").contains("-" + l.kind()));
    }

    @Test
    void everyDisguiseAndSecretTypeComesUpOftenEnough() {
        Map<String, Integer> disguises = new TreeMap<>();
        Map<String, Integer> types = new TreeMap<>();
        for (Made made : MADE) {
            for (String disguise : words(made.disguised().disguise(), '+')) {
                disguises.merge(disguise, 1, Integer::sum);
            }
            types.merge(made.secret().type(), 1, Integer::sum);
        }

        assertThat(disguises.keySet()).containsExactlyInAnyOrderElementsOf(DISGUISES);
        assertThat(disguises.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(50));
        assertThat(DISGUISED.stream().filter(d -> d.parts().size() > 1)).hasSizeGreaterThanOrEqualTo(300);
        assertThat(types.keySet()).containsExactlyInAnyOrderElementsOf(expectedSecretTypes());
        assertThat(types.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(50));
    }

    @Test
    void everyChannelIsUsedAndAnAgentTypesOneMessage() {
        assertThat(DISGUISED.stream().map(Disguised::channel).distinct()).containsExactlyInAnyOrder(Channel.values());
        assertThat(DISGUISED)
                .filteredOn(d -> d.channel() == Channel.AGENT)
                .allSatisfy(d -> assertThat(d.parts()).hasSize(1));
        assertThat(DISGUISED)
                .filteredOn(d -> d.disguise().contains("split"))
                .allSatisfy(d -> assertThat(d.parts()).hasSizeBetween(2, 3));
        assertThat(LOOK_ALIKES.stream().map(LookAlike::channel).distinct())
                .containsExactlyInAnyOrder(
                        Channel.WEB, Channel.TELEGRAM, Channel.SLACK, Channel.WECHAT, Channel.GENERIC);
    }

    @Test
    void needlesAreLongEnoughNotToTurnUpInOrdinaryText() {
        for (Disguised d : DISGUISED) {
            assertThat(d.needles())
                    .as(d.id())
                    .isNotEmpty()
                    .doesNotHaveDuplicates()
                    .allSatisfy(n ->
                            assertThat(n.length() >= 12 || cjk(n) >= 6).as(n).isTrue());
        }
    }

    /** Both lists may end up in one database: a needle in a look-alike would make a correct bot look leaky. */
    @Test
    void noNeedleTurnsUpInTheLookAlikes() {
        StringBuilder all = new StringBuilder();
        LOOK_ALIKES.forEach(l -> l.parts().forEach(p -> all.append(p).append('\n')));
        String text = all.toString();
        Set<String> starts = new HashSet<>();
        for (int i = 0; i + 6 <= text.length(); i++) {
            starts.add(text.substring(i, i + 6));
        }
        for (Disguised d : DISGUISED) {
            assertThat(d.needles()).as(d.id()).noneMatch(n -> starts.contains(n.substring(0, 6)) && text.contains(n));
        }
    }

    @Test
    void everyMessageLongEnoughToHoldANeedleHoldsOne() {
        for (Disguised d : DISGUISED) {
            for (String part : d.parts()) {
                if (part.length() >= 12 || cjk(part) >= 6) {
                    assertThat(d.needles()).as(d.id() + ": " + part).anyMatch(part::contains);
                }
            }
        }
    }

    @Test
    void theCanonicalFormOfEachSecretIsANeedle() {
        for (Made made : MADE) {
            Secret secret = made.secret();
            List<String> needles = made.disguised().needles();
            if (secret.isPhrase() && !made.disguised().disguise().equals("declared")) {
                assertThat(needles).as(made.disguised().id()).contains(String.join(" ", secret.words()));
            } else if (!secret.isPhrase()) {
                assertThat(needles).as(made.disguised().id()).contains(secret.key());
            }
        }
    }

    private static <T> long countSame(List<T> some, List<T> others, Function<T, List<String>> parts) {
        Set<List<String>> seen = new HashSet<>();
        others.forEach(o -> seen.add(parts.apply(o)));
        return some.stream().filter(s -> seen.contains(parts.apply(s))).count();
    }

    private static List<String> expectedSecretTypes() {
        List<String> types = new ArrayList<>(List.of("bip39-english", "hex", "wif", "xprv", "solana"));
        for (String name : OPTIONAL_BIP39) {
            if (present("bip39/" + name + ".txt")) {
                types.add("bip39-" + name);
            }
        }
        if (present("electrum/old_english.txt")) {
            types.add("electrum-old");
        }
        if (present("monero/english.txt")) {
            types.add("monero");
        }
        return types;
    }

    private static boolean present(String path) {
        try (InputStream in = AdversarialSecretsTest.class.getResourceAsStream("/dev/baton/safety/" + path)) {
            return in != null;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> words(String text, char separator) {
        List<String> words = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, from)) {
            words.add(text.substring(from, at));
            from = at + 1;
        }
        words.add(text.substring(from));
        return words;
    }

    private static int cjk(String text) {
        return (int) text.codePoints()
                .filter(c -> {
                    Character.UnicodeScript s = Character.UnicodeScript.of(c);
                    return s == Character.UnicodeScript.HAN
                            || s == Character.UnicodeScript.HIRAGANA
                            || s == Character.UnicodeScript.KATAKANA
                            || s == Character.UnicodeScript.HANGUL;
                })
                .count();
    }
}
