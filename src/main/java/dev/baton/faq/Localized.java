package dev.baton.faq;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A text in Simplified Chinese and in English, and in Traditional Chinese where the team wrote it: without
 * one, Traditional Chinese replies are converted from the Simplified text.
 *
 * @param zhHant the Traditional Chinese text, or null to convert {@code zh}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Localized(String zh, String en, String zhHant) {

    @JsonCreator
    public Localized(
            @JsonProperty("zh") String zh, @JsonProperty("en") String en, @JsonProperty("zhHant") String zhHant) {
        this.zh = Objects.requireNonNull(zh, "zh");
        this.en = Objects.requireNonNull(en, "en");
        this.zhHant = zhHant == null || zhHant.isBlank() ? null : zhHant;
    }

    public Localized(String zh, String en) {
        this(zh, en, null);
    }
}
