package dev.baton;

import dev.baton.channel.Channel;
import dev.baton.channel.Deliveries;
import dev.baton.channel.Delivery;
import dev.baton.channel.DeliveryMeter;
import dev.baton.channel.Intake;
import dev.baton.channel.OutboxWorker;
import dev.baton.channel.email.EmailChannel;
import dev.baton.channel.email.MailboxWatcher;
import dev.baton.channel.generic.GenericChannel;
import dev.baton.channel.slack.SlackChannel;
import dev.baton.channel.telegram.TelegramChannel;
import dev.baton.channel.wechat.WechatChannel;
import dev.baton.channel.whatsapp.WhatsappChannel;
import dev.baton.channel.whatsapp.WhatsappChats;
import dev.baton.config.ChannelsConfig;
import dev.baton.config.EmailConfig;
import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationEvent;
import dev.baton.conversation.ConversationEvents;
import dev.baton.conversation.ConversationService;
import dev.baton.conversation.Sender;
import dev.baton.handoff.TicketStore;
import dev.baton.store.jdbc.Database;
import dev.baton.store.jdbc.JdbcChannelStore;
import dev.baton.store.jdbc.JdbcMailThreads;
import dev.baton.store.jdbc.JdbcTicketStore;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/**
 * The messaging platforms' side of Baton, wired beside {@link App}: the platforms whose secrets are
 * configured, the intake that turns their webhooks into turns, the outbox worker that sends what Baton and the
 * agents write, and the deliveries agents can look into.
 */
record Messaging(
        JdbcChannelStore store,
        Map<String, Channel> channels,
        Intake intake,
        OutboxWorker outbox,
        Deliveries deliveries,
        AutoCloseable mailbox) {

    /**
     * A passive reply's outbox row waits this much beyond the window: the webhook's claim of the reply comes right
     * after the reply, so the worker cannot send it as well.
     */
    private static final Duration PASSIVE_MARGIN = Duration.ofSeconds(1);

    /**
     * Builds the channels of {@code config} on {@code database}; nothing runs until {@link #start}.
     *
     * @param redactor     takes secrets out of platform messages before they are stored
     * @param reopenWindow how long a chat whose conversation is back with Baton stays quiet before it starts a
     *                     new one
     */
    static Messaging wire(
            ChannelsConfig config,
            Database database,
            ConversationService service,
            UnaryOperator<String> redactor,
            ConversationEvents events,
            JdbcTicketStore tickets,
            Duration reopenWindow,
            Clock clock,
            DeliveryMeter meter) {
        JdbcChannelStore store = new JdbcChannelStore(database);
        Optional<EmailChannel> email = config.email()
                .map(e -> new EmailChannel(
                        e, config.delivery().timeout(), clock, new JdbcMailThreads(database, service::find, clock)));
        Map<String, Channel> channels = channels(config, clock, whatsappChats(store, service, tickets, email));
        email.ifPresent(e -> channels.put(EmailChannel.NAME, e));
        Intake intake = new Intake(
                store,
                service,
                redactor,
                holds(channels),
                reopenWindow,
                config.delivery().inboundLease(),
                clock,
                Executors.newSingleThreadScheduledExecutor(App.daemon("baton-intake")));
        OutboxWorker outbox = new OutboxWorker(
                store,
                channels,
                config.delivery(),
                clock,
                Executors.newSingleThreadScheduledExecutor(App.daemon("baton-outbox")),
                Executors.newFixedThreadPool(OutboxWorker.SENDERS, App.daemon("baton-outbox-send")),
                new SplittableRandom(),
                meter);
        // A committed bot or agent message may be due for a platform: look at once rather than at the next poll.
        if (!channels.isEmpty()) {
            events.subscribeAll((id, e) -> {
                if (e instanceof ConversationEvent.MessageAdded m && m.message().sender() != Sender.USER) {
                    outbox.wake();
                }
            });
        }
        Optional<MailboxWatcher> mailbox = email.flatMap(e -> config.email()
                .flatMap(EmailConfig::imap)
                .map(imap -> new MailboxWatcher(
                        imap,
                        config.delivery().timeout(),
                        e.taker(intake),
                        Executors.newSingleThreadScheduledExecutor(App.daemon("baton-mailbox")),
                        Executors.newSingleThreadScheduledExecutor(App.daemon("baton-mailbox-renew")))));
        return new Messaging(
                store,
                channels,
                intake,
                outbox,
                new Deliveries(store, outbox, tickets, clock),
                mailbox.<AutoCloseable>map(m -> m).orElse(() -> {}));
    }

    void start() {
        intake.start();
        outbox.start();
        if (mailbox instanceof MailboxWatcher watcher) {
            watcher.start();
        }
    }

    /** The platforms whose secrets are configured, by channel name. */
    private static Map<String, Channel> channels(ChannelsConfig c, Clock clock, WhatsappChats whatsappChats) {
        Map<String, Channel> channels = new LinkedHashMap<>();
        if (c.telegram().isEmpty()
                && c.slack().isEmpty()
                && c.wechat().isEmpty()
                && c.whatsapp().isEmpty()
                && c.generic().isEmpty()) {
            // No platform to call: an HTTP client would load TLS and its trust store at start for nothing.
            return channels;
        }
        Duration timeout = c.delivery().timeout();
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
        c.telegram().ifPresent(t -> channels.put("telegram", new TelegramChannel(t, http, timeout)));
        c.slack().ifPresent(t -> channels.put("slack", new SlackChannel(t, http, timeout, clock)));
        c.wechat().ifPresent(t -> channels.put("wechat", new WechatChannel(t, http, timeout, clock)));
        c.whatsapp()
                .ifPresent(t -> channels.put(
                        WhatsappChannel.NAME, new WhatsappChannel(t, http, timeout, clock, whatsappChats)));
        c.generic()
                .forEach((name, g) ->
                        channels.put("generic:" + name, new GenericChannel(name, g, http, timeout, clock)));
        return channels;
    }

    /**
     * What WhatsApp's 24-hour window and template language are judged from (the chat's deliveries, its
     * conversation), and, outside the window, the address on the conversation's ticket to mail instead.
     */
    private static WhatsappChats whatsappChats(
            JdbcChannelStore store, ConversationService service, TicketStore tickets, Optional<EmailChannel> email) {
        return WhatsappChats.of(
                chatId -> store.lastInbound(WhatsappChannel.NAME, chatId),
                conversationId -> service.find(conversationId).map(Conversation::language),
                delivery -> email.flatMap(mail -> service.find(delivery.conversationId())
                        .map(c -> c.memory().ticketId())
                        .flatMap(tickets::find)
                        .map(t -> t.details().email())
                        .map(address -> mail.send(new Delivery(
                                delivery.outboxId(),
                                EmailChannel.NAME,
                                address.strip().toLowerCase(Locale.ROOT),
                                delivery.conversationId(),
                                delivery.seq(),
                                delivery.sender(),
                                delivery.text(),
                                delivery.quickReplies())))));
    }

    /** How long each channel's replies wait for the webhook's own response to carry them (WeChat's passive reply). */
    private static Map<String, Duration> holds(Map<String, Channel> channels) {
        Map<String, Duration> holds = new LinkedHashMap<>();
        channels.forEach((name, ch) -> ch.passiveReplyWindow().ifPresent(w -> holds.put(name, w.plus(PASSIVE_MARGIN))));
        return holds;
    }
}
