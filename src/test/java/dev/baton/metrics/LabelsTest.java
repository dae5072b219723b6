package dev.baton.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only codes become label values: text, ids and anything long are counted as {@code other}. */
class LabelsTest {

    @Test
    void codesPassAndEverythingElseIsOther() {
        assertThat(Labels.code("funds_at_risk.wrong_address")).isEqualTo("funds_at_risk.wrong_address");
        assertThat(Labels.code("generic:acme")).isEqualTo("generic:acme");
        assertThat(Labels.code("Contact-Channels")).isEqualTo("contact-channels");
        assertThat(Labels.code(null)).isEqualTo("none");
        assertThat(Labels.code(" ")).isEqualTo("none");
        assertThat(Labels.code("我的钱没了")).isEqualTo("other");
        assertThat(Labels.code("has space")).isEqualTo("other");
        assertThat(Labels.code("x".repeat(65))).isEqualTo("other");
        assertThat(Labels.code("a\"b")).isEqualTo("other");
    }
}
