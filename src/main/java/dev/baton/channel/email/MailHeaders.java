package dev.baton.channel.email;

import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail's headers read leniently and within limits: whatever is missing or broken reads as empty, never as
 * an exception.
 */
final class MailHeaders {

    /** The longest subject, display name and file name kept, in characters. */
    static final int MAX_SUBJECT = 1_000;

    static final int MAX_NAME = 200;
    /** RFC 5322's line limit: no id is longer. */
    static final int MAX_ID = 998;

    private static final Pattern ID = Pattern.compile("<([^<>\\s]{1,998})>");
    private static final Pattern BARE_ADDRESS = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200d]]+");

    private MailHeaders() {}

    /** The first value of a header, unfolded, or null. */
    static String first(Part part, String name) {
        try {
            String[] values = part.getHeader(name);
            return values == null || values.length == 0 ? null : MimeUtility.unfold(values[0]);
        } catch (Exception e) {
            return null;
        }
    }

    /** The part's content type; {@code text/plain} when it has none or it does not parse (RFC 2045's default). */
    static ContentType contentType(Part part) {
        String header = first(part, "Content-Type");
        if (header == null || header.isBlank()) {
            return new ContentType("text", "plain", null);
        }
        try {
            return new ContentType(header);
        } catch (ParseException e) {
            String base = header.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            String[] halves = base.split("/", 2);
            return halves.length == 2 && halves[0].matches("[a-z0-9.+-]+") && halves[1].matches("[a-z0-9.+-]+")
                    ? new ContentType(halves[0], halves[1], null)
                    : new ContentType("application", "octet-stream", null);
        }
    }

    /** The part's file name, decoded (RFC 2231 and, as clients write it anyway, RFC 2047), or empty. */
    static String fileName(Part part) {
        try {
            String name = part.getFileName();
            return name == null ? "" : text(EncodedWords.decode(name), MAX_NAME);
        } catch (Exception e) {
            return "";
        }
    }

    /** A decoded header: encoded words decoded, control characters gone, at most {@code max} characters. */
    static String decoded(Part part, String name, int max) {
        String raw = first(part, name);
        return raw == null ? "" : text(EncodedWords.decode(raw), max);
    }

    /** The message ids in a header, angle brackets kept; a header with none in brackets is read as one bare id. */
    static List<String> ids(Part part, String name) {
        String raw = first(part, name);
        List<String> ids = new ArrayList<>();
        if (raw == null) {
            return ids;
        }
        Matcher m = ID.matcher(raw);
        while (m.find()) {
            ids.add(m.group());
        }
        String bare = raw.strip();
        if (ids.isEmpty() && !bare.isEmpty() && bare.length() <= MAX_ID - 2 && bare.matches("[^<>\\s]+")) {
            ids.add("<" + bare + ">");
        }
        return ids;
    }

    /** The sender: its bare address in lower case (empty when none parses) and its decoded display name. */
    static Sender from(Part part) {
        String raw = first(part, "From");
        if (raw == null || raw.isBlank()) {
            return new Sender("", "");
        }
        String address = "";
        String personal = null;
        try {
            InternetAddress[] parsed = InternetAddress.parseHeader(raw, false);
            if (parsed.length > 0 && parsed[0].getAddress() != null) {
                address = parsed[0].getAddress();
                personal = parsed[0].getPersonal();
            }
        } catch (AddressException e) {
            // an address is still looked for below
        }
        if (!address.contains("@")) {
            Matcher m = BARE_ADDRESS.matcher(raw);
            address = m.find() ? m.group() : "";
        }
        int angle =
                address.isEmpty() ? -1 : raw.toLowerCase(Locale.ROOT).indexOf("<" + address.toLowerCase(Locale.ROOT));
        String name = angle > 0 ? unquote(raw.substring(0, angle)) : personal == null ? "" : personal;
        address = address.length() > MAX_ID ? "" : address.toLowerCase(Locale.ROOT);
        return new Sender(address, text(EncodedWords.decode(name), MAX_NAME));
    }

    /** The sender's bare address and display name. */
    record Sender(String address, String name) {}

    private static String unquote(String name) {
        String s = name.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return s;
    }

    /** {@code s} on one line, without control characters, at most {@code max} characters. */
    static String text(String s, int max) {
        String clean =
                CONTROL.matcher(s).replaceAll(" ").replaceAll(" {2,}", " ").strip();
        return clean.length() > max ? clean.substring(0, max) : clean;
    }
}
