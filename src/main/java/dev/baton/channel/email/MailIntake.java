package dev.baton.channel.email;

import dev.baton.channel.InboundMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns a received mail into the message Baton takes in: from its sender, unique on its Message-ID, threaded
 * into the conversation it answers (from its In-Reply-To or References, else the ticket reference in its
 * subject, each only for the conversation linked to the sender's address), with the files it came with
 * listed. Mail no person wrote (auto-replies, bounces, lists) and Baton's own are not taken in.
 */
final class MailIntake {

    private final String ownAddress;
    private final Supplier<MessageIds> ids;
    private final MailThreads threads;

    MailIntake(String ownAddress, Supplier<MessageIds> ids, MailThreads threads) {
        this.ownAddress = ownAddress;
        this.ids = ids;
        this.threads = threads;
    }

    Optional<InboundMessage> message(IncomingMail mail, byte[] raw) {
        String from = mail.fromAddress();
        if (!mail.kind().makesTurn() || from.isEmpty() || from.equals(ownAddress)) {
            return Optional.empty();
        }
        String thread = ids.get()
                .repliedTo(mail)
                .map(MessageIds.RepliedTo::conversationId)
                .or(() -> TicketReference.find(mail.subject()).flatMap(ref -> threads.conversationOf(ref, from)))
                .orElse(null);
        String text = text(mail, thread == null);
        if (text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new InboundMessage(
                EmailChannel.NAME, eventId(mail, raw), from, null, text, null, thread, mail.subject()));
    }

    /**
     * What the user wrote this time, with the files listed; a mail that starts a conversation begins with its
     * subject, which is often the whole question ("转账一直没到账", body "如题").
     */
    static String text(IncomingMail mail, boolean first) {
        StringBuilder text = new StringBuilder(mail.text().strip());
        String subject = TicketReference.remove(mail.subject()).strip();
        if (first && !subject.isEmpty() && !text.toString().startsWith(subject)) {
            text.insert(0, text.length() == 0 ? subject : subject + "\n");
        }
        for (Attachment a : mail.attachments()) {
            text.append(text.length() == 0 ? "" : "\n")
                    .append("📎 ")
                    .append(a.fileName())
                    .append(" (")
                    .append(size(a.size()))
                    .append(')');
        }
        return text.toString();
    }

    /** The Message-ID, or for a mail without one (or with one too long to keep) a hash of the mail itself. */
    private static String eventId(IncomingMail mail, byte[] raw) {
        String id = mail.messageId();
        if (id != null && id.length() <= InboundMessage.MAX_ID) {
            return id;
        }
        byte[] basis = id != null ? id.getBytes(StandardCharsets.UTF_8) : raw;
        try {
            return "sha256:"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(basis));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String size(long bytes) {
        if (bytes < 0) {
            return "?";
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024 ? (bytes + 512) / 1024 + " KB" : String.format("%.1f MB", bytes / 1048576.0);
    }
}
