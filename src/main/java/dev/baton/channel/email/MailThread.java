package dev.baton.channel.email;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where an outbound mail goes in its thread: the {@code In-Reply-To} and {@code References} it carries, so the
 * user's client shows it under the mails before it. Ids keep their angle brackets.
 *
 * @param inReplyTo  the id of the mail answered, or null for the first mail of a thread
 * @param references the thread's ids, oldest first, at most {@link MailReader#MAX_REFERENCES} (the first and
 *                   the latest are kept)
 */
public record MailThread(String inReplyTo, List<String> references) {

    private static final Pattern ID = Pattern.compile("<[^<>\\s]{1,996}>");

    public MailThread {
        references = references == null ? List.of() : trim(references);
        if (inReplyTo != null && !ID.matcher(inReplyTo).matches()) {
            throw new IllegalArgumentException("In-Reply-To must be one id in angle brackets");
        }
        for (String id : references) {
            if (id == null || !ID.matcher(id).matches()) {
                throw new IllegalArgumentException("each reference must be one id in angle brackets");
            }
        }
    }

    /** No thread: the first mail to the user. */
    public static MailThread none() {
        return new MailThread(null, List.of());
    }

    /** The thread of a reply to {@code mail}: its references, then its own id. */
    public static MailThread replyTo(IncomingMail mail) {
        return mail.messageId() == null
                ? new MailThread(mail.inReplyTo(), mail.references())
                : none().then(mail.references()).after(mail.messageId());
    }

    /** This thread continued below the mail {@code messageId} (Baton's own last one, or the user's). */
    public MailThread after(String messageId) {
        List<String> ids = new ArrayList<>(references);
        if (!ids.contains(messageId)) {
            ids.add(messageId);
        }
        return new MailThread(messageId, ids);
    }

    private MailThread then(List<String> ids) {
        List<String> all = new ArrayList<>(references);
        all.addAll(ids);
        return new MailThread(inReplyTo, all);
    }

    private static List<String> trim(List<String> ids) {
        if (ids.size() <= MailReader.MAX_REFERENCES) {
            return List.copyOf(ids);
        }
        List<String> kept = new ArrayList<>(ids.subList(ids.size() - (MailReader.MAX_REFERENCES - 1), ids.size()));
        kept.add(0, ids.get(0));
        return List.copyOf(kept);
    }
}
