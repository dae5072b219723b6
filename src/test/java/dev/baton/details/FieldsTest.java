package dev.baton.details;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Amount, network, time and error message, one field at a time. */
class FieldsTest {
    private static final DetailExtractor EXTRACTOR = new DetailExtractor();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "转了200 USDT            | 200 USDT",
                "sent 0.5个ETH           | 0.5 ETH",
                "我转了1000u给他          | 1000 USDT",
                "总共 1,000.50 usdt      | 1,000.50 USDT",
                "五百U没到账              | 五百 USDT",
                "lost $300 yesterday     | 300 USD",
                "买了0.01比特币           | 0.01 BTC",
                "3 个 以太坊              | 3 ETH",
                "100波场币               | 100 TRX",
                "1万U                    | 1万 USDT",
                "USDT-TRC20 转了 50 泰达币 | 50 USDT",
                "ERC-20 USDT, 5 OP       | 5 OP"
            })
    void anAmountKeepsTheNumberAndUppercasesTheCoin(String text, String amount) {
        assertThat(EXTRACTOR.extract(text).amount()).isEqualTo(amount);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "TRC20 USDT",
                "ERC-20 USDT 没到",
                "BEP20 usdt",
                "I have 5 apples",
                "2 hours ago",
                "my pin is 1234",
                "stop at 2 op",
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
            })
    void aNumberWithoutACoinIsNoAmount(String text) {
        assertThat(EXTRACTOR.extract(text).amount()).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "用TRC20转的          | TRC20", "trc-20               | TRC20", "波场链上             | TRC20",
                "sent via Tron        | TRC20", "ERC20 usdt           | ERC20", "走的以太坊网络        | ERC20",
                "on the eth network   | ERC20", "BEP20                | BEP20", "BSC 链               | BEP20",
                "币安智能链            | BEP20", "Polygon              | Polygon", "arbitrum one        | Arbitrum",
                "Optimism             | Optimism", "Solana               | Solana", "BTC网络              | Bitcoin",
                "bitcoin              | Bitcoin", "選了BEP20但應該是ERC20 | BEP20"
            })
    void aNamedNetworkGetsItsCanonicalLabel(String text, String label) {
        assertThat(EXTRACTOR.extract(text).chain()).isEqualTo(label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"转了0.5 ETH", "买了比特币", "help me stop", "my app crashed", "这是什么"})
    void noNetworkIsInferredFromACoinOrFromNothing(String text) {
        assertThat(EXTRACTOR.extract(text).chain()).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "我昨天晚上8点转的       | 昨天晚上8点", "今天上午转账的          | 今天上午",
                "3小时前到现在还没到      | 3小时前", "大概一个多小时前         | 一个多小时前",
                "2024-05-01 14:30 发起的 | 2024-05-01 14:30", "5月3号那天             | 5月3号",
                "上周五下午三点          | 上周五下午三点", "it was yesterday       | yesterday",
                "sent 2 hours ago       | 2 hours ago", "this morning I sent   | this morning",
                "last night around 11  | last night", "yesterday at 9pm      | yesterday at 9pm",
                "on May 3rd            | May 3rd", "昨晚 20:30            | 昨晚 20:30"
            })
    void aTimePhraseIsKeptAsWritten(String text, String time) {
        assertThat(EXTRACTOR.extract(text).time()).isEqualTo(time);
    }

    @ParameterizedTest
    @ValueSource(strings = {"早上好", "晚上好，请问", "差一点就成功了", "hello there", "TRC20"})
    void greetingsAndLookalikesAreNoTime(String text) {
        assertThat(EXTRACTOR.extract(text).time()).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "转账时提示\"余额不足\"                        | 余额不足",
                "it says \"insufficient funds for gas\"      | insufficient funds for gas",
                "error: execution reverted. what now?      | execution reverted",
                "报错：nonce too low，怎么办                  | nonce too low",
                "显示「簽名失敗」                              | 簽名失敗",
                "the app shows 'network error' again       | network error",
                "I got \"out of gas\" twice                  | out of gas",
                "tx failed, out of gas                     | out of gas",
                "一直交易失败                                | 交易失败"
            })
    void anErrorMessageIsTheQuotedOrKnownText(String text, String error) {
        assertThat(EXTRACTOR.extract(text).errorMessage()).isEqualTo(error);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my friend said \"hi\"", "提币没到账", "what's wrong?"})
    void ordinaryQuotesAndComplaintsAreNoErrorMessage(String text) {
        assertThat(EXTRACTOR.extract(text).errorMessage()).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "邮箱是zhang@qq.com谢谢 | zhang@qq.com",
                "mail me: a.b-c+d@mail.example.co.uk. | " + "a.b-c+d@mail.example.co.uk"
            })
    void anEmailIsAlsoTheAccountId(String text, String email) {
        Details details = EXTRACTOR.extract(text);

        assertThat(details.email()).isEqualTo(email);
        assertThat(details.accountId()).isEqualTo(email);
    }
}
