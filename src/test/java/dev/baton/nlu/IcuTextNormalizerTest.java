package dev.baton.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IcuTextNormalizerTest {

    private final IcuTextNormalizer normalizer = new IcuTextNormalizer(new ScriptLanguageDetector());

    @Test
    void foldsFullWidthAndCase() {
        NormalizedText n = normalizer.normalize("ＵＳＤＴ　Ｗａｌｌｅｔ！");
        assertThat(n.text()).isEqualTo("usdt wallet!");
        assertThat(n.language()).isEqualTo(Language.EN);
    }

    @Test
    void convertsTraditionalToSimplifiedAndRemembersIt() {
        NormalizedText n = normalizer.normalize("客服會跟我要助記詞嗎");
        assertThat(n.text()).isEqualTo("客服会跟我要助记词吗");
        assertThat(n.traditional()).isTrue();
        assertThat(n.language()).isEqualTo(Language.ZH);
    }

    @Test
    void simplifiedTextIsNotTakenForTraditional() {
        NormalizedText n = normalizer.normalize("客服会跟我要助记词吗");
        assertThat(n.traditional()).isFalse();
        assertThat(n.text()).isEqualTo("客服会跟我要助记词吗");
    }

    @Test
    void collapsesWhiteSpaceAndKeepsTheOriginal() {
        NormalizedText n = normalizer.normalize("  hello \n\t there  ");
        assertThat(n.text()).isEqualTo("hello there");
        assertThat(n.original()).isEqualTo("  hello \n\t there  ");
    }
}
