package dev.baton.decision;

import dev.baton.nlu.Language;
import dev.baton.nlu.NormalizedText;

/** The language Baton answers in: the user's own. */
public enum ReplyLanguage {
    SIMPLIFIED,
    TRADITIONAL,
    ENGLISH;

    public static ReplyLanguage of(NormalizedText text) {
        if (!text.language().repliesInChinese()) {
            return ENGLISH;
        }
        return text.traditional() ? TRADITIONAL : SIMPLIFIED;
    }

    public static ReplyLanguage of(Language language) {
        return language.repliesInChinese() ? SIMPLIFIED : ENGLISH;
    }

    public boolean chinese() {
        return this != ENGLISH;
    }
}
