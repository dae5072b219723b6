package dev.baton.nlu;

import java.util.Objects;

/**
 * A message ready for analysis: width and case folded, Traditional Chinese converted to Simplified.
 *
 * @param original    the text as the user sent it (possibly already redacted)
 * @param text        the normalised text every analyser works on
 * @param language    the detected language
 * @param traditional whether the user wrote Traditional Chinese, so replies are converted back
 */
public record NormalizedText(String original, String text, Language language, boolean traditional) {
    public NormalizedText {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
    }
}
