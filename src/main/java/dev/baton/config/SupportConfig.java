package dev.baton.config;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * How users reach the support team outside the chat, for the corpus answers that name it
 * ({@code {support.email}} ...). Each detail is optional: an answer's line that names an unset one is left out,
 * so a deployment that sets none reads as if the lines were never written. {@link ConfigLoader} checks the
 * values' shapes and names the setting that is wrong.
 *
 * @param email     the support mailbox, or null
 * @param phone     the support phone number as users dial it, or null
 * @param website   the official website, an https URL, or null
 * @param appPathZh where to find support in the app, in Chinese ("我的 > 帮助与反馈"), or null
 * @param appPathEn the same in English ("Me > Help & Feedback"), or null
 * @param community the official community channels, in the order given (none: empty)
 */
public record SupportConfig(
        String email, String phone, URI website, String appPathZh, String appPathEn, List<Community> community) {

    public SupportConfig {
        email = blankToNull(email);
        phone = blankToNull(phone);
        appPathZh = blankToNull(appPathZh);
        appPathEn = blankToNull(appPathEn);
        community = List.copyOf(community);
    }

    /** No contact details: every answer line that names one is left out. */
    public static SupportConfig none() {
        return new SupportConfig(null, null, null, null, null, List.of());
    }

    /** An official community channel ({@code Telegram}, {@code X} ...) and its https address. */
    public record Community(String name, URI url) {
        public Community {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(url, "url");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
