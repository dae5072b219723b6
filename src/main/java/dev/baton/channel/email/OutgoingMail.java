package dev.baton.channel.email;

import dev.baton.conversation.Sender;
import dev.baton.decision.QuickReply;
import dev.baton.decision.ReplyLanguage;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One message to mail to a user, as {@link MailWriter} takes it.
 *
 * @param toAddress    the user's address
 * @param toName       the user's display name, or null
 * @param language     the conversation's language: subject, quick-reply prompt and footer are written in it
 * @param author       {@link Sender#BOT}, {@link Sender#AGENT} or {@link Sender#SYSTEM}: it decides the
 *                     {@code Auto-Submitted} header
 * @param ticket       the conversation's reference, in the subject and the footer
 * @param topic        the subject the user wrote, answered as "Re: ..." ; null or blank for a mail Baton starts
 * @param text         the message
 * @param quickReplies the choices offered, listed by number
 * @param messageId    this mail's id, from {@link MessageIds#of}
 * @param thread       where it goes in the thread
 */
public record OutgoingMail(
        String toAddress,
        String toName,
        ReplyLanguage language,
        Sender author,
        TicketReference ticket,
        String topic,
        String text,
        List<QuickReply> quickReplies,
        String messageId,
        MailThread thread) {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s@]{1,900}@[^<>\\s@]{1,255}>");

    public OutgoingMail {
        Objects.requireNonNull(toAddress, "toAddress");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(messageId, "messageId");
        if (!MESSAGE_ID.matcher(messageId).matches()) {
            throw new IllegalArgumentException("a Message-ID is <left@right>, in angle brackets");
        }
        if (author == Sender.USER) {
            throw new IllegalArgumentException("Baton does not mail as the user");
        }
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        thread = thread == null ? MailThread.none() : thread;
    }
}
