package dev.baton.channel.email;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A received mail as Baton reads it. Message ids keep their angle brackets ({@code <a1b2@mail.example>}), as
 * in the headers and as {@link MessageIds} writes them.
 *
 * @param fromAddress the sender's bare address in lower case, or empty when the mail names none that parses
 * @param fromName    the sender's display name, decoded, or empty
 * @param messageId   the mail's {@code Message-ID}, or null when it has none
 * @param inReplyTo   the first id of {@code In-Reply-To}, or null
 * @param references  the ids of {@code References}, oldest first (at most {@link MailReader#MAX_REFERENCES})
 * @param subject     the decoded subject, or empty
 * @param date        the {@code Date} header, or null when missing or unreadable
 * @param text        what the user wrote this time: {@link #body} without quoted history and signature
 * @param body        the whole text of the mail, from its plain part or else its HTML, at most
 *                    {@link MailReader#MAX_TEXT} characters
 * @param truncated   whether the body was longer, or had more parts, than is read
 * @param attachments the files that came with it, listed but not kept
 * @param kind        whether a person wrote it; only {@link MailKind#PERSONAL} mail makes a turn
 */
public record IncomingMail(
        String fromAddress,
        String fromName,
        String messageId,
        String inReplyTo,
        List<String> references,
        String subject,
        Instant date,
        String text,
        String body,
        boolean truncated,
        List<Attachment> attachments,
        MailKind kind) {
    public IncomingMail {
        Objects.requireNonNull(fromAddress, "fromAddress");
        Objects.requireNonNull(fromName, "fromName");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(kind, "kind");
        references = references == null ? List.of() : List.copyOf(references);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
