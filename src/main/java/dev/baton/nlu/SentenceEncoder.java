package dev.baton.nlu;

import java.util.List;

/**
 * Turns a sentence into a unit vector that carries its meaning, so that two paraphrases with no word in
 * common still land close together. An encoder may write several spaces (one model per script, say): two
 * vectors compare by dot product only within one space. Implementations are thread-safe.
 */
public interface SentenceEncoder {

    /** What the model card records, so a model trained with other vectors is refused. */
    String name();

    /** The spaces this encoder writes, in a fixed order. */
    List<String> spaces();

    /** The space a (normalised) message is compared in. */
    String spaceOf(String text);

    /** The unit vector of {@code text} in {@code space}. */
    float[] encode(String text, String space);
}
