package dev.baton.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the user says is their phrase or key is redacted even when it fails every list and checksum
 * (misremembered words, another wallet's list, a key with a typo); sentences about a phrase are not.
 */
class DeclaredSecretTest {

    private static final SecretScanner SCANNER = SecretScanner.withBundledWordlists();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "这是我的助记词，帮我看看为什么导入失败：marlow pinset quandle rubric velto sandry obrin tessel plock jarvy|这是我的助记词，帮我看看为什么导入失败：[redacted: recovery phrase]",
                "here is my seed so you can check: glint morrow pavel quist trundle offa binny cashel dorrow elvin|here is my seed so you can check: [redacted: recovery phrase]",
                "1. grolt 2. feskin 3. marble 4. quint 5. dorsal 6. wimble 7. pantry 8. yorrel 9. sneck 10. orbit 是我的助记词|1. [redacted: recovery phrase] 是我的助记词",
                "私钥给你们 zzqx77kplm0vvT9wyyHHbx3nnqrLq8 帮我看看余额|私钥给你们 [redacted: private key] 帮我看看余额",
                "pasting my private key below so your team can restore the wallet: k9Xq#vvL2!pR8zT0mW4nB7yE3|pasting my private key below so your team can restore the wallet: [redacted: private key]",
                "我的助記詞是 甲 乙 丙 丁 戊 己 庚 辛 壬 癸 子 丑|我的助記詞是 [redacted: recovery phrase]",
            })
    void aDeclaredSecretIsRedactedWhateverItsWords(String text, String redacted) {
        SecretScan scan = SCANNER.scan(text);
        assertThat(scan.found()).isTrue();
        assertThat(scan.redacted()).isEqualTo(redacted);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "my seed phrase is not working when i try to import it into the new phone, what should i do",
                "助记词导入一直提示错误 是不是app有问题",
                "should i paste my recovery phrase here so you can check it?",
                "my private key is safe, the tx hash is 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060",
                "私钥没丢 交易哈希是 4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b",
                "seed phrase backup: where do i find it in the settings menu of the app please",
                "my seed words are written on paper, error code E4021X99ABCD7781234XYZ appears when importing",
            })
    void talkAboutASecretIsNotASecret(String text) {
        assertThat(SCANNER.scan(text).findings()).isEmpty();
    }
}
