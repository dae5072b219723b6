package dev.baton.channel.email;

import jakarta.mail.internet.MimeUtility;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Bytes to text in the charset a mail declares, read the way mail clients read it: a declared GB2312 or GBK
 * is decoded as GB18030 (their superset: senders label GBK text GB2312), Big5 as Big5-HKSCS, Latin-1 and
 * ASCII as windows-1252, and a label that is really UTF-8 (valid UTF-8 under an ASCII or Latin-1 label) as
 * UTF-8. With no label, or one the JVM does not know, text that is valid UTF-8 is UTF-8 and anything else
 * GB18030: a Chinese help desk's likeliest legacy charset. Bytes that do not decode become U+FFFD; nothing
 * here throws.
 */
final class MailCharsets {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private MailCharsets() {}

    /** {@code bytes} as text in the charset {@code declared} (null: none declared). */
    static String decode(byte[] bytes, String declared) {
        Charset charset = charset(declared);
        boolean latin = charset == null || charset.equals(WINDOWS_1252);
        if (latin && isUtf8(bytes)) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return new String(bytes, charset == null ? GB18030 : charset);
    }

    /** The charset to decode a label with, or null when there is none or it is unknown. */
    static Charset charset(String declared) {
        if (declared == null) {
            return null;
        }
        String label = declared.trim().replace("\"", "").toLowerCase(Locale.ROOT);
        int star = label.indexOf('*'); // RFC 2231's language suffix: utf-8*en
        label = star >= 0 ? label.substring(0, star) : label;
        switch (label) {
            case "" -> {
                return null;
            }
            case "gb2312", "gbk", "x-gbk", "cp936", "ms936", "euc-cn", "gb18030", "csgb2312" -> {
                return GB18030;
            }
            case "big5", "big-5", "cn-big5", "x-x-big5", "csbig5", "big5-hkscs" -> {
                return supported("Big5-HKSCS", "Big5");
            }
            case "us-ascii", "ascii", "iso-8859-1", "latin1", "iso_8859-1", "windows-1252", "cp1252" -> {
                return WINDOWS_1252;
            }
            case "utf8", "utf-8", "unicode-1-1-utf-8" -> {
                return StandardCharsets.UTF_8;
            }
            case "ks_c_5601-1987", "euc-kr", "ks_c_5601" -> {
                return supported("x-windows-949", "EUC-KR");
            }
            default -> {
                return supported(MimeUtility.javaCharset(label), null);
            }
        }
    }

    private static Charset supported(String name, String fallback) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return fallback == null ? null : supported(fallback, null);
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
