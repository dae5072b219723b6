package dev.baton.channel.email;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Header text with RFC 2047 encoded words ({@code =?UTF-8?B?...?=}) decoded, leniently, as clients write
 * them in practice: a word inside a quoted name or run into other text is decoded too, and neighbouring words
 * in one charset are joined before decoding, since a sender may split a character's bytes between two words
 * (GBK and UTF-8 names are often cut so). Whitespace between two encoded words is dropped, as the RFC says. A
 * word in an unknown charset or with a broken encoding is left as written.
 */
final class EncodedWords {

    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?]*)\\?=");

    private EncodedWords() {}

    static String decode(String header) {
        if (header == null || !header.contains("=?")) {
            return header == null ? "" : header;
        }
        StringBuilder out = new StringBuilder(header.length());
        Matcher m = WORD.matcher(header);
        int end = 0;
        Charset pendingCharset = null;
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        while (m.find()) {
            String between = header.substring(end, m.start());
            Charset charset = MailCharsets.charset(m.group(1));
            byte[] bytes = charset == null ? null : bytes(m.group(2), m.group(3));
            if (bytes == null) {
                flush(out, pending, pendingCharset);
                pendingCharset = null;
                out.append(between).append(m.group());
            } else {
                boolean joins = pendingCharset != null && between.isBlank();
                if (!joins || !charset.equals(pendingCharset)) {
                    flush(out, pending, pendingCharset);
                    if (!joins) {
                        out.append(between);
                    }
                }
                pendingCharset = charset;
                pending.writeBytes(bytes);
            }
            end = m.end();
        }
        flush(out, pending, pendingCharset);
        return out.append(header, end, header.length()).toString();
    }

    private static void flush(StringBuilder out, ByteArrayOutputStream pending, Charset charset) {
        if (charset != null && pending.size() > 0) {
            out.append(new String(pending.toByteArray(), charset));
        }
        pending.reset();
    }

    /** The bytes of an encoded word's text, or null when they do not decode. */
    private static byte[] bytes(String encoding, String text) {
        if (encoding.equalsIgnoreCase("B")) {
            String clean = text.replaceAll("[^A-Za-z0-9+/]", "");
            int rest = clean.length() % 4;
            if (rest == 1) {
                clean = clean.substring(0, clean.length() - 1); // a stray char: what is whole still decodes
            } else if (rest > 0) {
                clean = clean + "==".substring(0, 4 - rest);
            }
            try {
                return Base64.getDecoder().decode(clean);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                bytes.write(' ');
            } else if (c == '=' && hex(text, i + 1) >= 0) {
                bytes.write(hex(text, i + 1));
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                return null;
            }
        }
        return bytes.toByteArray();
    }

    /** The byte written as two hex digits at {@code at}, or -1. */
    private static int hex(String text, int at) {
        if (at + 1 >= text.length()) {
            return -1;
        }
        int high = Character.digit(text.charAt(at), 16);
        int low = Character.digit(text.charAt(at + 1), 16);
        return high < 0 || low < 0 ? -1 : high * 16 + low;
    }
}
