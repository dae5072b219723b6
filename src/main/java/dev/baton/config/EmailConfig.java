package dev.baton.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Email as a channel: the SMTP server Baton sends from, and optionally the mailbox it reads (IMAP) and the
 * signing secret of the inbound-mail webhook. Off (no email at all) until the SMTP host is set; reading mail
 * needs sending, since replies go out by SMTP.
 *
 * @param webhookSecret the secret the inbound-mail webhook's {@code X-Baton-Signature} is made with, or null
 *                      when that webhook is off
 */
public record EmailConfig(Smtp smtp, Optional<Imap> imap, String webhookSecret) {

    /** What an address in the settings must look like (no display name: that is Baton's own). */
    static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    /** Shorter secrets can be guessed; as for the other webhooks' shared secrets. */
    public static final int MIN_SECRET_CHARS = 16;

    public EmailConfig {
        if (smtp == null) {
            throw new ConfigException("smtp.host must be set for email");
        }
        imap = imap == null ? Optional.empty() : imap;
        if (webhookSecret != null && webhookSecret.length() < MIN_SECRET_CHARS) {
            throw new ConfigException("email.webhookSecret must be at least " + MIN_SECRET_CHARS + " characters");
        }
    }

    /** How a mail connection is protected. */
    public enum Security {
        /** Plain text: only for a relay on the same host or a test server. */
        NONE(25, 143),
        /** Plain connection upgraded with STARTTLS, which must succeed. */
        STARTTLS(587, 143),
        /** TLS from the first byte (SMTPS, IMAPS). */
        TLS(465, 993);

        private final int smtpPort;
        private final int imapPort;

        Security(int smtpPort, int imapPort) {
            this.smtpPort = smtpPort;
            this.imapPort = imapPort;
        }

        public int smtpPort() {
            return smtpPort;
        }

        public int imapPort() {
            return imapPort;
        }

        static Security read(String text, String key) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(key + " must be none, starttls or tls: '" + text + "'");
            }
        }
    }

    /**
     * The SMTP server: {@code user} and {@code password} together or neither (no authentication).
     *
     * @param from the address Baton's mail comes from (and users' answers go back to)
     */
    public record Smtp(String host, int port, String user, String password, String from, Security security) {
        public Smtp {
            server(host, port, user, password, "smtp");
            if (from == null || from.length() > 254 || !ADDRESS.matcher(from).matches()) {
                throw new ConfigException(
                        "smtp.from must be an email address like help@wallet.example: '" + from + "'");
            }
        }

        /** Never the password. */
        @Override
        public String toString() {
            return "Smtp[" + security + " " + host + ":" + port + ", user=" + user + ", from=" + from + "]";
        }
    }

    /**
     * The mailbox users' mail arrives in. Its {@code INBOX} is watched with IDLE where the server has it and
     * looked at every {@code poll} otherwise; what was taken in is flagged seen.
     */
    public record Imap(String host, int port, String user, String password, Security security, Duration poll) {
        public Imap {
            server(host, port, user, password, "imap");
            if (user == null) {
                throw new ConfigException("imap.user and imap.password must be set to read a mailbox");
            }
            if (security == Security.STARTTLS && port == Security.TLS.imapPort()) {
                throw new ConfigException("imap.port 993 is IMAPS: set imap.security to tls");
            }
            if (poll == null || poll.isNegative() || poll.isZero()) {
                throw new ConfigException("imap.pollSeconds must be positive");
            }
        }

        /** Never the password. */
        @Override
        public String toString() {
            return "Imap[" + security + " " + host + ":" + port + ", user=" + user + ", poll=" + poll + "]";
        }
    }

    /** Never the webhook secret. */
    @Override
    public String toString() {
        return "EmailConfig[" + smtp + ", " + imap.map(Imap::toString).orElse("no mailbox") + ", webhook="
                + (webhookSecret == null ? "off" : "on") + "]";
    }

    private static void server(String host, int port, String user, String password, String prefix) {
        if (host == null || host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
            throw new ConfigException(prefix + ".host must be a host name: '" + host + "'");
        }
        if (port < 1 || port > 65_535) {
            throw new ConfigException(prefix + ".port must be 1 to 65535: " + port);
        }
        if ((user == null) != (password == null)) {
            throw new ConfigException(prefix + ".user and " + prefix + ".password go together: set both or neither");
        }
    }
}
