package dev.baton.nlu;

/**
 * Detects zh / en / mixed from the scripts a message uses: Han characters against Latin words.
 * Enough for a help desk that speaks two languages, and it costs nanoseconds.
 */
public final class ScriptLanguageDetector implements LanguageDetector {

    @Override
    public Language detect(CharSequence text) {
        int han = 0;
        int latinWords = 0;
        int latinLetters = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
                inWord = false;
            } else if (cp < 0x250 && Character.isLetter(cp)) {
                latinLetters++;
                if (!inWord) {
                    latinWords++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        if (han == 0) {
            return Language.EN;
        }
        if (latinLetters == 0) {
            return Language.ZH;
        }
        // A coin ticker or two inside a Chinese sentence ("我的usdt没了") is still Chinese;
        // mixed means the user really switches language.
        return latinWords >= 3 && latinLetters * 2 >= han ? Language.MIXED : Language.ZH;
    }
}
