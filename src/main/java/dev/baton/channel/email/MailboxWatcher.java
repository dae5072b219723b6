package dev.baton.channel.email;

import dev.baton.config.EmailConfig;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Properties;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a mailbox's {@code INBOX} over IMAP and hands each unseen message, as raw bytes, to {@link Taker}; a
 * message is flagged seen only after the taker has stored it durably, and is read without setting the flag
 * (PEEK), so a crash in between means it is read again and recognised as a duplicate, never lost. Waits with
 * IDLE where the server has it (renewed every poll period, which also keeps the connection alive) and polls
 * otherwise; a mailbox that is down is tried again with a backoff up to the poll period.
 */
public final class MailboxWatcher implements AutoCloseable {

    /** What is done with one message. */
    @FunctionalInterface
    public interface Taker {
        /** Stores the message durably (or decides to drop it); false leaves it unseen, to be read again. */
        boolean take(byte[] raw);
    }

    /** The most read of one message: beyond this only its headers are handed on (with no body). */
    static final int MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

    private static final int BATCH = 50;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Logger LOG = LoggerFactory.getLogger(MailboxWatcher.class);

    private final EmailConfig.Imap imap;
    private final Session session;
    private final String protocol;
    private final Taker taker;
    private final ScheduledExecutorService worker;
    private final ScheduledExecutorService watchdog;
    private volatile Store store;
    private volatile Folder inbox;
    private volatile boolean closing;
    private Duration backoff = FIRST_BACKOFF;
    private ScheduledFuture<?> renewal;

    /**
     * @param worker   one thread: it holds the IMAP connection and blocks in IDLE
     * @param watchdog renews IDLE every poll period (any other command ends it)
     */
    public MailboxWatcher(
            EmailConfig.Imap imap,
            Duration timeout,
            Taker taker,
            ScheduledExecutorService worker,
            ScheduledExecutorService watchdog) {
        this.imap = imap;
        this.protocol = imap.security() == EmailConfig.Security.TLS ? "imaps" : "imap";
        this.session = Session.getInstance(properties(imap, protocol, timeout));
        this.taker = taker;
        this.worker = worker;
        this.watchdog = watchdog;
    }

    public MailboxWatcher start() {
        worker.execute(this::round);
        long every = imap.poll().toMillis();
        renewal = watchdog.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
        return this;
    }

    /** One round: connect if needed, take what is unseen, then wait for news (IDLE) or the next poll. */
    private void round() {
        if (closing) {
            return;
        }
        try {
            Folder folder = open();
            takeUnseen(folder);
            backoff = FIRST_BACKOFF;
            if (folder instanceof IMAPFolder idling && ((IMAPStore) store).hasCapability("IDLE")) {
                idling.idle(true);
                again(Duration.ZERO);
            } else {
                again(imap.poll());
            }
        } catch (MessagingException | RuntimeException e) {
            if (!closing) {
                LOG.warn(
                        "mailbox {}@{} unavailable, trying again in {} ms: {}",
                        imap.user(),
                        imap.host(),
                        backoff.toMillis(),
                        e.toString());
            }
            disconnect();
            again(backoff);
            backoff = min(backoff.multipliedBy(2), imap.poll());
        }
    }

    private void takeUnseen(Folder folder) throws MessagingException {
        while (!closing) {
            Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
            if (unseen.length == 0) {
                return;
            }
            Message[] batch = Arrays.copyOf(unseen, Math.min(BATCH, unseen.length));
            FetchProfile sizes = new FetchProfile();
            sizes.add(FetchProfile.Item.SIZE);
            folder.fetch(batch, sizes);
            int taken = 0;
            for (Message m : batch) {
                if (closing) {
                    return;
                }
                if (taker.take(raw(m))) {
                    m.setFlag(Flags.Flag.SEEN, true);
                    taken++;
                }
            }
            if (taken == 0) {
                return;
            }
        }
    }

    /** The message as sent, or only its headers when it is larger than {@link #MAX_MESSAGE_BYTES}. */
    private static byte[] raw(Message m) throws MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (m.getSize() <= MAX_MESSAGE_BYTES) {
                m.writeTo(out);
                return out.toByteArray();
            }
            for (Enumeration<String> lines = ((MimeMessage) m).getAllHeaderLines(); lines.hasMoreElements(); ) {
                out.writeBytes((lines.nextElement() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            return out.toByteArray();
        } catch (IOException e) {
            throw new MessagingException("cannot read message " + m.getMessageNumber(), e);
        }
    }

    private Folder open() throws MessagingException {
        Folder folder = inbox;
        if (folder != null && folder.isOpen()) {
            return folder;
        }
        disconnect();
        Store s = session.getStore(protocol);
        s.connect(imap.host(), imap.port(), imap.user(), imap.password());
        store = s;
        Folder f = s.getFolder("INBOX");
        f.open(Folder.READ_WRITE);
        inbox = f;
        LOG.info("watching mailbox {}@{}:{}", imap.user(), imap.host(), imap.port());
        return f;
    }

    /** Ends a long IDLE so the round starts again (and a dead connection shows). */
    private void renew() {
        Folder folder = inbox;
        if (folder == null || closing) {
            return;
        }
        try {
            folder.getMessageCount();
        } catch (MessagingException | RuntimeException e) {
            LOG.debug("mailbox renewal: {}", e.toString());
        }
    }

    private void again(Duration after) {
        if (closing) {
            return;
        }
        try {
            worker.schedule(this::round, after.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // Closing.
        }
    }

    private void disconnect() {
        Folder f = inbox;
        Store s = store;
        inbox = null;
        store = null;
        try {
            if (f != null && f.isOpen()) {
                f.close(false);
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.debug("closing the inbox: {}", e.toString());
        }
        try {
            if (s != null) {
                s.close();
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.debug("closing the mailbox connection: {}", e.toString());
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Stops watching: a message being taken finishes (it is either stored or left unseen). */
    @Override
    public void close() {
        closing = true;
        if (renewal != null) {
            renewal.cancel(false);
        }
        watchdog.shutdownNow();
        // Closing the connection ends an IDLE in progress.
        Store s = store;
        try {
            if (s != null) {
                s.close();
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.debug("closing the mailbox connection: {}", e.toString());
        }
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.shutdownNow();
        }
        disconnect();
    }

    private static Properties properties(EmailConfig.Imap imap, String protocol, Duration timeout) {
        Properties p = new Properties();
        String prefix = "mail." + protocol + ".";
        String millis = String.valueOf(timeout.toMillis());
        p.put(prefix + "connectiontimeout", millis);
        p.put(
                prefix + "timeout",
                String.valueOf(Math.max(timeout.toMillis(), imap.poll().toMillis() * 2)));
        p.put(prefix + "writetimeout", millis);
        // Reading a message must not flag it seen: only a durable take does.
        p.put(prefix + "peek", "true");
        if (imap.security() == EmailConfig.Security.STARTTLS) {
            p.put(prefix + "starttls.enable", "true");
            p.put(prefix + "starttls.required", "true");
        }
        if (imap.security() != EmailConfig.Security.NONE) {
            p.put(prefix + "ssl.checkserveridentity", "true");
        }
        return p;
    }
}
