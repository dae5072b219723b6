package dev.baton.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LuceneTokenizerTest {

    private final LuceneTokenizer tokenizer = new LuceneTokenizer();

    @Test
    void chineseBecomesCharacterUnigramsAndBigrams() {
        assertThat(tokenizer.terms("转账失败")).containsExactlyInAnyOrder("转", "转账", "账", "账失", "失", "失败", "败");
    }

    @Test
    void englishWordsAreStemmed() {
        assertThat(tokenizer.terms("sending coins")).containsExactly("send", "coin");
    }

    @Test
    void featuresAddEnglishWordBigramsButNotAcrossChinese() {
        assertThat(tokenizer.features("wrong address")).containsExactly("wrong", "address", "wrong_address");
        assertThat(tokenizer.features("usdt 没了")).doesNotContain("usdt_没");
    }

    @Test
    void emptyTextHasNoTerms() {
        assertThat(tokenizer.terms("  ?!  ")).isEmpty();
    }

    @Test
    void wordsForPeopleAreChineseBigramsAndUnstemmedWordsWithoutStopWords() {
        assertThat(tokenizer.words("客服邮箱 is the money gone")).containsExactly("客服", "服邮", "邮箱", "money", "gone");
        assertThat(tokenizer.words("钱 nft")).containsExactly("钱", "nft");
    }
}
