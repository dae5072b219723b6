package dev.baton.safety;

import static dev.baton.safety.Bip39TestPhrases.SIMPLIFIED;
import static dev.baton.safety.Bip39TestPhrases.TRADITIONAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseRecoveryPhraseTest {
    private static final SecretScanner SCANNER = SecretScanner.withBundledWordlists();

    private static String phrase(long seed, int words, List<String> list, String separator) {
        return String.join(separator, Bip39TestPhrases.random(seed, words, list));
    }

    static Stream<Arguments> spacedPhrases() {
        return Stream.of(
                Arguments.of("simplified, spaces", phrase(1, 12, SIMPLIFIED, " ")),
                Arguments.of("simplified, 24 words", phrase(2, 24, SIMPLIFIED, " ")),
                Arguments.of("traditional, spaces", phrase(3, 12, TRADITIONAL, " ")),
                Arguments.of("traditional, 18 words", phrase(4, 18, TRADITIONAL, " ")),
                Arguments.of("simplified, full-width commas", phrase(5, 15, SIMPLIFIED, "，")),
                Arguments.of("simplified, enumeration commas", phrase(6, 12, SIMPLIFIED, "、")),
                Arguments.of("traditional, new lines", phrase(7, 21, TRADITIONAL, "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spacedPhrases")
    void spacedPhraseInsideAMessageIsRedactedAndCertain(String name, String phrase) {
        String text = "这是我的钱包备份：" + phrase + "。能恢复吗？";
        SecretScan scan = SCANNER.scan(text);

        int start = text.indexOf(phrase);
        assertThat(scan.findings())
                .containsExactly(new SecretFinding(SecretKind.RECOVERY_PHRASE, start, start + phrase.length(), true));
        assertThat(scan.redacted()).isEqualTo("这是我的钱包备份：[redacted: recovery phrase]。能恢复吗？");
    }

    @Test
    void numberedCharactersAreOnePhrase() {
        List<String> words = Bip39TestPhrases.random(8, 12, SIMPLIFIED);
        StringBuilder text = new StringBuilder("备份如下\n");
        for (int i = 0; i < words.size(); i++) {
            text.append(i + 1).append(". ").append(words.get(i)).append('\n');
        }
        SecretScan scan = SCANNER.scan(text.toString());

        assertThat(scan.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.certain()).isTrue());
        assertThat(scan.redacted()).isEqualTo("备份如下\n1. [redacted: recovery phrase]\n");
    }

    @Test
    void twelveSpacedListedCharactersAreRedactedEvenWithoutChecksum() {
        String text = "的 一 是 在 不 了 有 和 人 这 中 大";
        SecretScan scan = SCANNER.scan(text);

        assertThat(scan.findings()).singleElement().satisfies(f -> {
            assertThat(f.start()).isZero();
            assertThat(f.end()).isEqualTo(text.length());
        });
        assertThat(scan.redacted()).isEqualTo("[redacted: recovery phrase]");
    }

    @Test
    void elevenSpacedCharactersAreNotAPhraseButAreHeldAsPartOfOne() {
        SecretScan common = SCANNER.scan("的 一 是 在 不 了 有 和 人 这 中");
        SeedWordlist simplified = SeedWordlist.bip39("chinese_simplified");
        String eleven = String.join(
                " ",
                java.util.stream.IntStream.range(1000, 1011)
                        .mapToObj(simplified::word)
                        .toList());
        SecretScan rare = SCANNER.scan(eleven);

        assertThat(common.found())
                .as("the most common characters: a sentence typed spaced out")
                .isFalse();
        assertThat(rare.exposed()).isFalse();
        assertThat(rare.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(SecretKind.PHRASE_PART);
            assertThat(f.units()).isEqualTo(11);
        });
        assertThat(rare.redacted()).isEqualTo("[redacted: part of a recovery phrase, 11 words]");
    }

    static Stream<Arguments> unspacedPhrases() {
        return Stream.of(
                Arguments.of(phrase(11, 12, SIMPLIFIED, "")),
                Arguments.of(phrase(12, 15, SIMPLIFIED, "")),
                Arguments.of(phrase(13, 24, SIMPLIFIED, "")),
                Arguments.of(phrase(14, 12, TRADITIONAL, "")),
                Arguments.of(phrase(15, 21, TRADITIONAL, "")));
    }

    @ParameterizedTest
    @MethodSource("unspacedPhrases")
    void unspacedPhraseBetweenPunctuationIsRedactedWhenChecksumHolds(String phrase) {
        String text = "帮我看看这个对不对：" + phrase + "\n谢谢";
        SecretScan scan = SCANNER.scan(text);

        assertThat(scan.findings())
                .containsExactly(new SecretFinding(SecretKind.RECOVERY_PHRASE, 10, 10 + phrase.length(), true));
        assertThat(scan.redacted()).isEqualTo("帮我看看这个对不对：[redacted: recovery phrase]\n谢谢");
    }

    @Test
    void unspacedListedRunWithBadChecksumIsLeftAlone() {
        List<String> words = new java.util.ArrayList<>(Bip39TestPhrases.random(21, 12, SIMPLIFIED));
        words.set(11, words.get(11).equals("的") ? "一" : "的");
        words.set(10, words.get(10).equals("的") ? "一" : "的");
        String run = String.join("", words);
        assertThat(Bip39TestPhrases.isValid(words, SIMPLIFIED)).isFalse();

        assertThat(SCANNER.scan("结果：" + run + "。").found()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"这个功能怎么用啊我找不了", "我已经按照说明操作了但还是不变"})
    void sentenceOfCommonCharactersIsLeftAloneEvenWhenItsChecksumHappensToHold(String sentence) {
        List<String> words = sentence.codePoints().mapToObj(Character::toString).toList();
        assertThat(Bip39TestPhrases.isValid(words, SIMPLIFIED)).isTrue();

        assertThat(SCANNER.scan(sentence).found()).isFalse();
        assertThat(SCANNER.scan("你好，" + sentence + "。").found()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"我的助记词是", "助记词：", "助记词: ", "助記詞是「", "mnemonic: ", "Mnemonic:"})
    void introducedUnspacedRunIsRedactedWithoutChecksum(String intro) {
        String run = "的一是在不了有和人这中大为上个国";
        SecretScan scan = SCANNER.scan(intro + run + "，帮我查一下余额");

        assertThat(scan.findings())
                .containsExactly(new SecretFinding(
                        SecretKind.RECOVERY_PHRASE, intro.length(), intro.length() + run.length(), false));
        assertThat(scan.redacted()).isEqualTo(intro + "[redacted: recovery phrase]，帮我查一下余额");
    }

    @Test
    void introducedValidPhraseIsCertain() {
        String phrase = phrase(31, 12, TRADITIONAL, "");
        SecretScan scan = SCANNER.scan("我的助記詞是" + phrase + "请帮我恢复钱包");

        assertThat(scan.findings()).singleElement().satisfies(f -> {
            assertThat(f.certain()).isTrue();
            assertThat(f.start()).isEqualTo(6);
            assertThat(f.end()).isGreaterThanOrEqualTo(6 + 12);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "我的钱包昨天转账失败了怎么办请帮我看一下谢谢",
                "你好我想问一下为什么我的币还没有到账",
                "请问手续费是多少",
                "我在交易所提币到钱包已经两个小时了还是没有到账请问是什么原因",
                "这个功能怎么用啊我找不到",
                "我想把钱包里的以太坊换成比特币",
                "今天的网络手续费为什么这么高",
                "我的手机丢了钱包还能找回来吗",
                "请问你们支持哪些公链和代币",
                "我已经按照说明操作了但还是不行",
                "昨天下午三点我转了一笔钱到现在还没有确认",
                "为什么显示余额不足我明明有钱",
                "我要怎么备份我的钱包",
                "这个地址是我朋友给我的可以用吗",
                "你们的客服工作时间是什么时候",
                "助记词丢了怎么办能不能找回",
                "我的助记词写在纸上了现在找不到了怎么办啊",
                "您好，我昨天在应用里兑换了一些代币，但是到现在余额还是没有变化，麻烦帮我查一下，谢谢！",
                "請問為什麼我的轉帳一直顯示處理中，已經等了一整天了",
                "你好 我想问 为什么 转账 失败 了",
            })
    void ordinaryChineseMessageIsNotRedacted(String text) {
        SecretScan scan = SCANNER.scan(text);

        assertThat(scan.findings()).isEmpty();
        assertThat(scan.redacted()).isSameAs(text);
    }
}
