package dev.baton.channel.email;

import dev.baton.conversation.Sender;
import dev.baton.decision.ReplyLanguage;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Builds the mail for one outbound message: from the support address to the user, a subject in the
 * conversation's language with the ticket reference ({@code Re: 提现一直没到账 [#T-3FA9C01B]}, or
 * {@code 你的工单 [#T-3FA9C01B]} for a mail Baton starts), the given Message-ID (kept when the message is
 * saved or sent, so a retried send repeats it) and thread headers, and a {@code multipart/alternative} body
 * of UTF-8 plain text and HTML ({@link MailBody}). Names and the subject are RFC 2047-encoded as UTF-8.
 *
 * <p>Baton's own messages, which a program wrote, say so as RFC 3834 asks, so the user's auto-responder does
 * not answer them: {@code Auto-Submitted: auto-replied} on the bot's replies, {@code auto-generated} on system
 * notices (queue places, "agent joined", rating questions). An agent's reply is a person's and carries none.
 * All ask Exchange and Outlook not to send out-of-office or other automatic answers
 * ({@code X-Auto-Response-Suppress}). Thread-safe.
 */
public final class MailWriter {

    /** The longest part of the user's subject kept in the answer's. */
    static final int MAX_TOPIC = 150;

    /** Reply prefixes clients add, in English, Chinese and a few others; "Fwd:" is kept. */
    private static final Pattern REPLY_PREFIX =
            Pattern.compile("^\\s*((re|aw|sv|antw|回复|回覆|答复|答覆)\\s*(\\[\\d+])?\\s*[:：]\\s*)+", Pattern.CASE_INSENSITIVE);

    private final Session session;
    private final InternetAddress from;
    private final Clock clock;

    /**
     * @param session     the session messages are made in (with or without a transport)
     * @param fromAddress the support mailbox the mails come from, and replies go to
     * @param fromName    its display name, e.g. "Wallet Support"
     */
    public MailWriter(Session session, String fromAddress, String fromName, Clock clock) {
        this.session = Objects.requireNonNull(session, "session");
        this.from = address(fromAddress, fromName);
        this.clock = Objects.requireNonNull(clock, "clock");
        MessageIds.domain(fromAddress); // a Message-ID is made from its domain: refuse one without now
    }

    /** The address mails come from, in lower case. */
    public String fromAddress() {
        return from.getAddress().toLowerCase(Locale.ROOT);
    }

    /**
     * The mail for {@code mail}, ready to send.
     *
     * @throws IllegalArgumentException when the user's address is not one
     */
    public MimeMessage write(OutgoingMail mail) {
        try {
            MimeMessage message = new KeptId(session, mail.messageId());
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, address(mail.toAddress(), mail.toName()));
            message.setSubject(subject(mail.topic(), mail.ticket(), mail.language()), "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            message.setHeader("Content-Language", MailPhrases.tag(mail.language()));
            if (mail.thread().inReplyTo() != null) {
                message.setHeader("In-Reply-To", mail.thread().inReplyTo());
            }
            if (!mail.thread().references().isEmpty()) {
                String references = String.join(" ", mail.thread().references());
                message.setHeader("References", MimeUtility.fold("References: ".length(), references));
            }
            if (mail.author() != Sender.AGENT) {
                message.setHeader("Auto-Submitted", mail.author() == Sender.BOT ? "auto-replied" : "auto-generated");
            }
            message.setHeader("X-Auto-Response-Suppress", "OOF, AutoReply");
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(MailBody.plain(mail), "UTF-8", "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(MailBody.html(mail), "UTF-8", "html");
            message.setContent(new MimeMultipart("alternative", plain, html));
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException("the mail could not be built: " + e.getMessage(), e);
        }
    }

    /**
     * The subject: "Re: " and the user's own subject (its reply prefixes and any old reference taken off) when
     * answering one, else the language's "your support request"; then the ticket reference.
     */
    static String subject(String topic, TicketReference ticket, ReplyLanguage language) {
        String own = topic == null ? "" : MailHeaders.text(TicketReference.remove(topic), Integer.MAX_VALUE);
        own = REPLY_PREFIX.matcher(own).replaceFirst("").strip();
        if (own.length() > MAX_TOPIC) {
            own = own.substring(0, MAX_TOPIC).strip() + "…";
        }
        return (own.isEmpty() ? MailPhrases.text(MailPhrases.SUBJECT, language) : "Re: " + own) + " " + ticket;
    }

    private static InternetAddress address(String address, String name) {
        Objects.requireNonNull(address, "address");
        try {
            InternetAddress parsed = new InternetAddress(address.strip(), true);
            parsed.validate();
            if (parsed.getAddress().indexOf('@') < 0 || address.strip().contains("<")) {
                throw new AddressException("not a bare address");
            }
            String personal = name == null ? "" : MailHeaders.text(name, MailHeaders.MAX_NAME);
            return personal.isEmpty() ? parsed : new InternetAddress(parsed.getAddress(), personal, "UTF-8");
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("not a mail address", e); // the address itself stays out of logs
        }
    }

    /** A message that keeps the Message-ID it was given when saved, instead of making a new one. */
    private static final class KeptId extends MimeMessage {
        private final String id;

        KeptId(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
