package dev.baton.channel.email;

import jakarta.mail.Part;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a person's mail from a machine's, by the headers RFC 3834 and the mailing-list RFCs define and those
 * that common auto-responders add. A bounce, a delivery or read receipt ({@code multipart/report}), a null
 * return path ({@code Return-Path: <>}) or a {@code MAILER-DAEMON} or {@code postmaster} sender is a
 * {@link MailKind#BOUNCE}; {@code Auto-Submitted} other than {@code no}, {@code X-Autoreply},
 * {@code X-Autorespond} or {@code Precedence: auto_reply} is {@link MailKind#AUTOMATIC}; {@code Precedence:
 * bulk}, {@code junk} or {@code list}, {@code List-Id} or {@code List-Unsubscribe} is {@link MailKind#BULK}.
 */
final class MailKinds {

    private static final Set<String> DAEMONS = Set.of("mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon");
    private static final Set<String> BULK = Set.of("bulk", "junk", "list");

    private MailKinds() {}

    static MailKind of(Part message, String fromAddress) {
        String local = fromAddress.contains("@") ? fromAddress.substring(0, fromAddress.indexOf('@')) : fromAddress;
        if (MailHeaders.contentType(message).match("multipart/report")
                || "<>".equals(value(message, "Return-Path"))
                || DAEMONS.contains(local)) {
            return MailKind.BOUNCE;
        }
        String autoSubmitted = value(message, "Auto-Submitted");
        String precedence = value(message, "Precedence");
        if ((autoSubmitted != null && !autoSubmitted.split(";", 2)[0].strip().equals("no"))
                || flag(message, "X-Autoreply")
                || flag(message, "X-Autorespond")
                || "auto_reply".equals(precedence)) {
            return MailKind.AUTOMATIC;
        }
        if ((precedence != null && BULK.contains(precedence))
                || value(message, "List-Id") != null
                || value(message, "List-Unsubscribe") != null) {
            return MailKind.BULK;
        }
        return MailKind.PERSONAL;
    }

    /** A header's first value, trimmed and in lower case, or null when it is missing or empty. */
    private static String value(Part message, String name) {
        String value = MailHeaders.first(message, name);
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a yes/no header is set and not {@code no} or {@code false}. */
    private static boolean flag(Part message, String name) {
        String value = value(message, name);
        return value != null && !value.equals("no") && !value.equals("false") && !value.equals("0");
    }
}
