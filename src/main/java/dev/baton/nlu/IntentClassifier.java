package dev.baton.nlu;

/** Ranks the known intents for a message. Implementations are thread-safe and never train. */
public interface IntentClassifier {
    Prediction classify(NormalizedText text);
}
