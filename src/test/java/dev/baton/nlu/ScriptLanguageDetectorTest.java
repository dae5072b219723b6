package dev.baton.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptLanguageDetectorTest {

    private final ScriptLanguageDetector detector = new ScriptLanguageDetector();

    @ParameterizedTest
    @CsvSource({
        "客服在哪, ZH",
        "我的usdt被转走了, ZH",
        "where is support, EN",
        "'', EN",
        "123 ???, EN",
        "my wallet 被锁了 please help me now, MIXED",
    })
    void detectsByScript(String text, Language expected) {
        assertThat(detector.detect(text)).isEqualTo(expected);
    }
}
