package dev.baton.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymsTest {

    private final Synonyms synonyms =
            Synonyms.of(List.of(List.of("客服", "小二", "人工客服"), List.of("email", "e-mail", "mail"), List.of("转账", "打币")));

    @Test
    void rewritesChineseColloquialismsLongestFirst() {
        assertThat(synonyms.canonicalize("找人工客服")).isEqualTo("找客服");
        assertThat(synonyms.canonicalize("小二在吗 我要打币")).isEqualTo("客服在吗 我要转账");
    }

    @Test
    void englishSynonymsMatchWholeWordsOnly() {
        assertThat(synonyms.canonicalize("send an e-mail")).isEqualTo("send an email");
        assertThat(synonyms.canonicalize("my gmail account")).isEqualTo("my gmail account");
        assertThat(synonyms.canonicalize("mail me")).isEqualTo("email me");
    }

    @Test
    void textWithoutSynonymsIsReturnedAsIs() {
        String text = "nothing to change here";
        assertThat(synonyms.canonicalize(text)).isSameAs(text);
    }
}
