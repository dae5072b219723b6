package dev.baton.learning;

import java.util.Objects;

/**
 * A message an editor accepted as an example of a corpus entry.
 *
 * @param text     the message as stored: already redacted
 * @param language the entry's example list it belongs in: {@code zh} (Simplified or Traditional Chinese, and
 *                 messages mixing Chinese with English) or {@code en}
 */
public record AcceptedExample(String text, String language) {
    public AcceptedExample {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("an example needs text");
        }
        if (!"zh".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("an example's language is zh or en, not " + language);
        }
    }
}
