package dev.baton.channel.email;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The body text and the attachments of a mail, found by walking its MIME tree within limits: at most
 * {@link MailReader#MAX_PARTS} parts, {@link MailReader#MAX_DEPTH} levels and {@link MailReader#MAX_TEXT}
 * characters of text, so a hostile mail costs little. Of a {@code multipart/alternative} the plain part is
 * read, else the HTML one; the inline text parts of a mixed or related multipart are read one after another.
 * A part that cannot be read is skipped. A forwarded mail ({@code message/rfc822}) is listed as an attachment,
 * not opened. Not thread-safe: one per mail.
 */
final class MailParts {

    /** The most bytes of one plain part read: 4 per character is UTF-8's worst case. */
    private static final int MAX_PLAIN_BYTES = MailReader.MAX_TEXT * 4;

    /** The most bytes of one HTML part read: markup and styles outweigh its text many times. */
    private static final int MAX_HTML_BYTES = 512 * 1024;

    private final List<Attachment> attachments = new ArrayList<>();
    private int parts;
    private int budget = MailReader.MAX_TEXT;
    private boolean truncated;

    /** @param cut whether the mail was already cut short before it was parsed */
    MailParts(boolean cut) {
        this.truncated = cut;
    }

    /** What the body said and whether it came from a plain part. */
    private record Text(String text, boolean plain) {
        static final Text NONE = new Text("", false);
    }

    /** Walks {@code message}; then {@link #attachments()} and {@link #truncated()} tell the rest. */
    String body(Part message) {
        return walk(message, 0, true).text().strip();
    }

    List<Attachment> attachments() {
        return attachments;
    }

    boolean truncated() {
        return truncated;
    }

    /** The text of {@code part} if {@code reading}, and its attachments listed either way. */
    private Text walk(Part part, int depth, boolean reading) {
        if (++parts > MailReader.MAX_PARTS || depth > MailReader.MAX_DEPTH) {
            truncated = true;
            return Text.NONE;
        }
        try {
            ContentType type = MailHeaders.contentType(part);
            String disposition = disposition(part);
            String fileName = MailHeaders.fileName(part);
            if (type.match("multipart/*") && !"attachment".equals(disposition)) {
                Object content = part.getContent();
                return content instanceof Multipart multipart ? children(multipart, type, depth, reading) : Text.NONE;
            }
            if (bodyText(type, disposition, fileName)) {
                return reading ? read(part, type) : Text.NONE;
            }
            attachments.add(new Attachment(
                    fileName, size(part, disposition), type.getBaseType().toLowerCase(Locale.ROOT)));
        } catch (Exception e) { // a malformed part is skipped, whatever broke in it
            return Text.NONE;
        }
        return Text.NONE;
    }

    private static boolean bodyText(ContentType type, String disposition, String fileName) {
        return (type.match("text/plain") || type.match("text/html"))
                && !"attachment".equals(disposition)
                && fileName.isEmpty();
    }

    /**
     * The text of a multipart. Of an alternative, a plain part is read first and the others only for their
     * attachments (Apple Mail puts a pasted picture beside the HTML), or, without a plain one, the first of the
     * others with text; of any other multipart, the text of each part in turn.
     */
    private Text children(Multipart multipart, ContentType type, int depth, boolean reading) throws Exception {
        int count = multipart.getCount();
        if (type.match("multipart/alternative")) {
            Text chosen = Text.NONE;
            boolean[] walked = new boolean[count];
            for (int i = 0; i < count && reading; i++) {
                if (MailHeaders.contentType(multipart.getBodyPart(i)).match("text/plain")) {
                    walked[i] = true;
                    Text t = walk(
                            multipart.getBodyPart(i), depth + 1, chosen.text().isBlank());
                    chosen = chosen.text().isBlank() ? t : chosen;
                }
            }
            for (int i = 0; i < count; i++) {
                if (!walked[i]) {
                    Text t = walk(
                            multipart.getBodyPart(i),
                            depth + 1,
                            reading && chosen.text().isBlank());
                    chosen = chosen.text().isBlank() ? t : chosen;
                }
            }
            return chosen;
        }
        StringBuilder joined = new StringBuilder();
        boolean plain = true;
        for (int i = 0; i < count; i++) {
            Text t = walk(multipart.getBodyPart(i), depth + 1, reading);
            if (!t.text().isBlank()) {
                joined.append(joined.isEmpty() ? "" : "\n\n").append(t.text().strip());
                plain &= t.plain();
            }
        }
        return joined.isEmpty() ? Text.NONE : new Text(joined.toString(), plain);
    }

    private Text read(Part part, ContentType type) throws Exception {
        if (budget <= 0) {
            truncated = true;
            return Text.NONE;
        }
        boolean html = type.match("text/html");
        byte[] bytes = bytes(part, html ? MAX_HTML_BYTES : MAX_PLAIN_BYTES);
        String text = MailCharsets.decode(bytes, type.getParameter("charset"));
        if (html) {
            HtmlText.Text converted = HtmlText.of(text, budget);
            truncated |= converted.truncated();
            text = converted.text();
        } else if ("flowed".equalsIgnoreCase(type.getParameter("format"))) {
            text = Flowed.unflow(text, "yes".equalsIgnoreCase(type.getParameter("delsp")));
        }
        if (text.length() > budget) {
            text = text.substring(0, budget);
            truncated = true;
        }
        budget -= text.length();
        return new Text(text, !html);
    }

    /** Up to {@code max} bytes of the part's decoded content; what was read before a decoding error is kept. */
    private byte[] bytes(Part part, int max) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = part.getInputStream()) {
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer, 0, Math.min(buffer.length, max + 1 - out.size()))) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > max) {
                    truncated = true;
                    break;
                }
            }
        } catch (IOException e) {
            // broken base64 or quoted-printable: keep what decoded
        }
        byte[] bytes = out.toByteArray();
        return bytes.length > max ? Arrays.copyOf(bytes, max) : bytes;
    }

    private static String disposition(Part part) {
        try {
            String header = part.getDisposition();
            return header == null ? "" : header.toLowerCase(Locale.ROOT);
        } catch (Exception e) {
            return "";
        }
    }

    /**
     * The size in bytes: the disposition's {@code size} when declared, else the encoded size less base64's
     * overhead (lines of 76 characters and a line break, 4 characters for 3 bytes), or -1.
     */
    private static long size(Part part, String disposition) {
        try {
            String[] header = part.getHeader("Content-Disposition");
            if (header != null && !disposition.isEmpty()) {
                String declared = new ContentDisposition(header[0]).getParameter("size");
                if (declared != null && declared.strip().matches("[0-9]{1,15}")) {
                    return Long.parseLong(declared.strip());
                }
            }
            long encoded = part.getSize();
            if (encoded < 0) {
                return -1;
            }
            String[] encoding = part.getHeader("Content-Transfer-Encoding");
            boolean base64 = encoding != null && encoding[0].strip().equalsIgnoreCase("base64");
            if (!base64) {
                return encoded;
            }
            long lineBreaks = (encoded + 77) / 78; // lines of 76 characters and CRLF
            return Math.max(0, encoded - 2 * lineBreaks) * 3 / 4;
        } catch (Exception e) {
            return -1;
        }
    }
}
