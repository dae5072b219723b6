package dev.baton.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.faq.Localized;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The queue's phrases are filled in as {@code String.format} would fill them, in every language. */
class PhrasesTest {

    @Test
    void numberedFillsEachPlaceholderInOrderAsFormatWould() {
        for (Localized phrase :
                List.of(Phrases.QUEUED, Phrases.QUEUED_URGENT, Phrases.QUEUED_NOBODY, Phrases.QUEUED_URGENT_NOBODY)) {
            for (String template : List.of(phrase.zh(), phrase.en())) {
                long[] numbers = template.split("%d", -1).length == 3 ? new long[] {3, 12} : new long[] {7};
                Object[] boxed = Arrays.stream(numbers).boxed().toArray();
                assertThat(Phrases.numbered(template, numbers)).isEqualTo(String.format(template, boxed));
            }
        }
    }

    @Test
    void aTemplateWithFewerPlaceholdersThanNumbersIsRefused() {
        assertThatThrownBy(() -> Phrases.numbered("position %d", 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fewer %d");
    }

    @Test
    void textAroundThePlaceholdersIsKept() {
        assertThat(Phrases.numbered("%d", 5)).isEqualTo("5");
        assertThat(Phrases.numbered("a %d b %d c", 1, 22)).isEqualTo("a 1 b 22 c");
        assertThat(Phrases.numbered("none")).isEqualTo("none");
    }
}
