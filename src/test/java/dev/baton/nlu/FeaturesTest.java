package dev.baton.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeaturesTest {

    private final Tokenizer base = new LuceneTokenizer();

    @Test
    void wordsAreTheSharedFeatures() {
        assertThat(Features.WORDS.over(base).features("wrong adress")).isEqualTo(base.features("wrong adress"));
    }

    @Test
    void charTrigramsKeepATypoCloseToItsWord() {
        Tokenizer trigrams = Features.WORDS_AND_CHAR_TRIGRAMS.over(base);
        assertThat(trigrams.features("adress")).contains("adress", "#<ad", "#adr", "#dre", "#res", "#ess", "#ss>");
        assertThat(trigrams.features("address")).contains("#<ad", "#dre", "#res", "#ess", "#ss>");
    }

    @Test
    void chineseGetsNoTrigramsAndTermsAreUnchanged() {
        Tokenizer trigrams = Features.WORDS_AND_CHAR_TRIGRAMS.over(base);
        assertThat(trigrams.features("客服在哪")).isEqualTo(base.features("客服在哪"));
        assertThat(trigrams.terms("usdt 没了")).isEqualTo(base.terms("usdt 没了"));
    }
}
