package dev.baton.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholderTest {

    private static final String ANSWER =
            "Write to us or call us:\nEmail: {support.email}\nPhone: {support.phone}\nThanks.";

    @Test
    void eachPlaceholderIsReplacedByItsValue() {
        String filled = Placeholder.fill(
                ANSWER, Map.of(Placeholder.EMAIL, "help@wallet.example", Placeholder.PHONE, "+1 555 0100")::get);

        assertThat(filled)
                .isEqualTo("Write to us or call us:\nEmail: help@wallet.example\nPhone: +1 555 0100\nThanks.");
    }

    @Test
    void aLineWhoseDetailIsNotSetIsLeftOutWhole() {
        assertThat(Placeholder.fill(ANSWER, Map.of(Placeholder.PHONE, "+1 555 0100")::get))
                .isEqualTo("Write to us or call us:\nPhone: +1 555 0100\nThanks.");
        assertThat(Placeholder.fill(ANSWER, p -> null)).isEqualTo("Write to us or call us:\nThanks.");
        assertThat(Placeholder.fill(
                        "Mail {support.email} or call {support.phone}\nBye",
                        Map.of(Placeholder.EMAIL, "help@wallet.example", Placeholder.PHONE, " ")::get))
                .as("one unset detail leaves out its line, even beside a set one")
                .isEqualTo("Bye");
    }

    @Test
    void valuesGoInAsTheyAreAndAreNeverReadForPlaceholders() {
        String filled = Placeholder.fill("Path: {support.app_path}\nok", p -> "$1 \\ {support.email}");

        assertThat(filled).isEqualTo("Path: $1 \\ {support.email}\nok");
    }

    @Test
    void textWithoutPlaceholdersIsLeftAlone() {
        assertThat(Placeholder.fill("第一行\n{不是占位符}\n", p -> null)).isEqualTo("第一行\n{不是占位符}\n");
    }

    @Test
    void strippingLeavesTheWordsAroundThePlaceholders() {
        assertThat(Placeholder.strip("客服邮箱：{support.email}\n官网 {support.website}"))
                .isEqualTo("客服邮箱：\n官网 ");
    }

    @Test
    void anUnknownNameIsRejectedListingTheKnownOnes() {
        assertThatThrownBy(() -> Placeholder.check("Fax: {support.fax}\nBye", "answer.en"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("answer.en has the unknown placeholder {support.fax}")
                .hasMessageContaining("{support.email}")
                .hasMessageContaining("{support.community}");
    }

    @Test
    void anAnswerNeedsALineThatNamesNoDetail() {
        assertThatThrownBy(() -> Placeholder.check("Email: {support.email}", "answer.zh"))
                .hasMessageContaining("answer.zh needs a line without a placeholder");
        Placeholder.check("Email: {support.email}\nOr ask here.", "answer.zh");
    }
}
