package dev.baton.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Policy questions and reports of the same topic, told apart by mood and tense (texts already normalised). */
class MoodTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "要是有人冒充客服找我要助记词 我该怎么办",
                "如果客服问我要私钥 我要给吗",
                "万一我不小心把助记词发给了别人 会怎么样",
                "客服会不会主动找我要支付密码",
                "是不是连截图助记词也不能发给客服",
                "係咪無論點都唔好俾人睇",
                "would a real agent ever dm me first and ask for my 12 words?",
                "should i give my seed if an admin asks for it",
                "do i need to share my recovery phrase so you can check a failed transfer",
                "my friend says support needs my password to reset it, is it true",
                "有个网页说验证钱包要输入助记词 这种对劲吗 我还没输",
                "someone in a support chat asked for my seed but i didn't give it and left",
            })
    void questionsAndNearMissesAreHypothetical(String text) {
        assertThat(Mood.of(text)).isEqualTo(Mood.HYPOTHETICAL);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "刚才有个自称客服的加我 我把助记词发给他了",
                "昨天在一个网站输入了助记词 今天钱没了",
                "如果是客服的话他已经拿到我的私钥了",
                "是不是被盗了 余额变成0",
                "i just sent my seed phrase to the admin on telegram",
                "the support guy asked me to verify and i typed my 12 words yesterday",
                "我没给他私钥 但是钱还是没了",
                "i didn't click anything and my usdt is gone",
                "对方说带单投资 让我把币转过去 现在把我拉黑了",
                "a man from customer care is on the phone right now, wants me to read out the code. should i?",
                "私信我的客服让我提供助记词 能信吗",
                "i didn't give my seed but yesterday they emptied the wallet",
            })
    void reportsAreReportsEvenAsQuestions(String text) {
        assertThat(Mood.of(text)).isEqualTo(Mood.REPORT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"怎么联系客服", "where do i send an email", "提现到账一般要多久"})
    void plainMessagesHaveNeither(String text) {
        assertThat(Mood.of(text)).isEqualTo(Mood.PLAIN);
    }
}
