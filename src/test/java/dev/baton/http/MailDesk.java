package dev.baton.http;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.baton.testing.Poll;
import dev.baton.testing.TcpOutage;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A real mail server for the email tests (GreenMail, SMTP and IMAP on loopback) holding the help desk's mailbox,
 * reached by Baton through relays a test can cut ({@link #down}, {@link #up}); and the users' side of it: their
 * mail clients send fresh mail and answers that quote and thread as real clients do, and read what they got.
 */
final class MailDesk implements AutoCloseable {

    static final String ADDRESS = "help@wallet.example";
    static final Duration WAIT = Duration.ofSeconds(30);

    private final int smtpPort;
    private final GreenMail mail;
    private final TcpOutage smtpLink;
    private final TcpOutage imapLink;

    MailDesk() {
        smtpPort = freePort();
        int imapPort = freePort();
        mail = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
        });
        mail.start();
        mail.setUser(ADDRESS, "help", "desk-password");
        smtpLink = TcpOutage.to(smtpPort);
        imapLink = TcpOutage.to(imapPort);
    }

    /** Baton's settings for this desk: plain connections through the relays, the mailbox polled every second. */
    Map<String, String> settings() {
        return Map.ofEntries(
                Map.entry("BATON_SMTP_HOST", "127.0.0.1"),
                Map.entry("BATON_SMTP_PORT", String.valueOf(smtpLink.port())),
                Map.entry("BATON_SMTP_SECURITY", "none"),
                Map.entry("BATON_SMTP_FROM", ADDRESS),
                Map.entry("BATON_IMAP_HOST", "127.0.0.1"),
                Map.entry("BATON_IMAP_PORT", String.valueOf(imapLink.port())),
                Map.entry("BATON_IMAP_SECURITY", "none"),
                Map.entry("BATON_IMAP_USER", "help"),
                Map.entry("BATON_IMAP_PASSWORD", "desk-password"),
                Map.entry("BATON_IMAP_POLL_SECONDS", "1"),
                Map.entry("BATON_DELIVERY_FIRST_BACKOFF_MILLIS", "50"),
                Map.entry("BATON_DELIVERY_MAX_BACKOFF_SECONDS", "1"),
                Map.entry("BATON_DELIVERY_MAX_ATTEMPTS", "100"));
    }

    /** Baton can reach neither SMTP nor IMAP; users still can. */
    void down() {
        smtpLink.down();
        imapLink.down();
    }

    void up() {
        smtpLink.up();
        imapLink.up();
    }

    /** The mails {@code address} has received, once there are at least {@code atLeast}. */
    List<MimeMessage> mailsTo(String address, int atLeast) {
        return Poll.until(atLeast + " mails to " + address, WAIT, () -> {
            List<MimeMessage> got = new ArrayList<>(Arrays.asList(mail.getReceivedMessagesForDomain(address)));
            return got.size() >= atLeast ? got : null;
        });
    }

    int count(String address) {
        return mail.getReceivedMessagesForDomain(address).length;
    }

    /** A new mail to the desk, with the Message-ID {@code id}, not sent yet. */
    MimeMessage fresh(String from, String subject, String text, String id) throws MessagingException {
        MimeMessage m = withId(id);
        m.setFrom(new InternetAddress(from));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(ADDRESS));
        m.setSubject(subject, "UTF-8");
        m.setText(text, "UTF-8");
        return m;
    }

    void send(MimeMessage m) throws MessagingException {
        Transport.send(m);
    }

    /** Answers a mail as a mail client does: quoting it under a Chinese attribution, threaded on its Message-ID. */
    void answer(String from, MimeMessage to, String text, String id) throws MessagingException, IOException {
        MimeMessage reply = withId("<" + id + "." + System.nanoTime() + "@example.com>");
        reply.setFrom(new InternetAddress(from, "李先生", "UTF-8"));
        reply.setRecipient(Message.RecipientType.TO, new InternetAddress(ADDRESS));
        reply.setSubject("回复：" + to.getSubject(), "UTF-8");
        reply.setHeader("In-Reply-To", to.getMessageID());
        reply.setHeader("References", to.getMessageID());
        String quoted = text(to).lines().map(l -> "> " + l).reduce("", (a, b) -> a + b + "\n");
        reply.setText(text + "\n\n在 2026年12月7日 10:00，钱包客服 <" + ADDRESS + "> 写道：\n" + quoted, "UTF-8");
        Transport.send(reply);
    }

    /** A mail's plain text. */
    static String text(MimeMessage m) throws MessagingException, IOException {
        Object content = m.getContent();
        if (content instanceof String s) {
            return s;
        }
        Multipart parts = (Multipart) content;
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("text/plain")) {
                return (String) parts.getBodyPart(i).getContent();
            }
        }
        return String.valueOf(parts.getBodyPart(0).getContent());
    }

    /** A message that keeps {@code id} as its Message-ID when sent, as a mail client's does. */
    private MimeMessage withId(String id) {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(smtpPort));
        return new MimeMessage(Session.getInstance(props)) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", id);
            }
        };
    }

    @Override
    public void close() {
        smtpLink.close();
        imapLink.close();
        mail.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
