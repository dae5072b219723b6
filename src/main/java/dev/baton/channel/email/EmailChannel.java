package dev.baton.channel.email;

import dev.baton.channel.Channel;
import dev.baton.channel.Delivery;
import dev.baton.channel.DeliveryResult;
import dev.baton.channel.InboundMessage;
import dev.baton.channel.Intake;
import dev.baton.channel.Received;
import dev.baton.channel.WebhookException;
import dev.baton.channel.WebhookRequest;
import dev.baton.channel.generic.GenericSignature;
import dev.baton.config.EmailConfig;
import dev.baton.conversation.Conversation;
import dev.baton.conversation.Sender;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Email as a channel. Out: each outbox message becomes one mail over SMTP, threaded under the user's latest
 * mail, with a Message-ID made from its outbox row (a send retried after a crash is the same mail). In: mail
 * read from the mailbox by a {@link MailboxWatcher} ({@link #taker}), or posted raw to {@code /webhooks/email}
 * by a relay, signed with {@code X-Baton-Signature} as the generic webhook is. The chat is the sender's address.
 */
public final class EmailChannel implements Channel {

    /** The channel's name in conversations, links and the outbox. */
    public static final String NAME = Conversation.EMAIL;

    private static final Logger LOG = LoggerFactory.getLogger(EmailChannel.class);

    private final EmailConfig config;
    private final Clock clock;
    private final SmtpSender smtp;
    private final MailWriter writer;
    private final MailReader reader = new MailReader();
    private final MailThreads threads;
    private final MailIntake intake;
    private volatile MessageIds ids;

    public EmailChannel(EmailConfig config, Duration timeout, Clock clock, MailThreads threads) {
        this.config = config;
        this.clock = clock;
        this.threads = threads;
        this.smtp = new SmtpSender(config.smtp(), timeout);
        this.writer = new MailWriter(smtp.session(), config.smtp().from(), null, clock);
        this.intake = new MailIntake(writer.fromAddress(), this::ids, threads);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** A relay's post of one raw mail ({@code message/rfc822}). */
    @Override
    public Received receive(WebhookRequest request) {
        if (config.webhookSecret() == null) {
            throw new WebhookException(404, "not_found", "the inbound-mail webhook is off: set email.webhookSecret");
        }
        if (!"POST".equalsIgnoreCase(request.method())) {
            throw WebhookException.malformed("post mail to this webhook with POST, not " + request.method());
        }
        GenericSignature.Verdict verdict = GenericSignature.verify(
                config.webhookSecret(), request.header(GenericSignature.HEADER), request.body(), clock.instant());
        if (verdict != GenericSignature.Verdict.VALID) {
            throw WebhookException.unauthorized(verdict.reason());
        }
        if (request.body().length == 0) {
            throw WebhookException.malformed("the body must be one mail in RFC 822 form");
        }
        IncomingMail mail;
        try {
            mail = reader.read(request.body());
        } catch (IllegalArgumentException e) {
            throw WebhookException.malformed("the body is not a mail in RFC 822 form");
        }
        return new Received.Messages(
                intake.message(mail, request.body()).stream().toList());
    }

    @Override
    public DeliveryResult send(Delivery delivery) {
        Optional<MailThreads.Thread> thread = threads.thread(delivery.conversationId());
        if (thread.isEmpty()) {
            return new DeliveryResult.Failed("conversation " + delivery.conversationId() + " is gone");
        }
        String last = thread.get().lastUserMailId();
        OutgoingMail mail;
        try {
            mail = new OutgoingMail(
                    delivery.chatId(),
                    null,
                    thread.get().language(),
                    Sender.fromWire(delivery.sender()),
                    TicketReference.of(delivery.conversationId()),
                    thread.get().topic(),
                    delivery.text(),
                    delivery.quickReplies(),
                    ids().of(delivery.conversationId(), delivery.outboxId(), writer.fromAddress()),
                    last == null ? MailThread.none() : MailThread.none().after(last));
            return smtp.send(writer.write(mail));
        } catch (IllegalArgumentException e) {
            return new DeliveryResult.Failed("cannot mail " + delivery.chatId() + ": " + e.getMessage());
        }
    }

    /**
     * What a {@link MailboxWatcher} does with each mail: reads it and takes it in through {@code intake}
     * (durably, before the watcher flags it seen). A mail that cannot be read, or that no person wrote, is
     * dropped with a line in the log.
     */
    public MailboxWatcher.Taker taker(Intake into) {
        return raw -> {
            IncomingMail mail;
            try {
                mail = reader.read(raw);
            } catch (IllegalArgumentException e) {
                LOG.warn(
                        "a mail of {} bytes in the mailbox cannot be read and is skipped: {}",
                        raw.length,
                        e.getMessage());
                return true;
            }
            Optional<InboundMessage> message = intake.message(mail, raw);
            if (message.isEmpty()) {
                LOG.info(
                        "a {} mail is not taken in (no person's message to answer)",
                        mail.kind().name().toLowerCase(Locale.ROOT));
                return true;
            }
            into.accept(List.of(message.get()));
            return true;
        };
    }

    private MessageIds ids() {
        MessageIds made = ids;
        if (made == null) {
            made = new MessageIds(threads.messageIdKey());
            ids = made;
        }
        return made;
    }
}
