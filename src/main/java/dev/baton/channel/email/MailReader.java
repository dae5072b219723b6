package dev.baton.channel.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Reads a received mail into an {@link IncomingMail}: who sent it, its thread headers, its decoded subject,
 * the text the user wrote this time ({@link ReplyText}), the files that came with it (listed, not kept) and
 * whether a person wrote it at all ({@link MailKind}). Text comes from the plain part, else the HTML one as
 * text; charsets are decoded as declared ({@link MailCharsets}). Limits hold against hostile mails: at most
 * {@link #MAX_TEXT} characters of text, {@link #MAX_PARTS} parts, {@link #MAX_DEPTH} levels of nesting and
 * {@link #MAX_REFERENCES} references; a malformed part is skipped and a malformed header reads as absent.
 * Attachments are never read: their sizes come from the headers and the structure. This class opens no
 * connection, but a message still on an IMAP server fetches its text parts through its folder when they are
 * read; fetching the raw bytes and reading them with {@link #read(byte[])} keeps the I/O with the caller and
 * bounds the parsing too. Thread-safe.
 */
public final class MailReader {

    /** The most characters of text read from one mail. */
    public static final int MAX_TEXT = 100_000;
    /** The most MIME parts looked at, multiparts included. */
    public static final int MAX_PARTS = 50;
    /** The deepest nesting of multiparts looked into. */
    public static final int MAX_DEPTH = 10;
    /** The most ids of {@code References} kept: the first (the thread's root) and the latest. */
    public static final int MAX_REFERENCES = 50;
    /**
     * The most lines starting with "--" (boundaries, and the odd signature) read of raw bytes: the mail is cut
     * before the next. The MIME parser builds every part of a multipart at once, at a cost per part, so a
     * mail of a million empty parts would cost more than any limit on what is then looked at saves.
     */
    static final int MAX_BOUNDARY_LINES = 1_000;

    private final Session session;

    public MailReader() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.allowutf8", "true"); // raw UTF-8 headers (RFC 6532) read as UTF-8
        properties.setProperty("mail.mime.address.strict", "false");
        this.session = Session.getInstance(properties);
    }

    /**
     * Reads a mail from its raw RFC 822 bytes.
     *
     * @throws IllegalArgumentException when the bytes cannot be read as a mail at all
     */
    public IncomingMail read(byte[] raw) {
        Objects.requireNonNull(raw, "raw");
        byte[] bounded = boundaryLinesCut(raw);
        try {
            return read(new MimeMessage(session, new SharedByteArrayInputStream(bounded)), bounded.length < raw.length);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("the bytes are not a mail: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a mail already parsed, or fetched from a mail store. Its structure is taken as given: an IMAP
     * server's, which parsed the mail within its own limits, or the caller's. Untrusted raw bytes are better
     * read by {@link #read(byte[])}, which bounds the parsing too.
     */
    public IncomingMail read(MimeMessage message) {
        return read(message, false);
    }

    private IncomingMail read(MimeMessage message, boolean cut) {
        MailHeaders.Sender from = MailHeaders.from(message);
        MailParts parts = new MailParts(cut);
        String body = parts.body(message);
        return new IncomingMail(
                from.address(),
                from.name(),
                first(MailHeaders.ids(message, "Message-ID")),
                first(MailHeaders.ids(message, "In-Reply-To")),
                references(MailHeaders.ids(message, "References")),
                MailHeaders.decoded(message, "Subject", MailHeaders.MAX_SUBJECT),
                date(message),
                ReplyText.of(body),
                body,
                parts.truncated(),
                parts.attachments(),
                MailKinds.of(message, from.address()));
    }

    /** {@code raw} up to its {@link #MAX_BOUNDARY_LINES}-th line starting with "--", or whole. */
    static byte[] boundaryLinesCut(byte[] raw) {
        int lines = 0;
        for (int i = 0; i + 1 < raw.length; i++) {
            if ((i == 0 || raw[i - 1] == '\n') && raw[i] == '-' && raw[i + 1] == '-' && ++lines > MAX_BOUNDARY_LINES) {
                return Arrays.copyOf(raw, i);
            }
        }
        return raw;
    }

    private static String first(List<String> ids) {
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** The first id and the latest ones, {@link #MAX_REFERENCES} in all. */
    private static List<String> references(List<String> ids) {
        if (ids.size() <= MAX_REFERENCES) {
            return ids;
        }
        List<String> kept = new ArrayList<>(MAX_REFERENCES);
        kept.add(ids.get(0));
        kept.addAll(ids.subList(ids.size() - (MAX_REFERENCES - 1), ids.size()));
        return kept;
    }

    private static Instant date(MimeMessage message) {
        try {
            Date sent = message.getSentDate();
            return sent == null ? null : sent.toInstant();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }
}
