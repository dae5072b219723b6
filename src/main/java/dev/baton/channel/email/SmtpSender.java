package dev.baton.channel.email;

import dev.baton.channel.DeliveryResult;
import dev.baton.config.EmailConfig;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Sends one message over SMTP and says how it went as a {@link DeliveryResult}: a server that cannot be reached,
 * a timeout or a 4xx answer is tried again later; a 5xx refusal of the message or of its only recipient is final.
 * One connection per message: mail is a few messages a minute, not a stream.
 */
final class SmtpSender {

    private final EmailConfig.Smtp smtp;
    private final Session session;
    private final String protocol;

    SmtpSender(EmailConfig.Smtp smtp, Duration timeout) {
        this.smtp = smtp;
        this.protocol = smtp.security() == EmailConfig.Security.TLS ? "smtps" : "smtp";
        this.session = Session.getInstance(properties(smtp, protocol, timeout));
    }

    /** The session messages are built in (no transport of its own is used outside this class). */
    Session session() {
        return session;
    }

    DeliveryResult send(MimeMessage message) {
        try (Transport transport = session.getTransport(protocol)) {
            transport.connect(smtp.host(), smtp.port(), smtp.user(), smtp.password());
            transport.sendMessage(message, message.getAllRecipients());
            return new DeliveryResult.Delivered();
        } catch (SMTPSendFailedException e) {
            return byCode(e.getReturnCode(), "SMTP refused the message: " + oneLine(e));
        } catch (SMTPAddressFailedException e) {
            return byCode(e.getReturnCode(), "SMTP refused the recipient: " + oneLine(e));
        } catch (SendFailedException e) {
            Exception next = e.getNextException();
            if (next instanceof SMTPAddressFailedException a) {
                return byCode(a.getReturnCode(), "SMTP refused the recipient: " + oneLine(a));
            }
            return e.getValidSentAddresses() == null && e.getInvalidAddresses() != null
                    ? new DeliveryResult.Failed("invalid recipient address: " + oneLine(e))
                    : new DeliveryResult.Retry("SMTP send failed: " + oneLine(e), null);
        } catch (AuthenticationFailedException e) {
            return new DeliveryResult.Retry("SMTP authentication failed (check smtp.user and smtp.password)", null);
        } catch (MessagingException e) {
            return new DeliveryResult.Retry("SMTP server " + smtp.host() + ":" + smtp.port() + ": " + oneLine(e), null);
        }
    }

    private static DeliveryResult byCode(int code, String what) {
        return code >= 500 && code < 600 ? new DeliveryResult.Failed(what) : new DeliveryResult.Retry(what, null);
    }

    /** The first line of an exception's message and its cause's: never a password, which SMTP never echoes. */
    private static String oneLine(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            text.append(": ").append(e.getMessage().lines().findFirst().orElse(""));
        }
        Throwable cause = e.getCause();
        if (cause != null && cause != e) {
            text.append(" (").append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage().lines().findFirst().orElse(""));
            }
            text.append(')');
        }
        return text.toString();
    }

    private static Properties properties(EmailConfig.Smtp smtp, String protocol, Duration timeout) {
        Properties p = new Properties();
        String prefix = "mail." + protocol + ".";
        String millis = String.valueOf(timeout.toMillis());
        p.put(prefix + "connectiontimeout", millis);
        p.put(prefix + "timeout", millis);
        p.put(prefix + "writetimeout", millis);
        p.put(prefix + "auth", String.valueOf(smtp.user() != null));
        p.put(prefix + "from", smtp.from());
        if (smtp.security() == EmailConfig.Security.STARTTLS) {
            p.put(prefix + "starttls.enable", "true");
            p.put(prefix + "starttls.required", "true");
        }
        if (smtp.security() != EmailConfig.Security.NONE) {
            p.put(prefix + "ssl.checkserveridentity", "true");
        }
        return p;
    }
}
