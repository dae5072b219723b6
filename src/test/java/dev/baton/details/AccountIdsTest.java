package dev.baton.details;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountIdsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "我的账号是 zhang_san88           | zhang_san88",
                "用户名：小明2024                  | 小明2024",
                "用戶名：張三豐                    | 張三豐",
                "我的用户名是小明2024谢谢           | 小明2024",
                "zhang_san88                     | zhang_san88",
                "  alice  |alice",
                "my username is bob.             | bob",
                "UID: 12345678                   | 12345678",
                "12345678                        | 12345678",
                "sure, it's crypto.kid-7 thanks  | crypto.kid-7",
                "邮箱 a.b@qq.com 谢谢              | a.b@qq.com",
                "username is bob, email bob@example.com | bob@example.com"
            })
    void theEmailElseAUsernameIsTheAccountId(String answer, String id) {
        assertThat(AccountIds.accountId(answer)).contains(id);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
                "我的账号是 TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE",
                "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
                "5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060",
                "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA",
                "账号是 [redacted: private key]",
                "[redacted: recovery phrase]",
                "[REDACTED]"
            })
    void aWalletValueOrARedactionIsNeverAnAccountId(String answer) {
        assertThat(AccountIds.accountId(answer)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "不知道", "skip", "我忘记了", "账号被盗了", "I don't remember it", "I sent 500u yesterday", "ok", "hi"})
    void aReplyWithoutAnIdGivesNothing(String answer) {
        assertThat(AccountIds.accountId(answer)).isEmpty();
    }

    @Test
    void theExtractorOffersTheSameReading() {
        assertThat(new DetailExtractor().accountId("用户名：小明2024")).contains("小明2024");
    }
}
