package dev.baton.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void withNothingConfiguredBatonServesOnPort7070WithTheEmbeddedStoreInData() {
        BatonConfig config = ConfigLoader.load(Optional.empty(), Map.of());

        assertThat(config.http().port()).isEqualTo(7070);
        assertThat(config.store().embedded()).isTrue();
        assertThat(config.store().dataDir()).isEqualTo(Path.of("./data"));
        assertThat(config.limits().maxBodyBytes()).isEqualTo(16_384);
        assertThat(config.nlu().corpusDir()).isEqualTo(Path.of("faq-corpus"));
        assertThat(config.handoff().handlingTime()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void theEnvironmentOverridesTheFileWhichOverridesTheDefaults() throws Exception {
        Path file = Files.writeString(dir.resolve("baton.yaml"), """
                http:
                  port: 8080
                  corsOrigins: [https://wallet.example, https://help.wallet.example]
                store:
                  dataDir: /var/lib/baton
                limits:
                  ipRequestsPerMinute: 100
                """);

        BatonConfig config = ConfigLoader.load(Optional.of(file), Map.of("BATON_PORT", "9090",
                "BATON_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test", "BATON_DB_USER", "postgres"));

        assertThat(config.http().port()).isEqualTo(9090);
        assertThat(config.http().corsOrigins()).containsExactly("https://wallet.example", "https://help.wallet.example");
        assertThat(config.store().dataDir()).isEqualTo(Path.of("/var/lib/baton"));
        assertThat(config.store().embedded()).isFalse();
        assertThat(config.store().user()).isEqualTo("postgres");
        assertThat(config.limits().ipRequestsPerMinute()).isEqualTo(100);
    }

    @Test
    void aMalformedPortNamesTheSettingAndWhereItCameFrom() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("BATON_PORT", "seventy")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("http.port").hasMessageContaining("BATON_PORT").hasMessageContaining("seventy");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("BATON_PORT", "70000")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("between 0 and 65535");
    }

    @Test
    void aDatabaseUrlThatIsNotPostgresIsRefused() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("BATON_DB_URL", "mysql://x")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("jdbc:postgresql:");
    }

    @Test
    void anUnknownKeyInTheFileIsAnErrorNotSilentlyIgnored() throws Exception {
        Path file = Files.writeString(dir.resolve("baton.yaml"), "http:\n  prot: 8080\n");

        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(file), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("http.prot");
    }

    @Test
    void aMissingOrBrokenFileIsAClearError() throws Exception {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(dir.resolve("nope.yaml")), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("nope.yaml");
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "http: [unclosed\n");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(broken), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("broken.yaml");
    }

    @Test
    void handoffSettingsHaveTheIssueDefaultsAndAreChecked() throws Exception {
        HandoffConfig defaults = ConfigLoader.load(Optional.empty(), Map.of()).handoff();
        assertThat(defaults.urgentFirstResponse()).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.normalFirstResponse()).isEqualTo(Duration.ofMinutes(60));
        assertThat(defaults.agentCapacity()).isEqualTo(3);
        assertThat(defaults.autoAssign()).isFalse();

        Path file = Files.writeString(dir.resolve("handoff.yaml"), """
                handoff:
                  autoAssign: true
                  agentCapacity: 5
                  emailOfferAfterSeconds: 120
                """);
        HandoffConfig set = ConfigLoader.load(Optional.of(file), Map.of("BATON_REOPEN_WINDOW_SECONDS", "3600")).handoff();
        assertThat(set.autoAssign()).isTrue();
        assertThat(set.agentCapacity()).isEqualTo(5);
        assertThat(set.emailOfferAfter()).isEqualTo(Duration.ofMinutes(2));
        assertThat(set.reopenWindow()).isEqualTo(Duration.ofHours(1));

        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("BATON_AUTO_ASSIGN", "maybe")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("handoff.autoAssign")
                .hasMessageContaining("maybe");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("BATON_URGENT_FIRST_RESPONSE_SECONDS", "0")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("handoff.urgentFirstResponseSeconds");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("BATON_AGENT_CAPACITY", "0")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("handoff.agentCapacity");
    }
}
