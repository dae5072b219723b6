package dev.baton.decision;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.ibm.icu.text.Transliterator;
import dev.baton.config.SupportConfig;
import dev.baton.faq.Localized;
import dev.baton.faq.Placeholder;
import java.util.stream.Collectors;

/**
 * Writes a {@link Localized} text in the user's language, with the support team's contact details put in
 * for its placeholders (a line naming an unset one is left out). Traditional Chinese, unless the team wrote
 * it, is derived from the Simplified text with ICU, once per distinct text (replies come from a small fixed
 * set, so a bounded cache holds them all); the details go in after that, so an email address or URL is never
 * run through the converter, while the words of an app path or a community's name are.
 */
public final class Localizer {

    private final SupportConfig support;
    private Transliterator toTraditional; // loaded on the first Traditional reply: ICU's rules take ~0.5 s
    private final LoadingCache<String, String> traditional =
            Caffeine.newBuilder().maximumSize(2_048).recordStats().build(this::convert);

    /** A localizer with no contact details: lines that name one are left out. */
    public Localizer() {
        this(SupportConfig.none());
    }

    public Localizer(SupportConfig support) {
        this.support = support;
    }

    /** The cache of Traditional Chinese conversions, for its hit rate in the metrics. */
    public Cache<String, String> conversions() {
        return traditional;
    }

    public String text(Localized text, ReplyLanguage language) {
        String chosen = switch (language) {
            case ENGLISH -> text.en();
            case SIMPLIFIED -> text.zh();
            case TRADITIONAL -> text.zhHant() != null ? text.zhHant() : traditional.get(text.zh());
        };
        return Placeholder.fill(chosen, p -> value(p, language));
    }

    private String value(Placeholder placeholder, ReplyLanguage language) {
        return switch (placeholder) {
            case EMAIL -> support.email();
            case PHONE -> support.phone();
            case WEBSITE -> support.website() == null ? null : support.website().toString();
            case APP_PATH -> words(language.chinese() ? support.appPathZh() : support.appPathEn(), language);
            case COMMUNITY -> community(language);
        };
    }

    /** The community channels in one line: "Telegram: https://t.me/x; X: https://x.com/y". */
    private String community(ReplyLanguage language) {
        if (support.community().isEmpty()) {
            return null;
        }
        String colon = language.chinese() ? "：" : ": ";
        return support.community().stream()
                .map(c -> words(c.name(), language) + colon + c.url())
                .collect(Collectors.joining(language.chinese() ? "；" : "; "));
    }

    /** Words from the settings, in Traditional characters for a Traditional reply. */
    private String words(String text, ReplyLanguage language) {
        return text == null || language != ReplyLanguage.TRADITIONAL ? text : traditional.get(text);
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
