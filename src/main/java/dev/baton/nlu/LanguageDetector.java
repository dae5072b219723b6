package dev.baton.nlu;

/** Tells which language a (normalised) message is written in. */
public interface LanguageDetector {
    Language detect(CharSequence text);
}
