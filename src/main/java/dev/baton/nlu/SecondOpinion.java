package dev.baton.nlu;

import java.util.Optional;

/**
 * A slower, differently built reading of a message, asked for only when the first ranking left the
 * decision unsure: a ranking over the same intents that blends the first with its own evidence, or empty
 * when it has no capacity to spare right now and the first ranking must do.
 */
public interface SecondOpinion {

    Optional<Prediction> refine(NormalizedText text, Prediction first);
}
