package dev.baton.nlu;

/** The language a message is written in, as far as Baton needs to know it. */
public enum Language {
    ZH("zh"),
    EN("en"),
    /** Both Chinese and Latin-script words in one message; Baton replies in Chinese. */
    MIXED("mixed");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The code used in JSON output and the corpus: {@code zh}, {@code en} or {@code mixed}. */
    public String code() {
        return code;
    }

    /** Whether replies to this language are written in Chinese. */
    public boolean repliesInChinese() {
        return this != EN;
    }
}
