package dev.baton.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Email is off until an SMTP host is set; ports follow the chosen security; half a credential, a mailbox or
 * webhook without SMTP, and a bad address fail at start naming the setting; passwords never print.
 */
class EmailSettingsTest {

    private static Optional<EmailConfig> email(Map<String, String> env) {
        return ConfigLoader.load(Optional.empty(), env).channels().email();
    }

    private static Map<String, String> smtp(String... more) {
        Map<String, String> env = new HashMap<>(Map.of(
                "BATON_SMTP_HOST", "smtp.wallet.example",
                "BATON_SMTP_FROM", "help@wallet.example"));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    @Test
    void offWithoutAnSmtpHost() {
        assertThat(email(Map.of())).isEmpty();
    }

    @Test
    void portsFollowTheSecurityUnlessSet() {
        EmailConfig starttls = email(smtp()).orElseThrow();
        assertThat(starttls.smtp().port()).isEqualTo(587);
        assertThat(starttls.smtp().security()).isEqualTo(EmailConfig.Security.STARTTLS);
        assertThat(starttls.imap()).isEmpty();
        assertThat(email(smtp("BATON_SMTP_SECURITY", "tls"))
                        .orElseThrow()
                        .smtp()
                        .port())
                .isEqualTo(465);
        assertThat(email(smtp("BATON_SMTP_SECURITY", "NONE", "BATON_SMTP_PORT", "2525"))
                        .orElseThrow()
                        .smtp()
                        .port())
                .isEqualTo(2525);

        EmailConfig.Imap imap = email(smtp(
                        "BATON_IMAP_HOST", "imap.wallet.example",
                        "BATON_IMAP_USER", "help",
                        "BATON_IMAP_PASSWORD", "mailbox-pass"))
                .orElseThrow()
                .imap()
                .orElseThrow();
        assertThat(imap.port()).isEqualTo(993);
        assertThat(imap.security()).isEqualTo(EmailConfig.Security.TLS);
        assertThat(imap.poll()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void passwordsAndTheWebhookSecretNeverPrint() {
        EmailConfig config = email(smtp(
                        "BATON_SMTP_USER", "help",
                        "BATON_SMTP_PASSWORD", "smtp-pass-123",
                        "BATON_IMAP_HOST", "imap.wallet.example",
                        "BATON_IMAP_USER", "help",
                        "BATON_IMAP_PASSWORD", "imap-pass-456",
                        "BATON_EMAIL_WEBHOOK_SECRET", "relay-secret-0123456789"))
                .orElseThrow();

        assertThat(config.toString())
                .doesNotContain("smtp-pass-123", "imap-pass-456", "relay-secret")
                .contains("smtp.wallet.example", "imap.wallet.example", "webhook=on");
    }

    @Test
    void badSettingsFailNamingTheSetting() {
        assertThatThrownBy(() -> email(Map.of("BATON_IMAP_HOST", "imap.wallet.example")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("smtp.host");
        assertThatThrownBy(() -> email(smtp("BATON_SMTP_USER", "help")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("smtp.user and smtp.password");
        assertThatThrownBy(() -> email(Map.of("BATON_SMTP_HOST", "smtp.wallet.example")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("smtp.from");
        assertThatThrownBy(() -> email(smtp("BATON_SMTP_SECURITY", "ssl")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("smtp.security");
        assertThatThrownBy(() -> email(smtp("BATON_SMTP_PORT", "70000")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("smtp.port");
        assertThatThrownBy(() -> email(smtp("BATON_IMAP_HOST", "imap.wallet.example")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("imap.user");
        assertThatThrownBy(() -> email(smtp("BATON_EMAIL_WEBHOOK_SECRET", "short")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("email.webhookSecret")
                .hasMessageNotContaining("short");
        assertThatThrownBy(() -> email(smtp("BATON_EMAIL_FIRST_RESPONSE_SECONDS", "0")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("handoff.emailFirstResponseSeconds");
    }
}
