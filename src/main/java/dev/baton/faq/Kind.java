package dev.baton.faq;

import java.util.Locale;

/** What Baton does when a message is recognised as an entry of this kind. */
public enum Kind {
    /** Answer with the entry's text. */
    FAQ,
    /** Greeting, thanks, goodbye, "are you a bot": reply, never hand off. */
    SMALLTALK,
    /** The user asks for a person: normal-priority handoff. */
    HUMAN,
    /** Funds at risk: urgent handoff with the entry's reason code. */
    URGENT,
    /** The negative class: say what Baton can help with. */
    OUT_OF_SCOPE;

    /** The kind as written in the corpus ({@code faq}, {@code out_of_scope} ...). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Kind parse(String code) {
        for (Kind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + code + "' (faq, smalltalk, human, urgent, out_of_scope)");
    }
}
