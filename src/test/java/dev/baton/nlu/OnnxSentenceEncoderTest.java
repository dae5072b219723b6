package dev.baton.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real sentence models, loaded from their jars: paraphrases land closer than unrelated messages. */
class OnnxSentenceEncoderTest {

    private static OnnxSentenceEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = OnnxSentenceEncoder.load();
    }

    @Test
    void chineseGoesToTheChineseModelAndTheRestToTheEnglishOne() {
        assertThat(encoder.spaceOf("钱包登不进去了")).isEqualTo(OnnxSentenceEncoder.HAN);
        assertThat(encoder.spaceOf("my usdt 没到账")).isEqualTo(OnnxSentenceEncoder.HAN);
        assertThat(encoder.spaceOf("wallet won't open")).isEqualTo(OnnxSentenceEncoder.LATIN);
        assertThat(encoder.encode("钱包登不进去了", OnnxSentenceEncoder.HAN)).hasSize(512);
        assertThat(encoder.encode("wallet won't open", OnnxSentenceEncoder.LATIN))
                .hasSize(384);
    }

    @Test
    void aParaphraseIsNearerThanAnotherTopic() {
        String space = OnnxSentenceEncoder.HAN;
        float[] locked = encoder.encode("钱包突然登不进去了，里面有二十多万", space);
        float[] paraphrase = encoder.encode("我的账户被锁了，急需用钱", space);
        float[] other = encoder.encode("你们客服几点下班", space);
        assertThat(dot(locked, paraphrase)).isGreaterThan(dot(locked, other));
        assertThat(dot(locked, locked)).isCloseTo(1.0, within(1e-4));

        float[] zero = encoder.encode(
                "opened the app and my eth balance just says 0.00, i did nothing", OnnxSentenceEncoder.LATIN);
        float[] gone = encoder.encode("all my funds disappeared from my wallet", OnnxSentenceEncoder.LATIN);
        float[] hours = encoder.encode("what time does support close on weekends", OnnxSentenceEncoder.LATIN);
        assertThat(dot(zero, gone)).isGreaterThan(dot(zero, hours));
    }

    @Test
    void anEmptyMessageStillHasAVector() {
        assertThat(encoder.encode("", OnnxSentenceEncoder.LATIN)).hasSize(384);
    }

    @Test
    void textTheTokenizersDropEntirelyStillHasAVector() {
        // Each of these once made the library throw (no token left, or "blank"), failing the turn.
        for (String text : new String[] {
            "\u0000",
            "\u0001",
            "\ud800",
            "\udfff\ud800",
            "\u200b",
            "\u200b\u200c\u200d\ufeff",
            "\u00ad",
            "\u0301",
            "\uda8d\ude38\ud889\ud864\udd2c"
        }) {
            assertThat(encoder.encode(text, encoder.spaceOf(text))).as(text).hasSizeGreaterThan(0);
        }
    }

    @Test
    void readableTextIsLeftAsItIs() {
        assertThat(OnnxSentenceEncoder.readable("钱包 wallet\u200b!")).isEqualTo("钱包 wallet\u200b!");
        assertThat(OnnxSentenceEncoder.readable("a\ud800b")).isEqualTo("ab");
        assertThat(OnnxSentenceEncoder.readable("\u200b\u0301")).isEqualTo("?");
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
