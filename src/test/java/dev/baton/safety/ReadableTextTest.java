package dev.baton.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadableTextTest {

    @Test
    void plainAsciiAndChineseAreKeptAsTheyAre() {
        String text = "我的钱包 wallet 转账失败。怎么办";
        ReadableText readable = ReadableText.of(text);

        assertThat(readable.text()).isSameAs(text);
        assertThat(readable.originalStart(3)).isEqualTo(3);
        assertThat(readable.originalEnd(4)).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "full-width letters|ａｂａｎｄｏｎ　ａｂｉｌｉｔｙ|abandon ability",
                "zero-width space|aban\u200bdon|abandon",
                "joiners, soft hyphen, word joiner, BOM|a\u200cb\u200da\u00adn\u2060d\ufeffon|abandon",
                "bidi marks|\u202aabandon\u202c \u200eability|abandon ability",
                "Cyrillic look-alikes in a Latin word|аbаndоn|abandon",
                "a word of look-alikes only|ассеss|access",
                "Greek look-alikes|αbαndοn|abandon",
                "accents|ábaco élève|abaco eleve",
                "combining accents|a\u0301baco|abaco",
                "mathematical letters|\ud835\udc1a\ud835\udc1b\ud835\udc1e\ud835\udc2b|aber",
                "circled letters|ⓐⓑⓛⓔ|able",
                "full-width digits|０ｘ１２ａｂ|0x12ab",
                "emoji between words|abandon🔥ability|abandon ability",
            })
    void disguisesReadAsWhatAPersonReads(String disguise, String typed, String read) {
        assertThat(ReadableText.of(typed).text()).as(disguise).isEqualTo(read);
    }

    @Test
    void russianProperKeepsItsLetters() {
        assertThat(ReadableText.of("привет кошелёк").text()).isEqualTo("привет кошелёк");
    }

    @Test
    void everyReadableCharMapsBackToWhatWasTyped() {
        String typed = "x \u200bａｂ\u200bｃ y";
        ReadableText readable = ReadableText.of(typed);

        assertThat(readable.text()).isEqualTo("x abc y");
        int a = readable.text().indexOf('a');
        int c = readable.text().indexOf('c');
        assertThat(typed.substring(readable.originalStart(a), readable.originalEnd(c + 1)))
                .isEqualTo("ａｂ\u200bｃ");
        assertThat(readable.originalEnd(readable.text().length())).isEqualTo(typed.length());
    }
}
