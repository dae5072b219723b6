package dev.baton.channel.generic;

import dev.baton.channel.InboundMessage;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /webhooks/generic/{integration}}: one user message from a company's own app.
 *
 * @param messageId the app's id of this message, unique per integration: a retry must repeat it (the dedup key)
 * @param userId    the app's id of the user; Baton's replies are addressed to it
 * @param text      what the user wrote, 1 to 4000 characters
 * @param locale    the user's language as a tag ({@code zh-CN}, {@code en}), optional
 */
record GenericInbound(String messageId, String userId, String text, String locale) {

    static final int MAX_ID = 128;
    static final int MAX_TEXT = 4000;
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8}){0,4}");

    GenericInbound {
        id("messageId", messageId);
        id("userId", userId);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("'text' is required and must not be blank");
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw new IllegalArgumentException("'text' must be at most " + MAX_TEXT + " characters");
        }
        locale = locale == null || locale.isBlank() ? null : locale.strip();
        if (locale != null
                && (locale.length() > InboundMessage.MAX_LOCALE
                        || !LANGUAGE_TAG.matcher(locale).matches())) {
            throw new IllegalArgumentException("'locale' must be a language tag such as zh-CN or en");
        }
    }

    private static void id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + field + "' is required and must not be blank");
        }
        if (value.length() > MAX_ID) {
            throw new IllegalArgumentException("'" + field + "' must be at most " + MAX_ID + " characters");
        }
    }
}
