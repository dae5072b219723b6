package dev.baton.nlu;

import java.util.Objects;

/**
 * A normalised example with its intent label: the unit of training and of the retriever's index.
 *
 * @param label    the intent (a FAQ id or another intent id)
 * @param language the language the example is written in ({@link Language#ZH} or {@link Language#EN})
 * @param text     the normalised text
 */
public record LabelledText(String label, Language language, String text) {
    public LabelledText {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        if (label.isBlank()) {
            throw new IllegalArgumentException("label is blank");
        }
    }
}
