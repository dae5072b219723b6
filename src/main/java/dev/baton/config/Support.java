package dev.baton.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the support team's contact details. Each is optional; a value that is set must have the shape users
 * will be shown it in, since a typo here would be handed to every user who asks how to reach support.
 */
final class Support {

    /** The settings read here, for {@link ConfigLoader#support}. */
    static final List<Setting> SETTINGS = List.of(
            Setting.SUPPORT_EMAIL,
            Setting.SUPPORT_PHONE,
            Setting.SUPPORT_WEBSITE,
            Setting.SUPPORT_APP_PATH_ZH,
            Setting.SUPPORT_APP_PATH_EN,
            Setting.SUPPORT_COMMUNITY);

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{3,40}");
    private static final int MIN_PHONE_DIGITS = 3;
    private static final int MAX_TEXT = 200;
    private static final int MAX_NAME = 40;

    private Support() {}

    static SupportConfig read(SettingReader r) {
        return new SupportConfig(
                email(r),
                phone(r),
                website(r),
                oneLine(r, Setting.SUPPORT_APP_PATH_ZH),
                oneLine(r, Setting.SUPPORT_APP_PATH_EN),
                community(r));
    }

    private static String email(SettingReader r) {
        String v = strip(r.text(Setting.SUPPORT_EMAIL));
        if (v != null && (v.length() > 254 || !EMAIL.matcher(v).matches())) {
            throw bad(r, Setting.SUPPORT_EMAIL, "an email address like help@wallet.example", v);
        }
        return v;
    }

    private static String phone(SettingReader r) {
        String v = strip(r.text(Setting.SUPPORT_PHONE));
        if (v != null
                && (!PHONE.matcher(v).matches()
                        || v.chars().filter(Character::isDigit).count() < MIN_PHONE_DIGITS)) {
            throw bad(r, Setting.SUPPORT_PHONE, "a phone number of digits, spaces, +, - and ( ), at least 3 digits", v);
        }
        return v;
    }

    private static URI website(SettingReader r) {
        String v = strip(r.text(Setting.SUPPORT_WEBSITE));
        URI uri = https(v);
        if (v != null && uri == null) {
            throw bad(r, Setting.SUPPORT_WEBSITE, "an https:// URL", v);
        }
        return uri;
    }

    /** {@code text} as an https URL with a host, or null when it is none. */
    private static URI https(String text) {
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text.strip());
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String oneLine(SettingReader r, Setting s) {
        String v = strip(r.text(s));
        if (v != null && (v.length() > MAX_TEXT || v.chars().anyMatch(Character::isISOControl))) {
            throw bad(r, s, "one line of at most " + MAX_TEXT + " characters", v);
        }
        return v;
    }

    /** {@code name=https://...} pairs, comma-separated: the names as users will read them, each once. */
    private static List<SupportConfig.Community> community(SettingReader r) {
        Setting s = Setting.SUPPORT_COMMUNITY;
        List<SupportConfig.Community> channels = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String pair : r.list(s)) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? "" : pair.substring(0, eq).strip();
            URI url = eq < 0 ? null : https(pair.substring(eq + 1));
            if (name.isEmpty()
                    || name.length() > MAX_NAME
                    || name.chars().anyMatch(Character::isISOControl)
                    || url == null) {
                throw new ConfigException(s.key + " must be comma-separated name=https://URL pairs (names of 1-"
                        + MAX_NAME + " characters), but " + r.source(s) + " has '" + pair + "'");
            }
            if (!names.add(name)) {
                throw new ConfigException(s.key + " names '" + name + "' twice (" + r.source(s) + ")");
            }
            channels.add(new SupportConfig.Community(name, url));
        }
        return channels;
    }

    private static String strip(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static ConfigException bad(SettingReader r, Setting s, String shape, String value) {
        return new ConfigException(s.key + " must be " + shape + ", but " + r.source(s) + " is '" + value + "'");
    }
}
