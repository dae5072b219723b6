package dev.baton.faq;

import java.util.Objects;

/** A text in Simplified Chinese and in English. */
public record Localized(String zh, String en) {
    public Localized {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }
}
