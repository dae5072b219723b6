package dev.baton.nlu;

/**
 * A slower, differently built reading of a message, asked for only when the first ranking left the
 * decision unsure: it returns a ranking over the same intents that blends the first with its own evidence.
 */
public interface SecondOpinion {

    Prediction refine(NormalizedText text, Prediction first);
}
