package dev.baton.nlu;

/** Turns raw user text into {@link NormalizedText}. Implementations are thread-safe. */
public interface TextNormalizer {
    NormalizedText normalize(String text);
}
