package dev.baton.decision;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.ibm.icu.text.Transliterator;
import dev.baton.faq.Localized;

/**
 * Picks the user's language from a {@link Localized} text; Traditional Chinese, unless the team wrote it, is
 * derived from the Simplified text with ICU, once per distinct text (replies come from a small fixed set, so a bounded
 * cache holds them all).
 */
public final class Localizer {

    private Transliterator toTraditional; // loaded on the first Traditional reply: ICU's rules take ~0.5 s
    private final LoadingCache<String, String> traditional =
            Caffeine.newBuilder().maximumSize(2_048).recordStats().build(this::convert);

    public String text(Localized text, ReplyLanguage language) {
        return switch (language) {
            case ENGLISH -> text.en();
            case SIMPLIFIED -> text.zh();
            case TRADITIONAL -> text.zhHant() != null ? text.zhHant() : traditional.get(text.zh());
        };
    }

    private String convert(String simplified) {
        synchronized (this) {
            if (toTraditional == null) {
                toTraditional = Transliterator.getInstance("Simplified-Traditional");
            }
            return toTraditional.transliterate(simplified);
        }
    }
}
