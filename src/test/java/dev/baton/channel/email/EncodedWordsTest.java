package dev.baton.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodedWordsTest {

    @Test
    void wordsInEachCharsetAreDecoded() {
        assertThat(EncodedWords.decode(Mails.word("钱包打不开", Charset.forName("GB18030"))))
                .isEqualTo("钱包打不开");
        assertThat(EncodedWords.decode(Mails.word("錢包打不開", Charset.forName("Big5"))))
                .isEqualTo("錢包打不開");
        assertThat(EncodedWords.decode(Mails.word("出金できない", Charset.forName("ISO-2022-JP"))))
                .isEqualTo("出金できない");
        assertThat(EncodedWords.decode("=?iso-8859-1?Q?Caf=E9_cr=E8me?=")).isEqualTo("Café crème");
        assertThat(EncodedWords.decode("=?UTF-8*zh?B?5L2g5aW9?=")).isEqualTo("你好");
    }

    @Test
    void whitespaceBetweenWordsGoesAndTextAroundThemStays() {
        String hello = Mails.word("你好", StandardCharsets.UTF_8);

        assertThat(EncodedWords.decode("Re: " + hello + "  \r\n " + hello + " [#T-3FA9C01B]"))
                .isEqualTo("Re: 你好你好 [#T-3FA9C01B]");
        assertThat(EncodedWords.decode("a" + hello + "b")).isEqualTo("a你好b");
    }

    @Test
    void brokenAndUnknownWordsAreLeftAsWritten() {
        assertThat(EncodedWords.decode("=?x-unknown?B?5L2g?=")).isEqualTo("=?x-unknown?B?5L2g?=");
        assertThat(EncodedWords.decode("=?utf-8?Q?caf\u00e9?=")).isEqualTo("=?utf-8?Q?caf\u00e9?=");
        assertThat(EncodedWords.decode("=?utf-8?B?5L2g5aW9?")).isEqualTo("=?utf-8?B?5L2g5aW9?");
        assertThat(EncodedWords.decode("=?utf-8?B?5L2g5aW?=")).startsWith("你");
        assertThat(EncodedWords.decode(null)).isEmpty();
    }
}
