package dev.baton.details;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SkipTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "skip",
                "Skip",
                " SKIP! ",
                "跳过",
                "跳過",
                "跳过吧",
                "不知道",
                "不知道啊",
                "没有",
                "沒有",
                "没有了",
                "不想说",
                "不想說",
                "算了",
                "算了吧",
                "pass",
                "Pass 🙏",
                "n/a",
                "N/A.",
                "不方便",
                "略过",
                "略過",
                "下一步",
                "。。。跳过。。。",
                "please skip",
                "idk",
                "I don't know",
                "I don’t know",
                "no"
            })
    void aBareDeclineIsASkip(String text) {
        assertThat(Skip.isSkip(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "没有收到币",
                "我不知道为什么没到账",
                "skip the fee and send it",
                "pass phrase lost",
                "算了吧，我还是想问一下手续费",
                "TRC20",
                "",
                "   "
            })
    void aRealAnswerContainingTheWordIsNoSkip(String text) {
        assertThat(Skip.isSkip(text)).isFalse();
    }
}
