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
    void withNothingConfiguredBatonServesOnPort7070WithTheEmbeddedStoreInDataUnderItsHome() {
        BatonConfig config = ConfigLoader.load(Optional.empty(), Map.of(), dir);

        assertThat(config.http().port()).isEqualTo(7070);
        assertThat(config.home()).isEqualTo(dir);
        assertThat(config.store().embedded()).isTrue();
        assertThat(config.store().dataDir()).isEqualTo(dir.resolve("data"));
        assertThat(config.limits().maxBodyBytes()).isEqualTo(16_384);
        assertThat(config.nlu().corpusDir()).isEqualTo(dir.resolve("faq-corpus"));
        assertThat(config.nlu().modelsDir()).isEqualTo(dir.resolve("models"));
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

        BatonConfig config = ConfigLoader.load(
                Optional.of(file),
                Map.of(
                        "BATON_PORT",
                        "9090",
                        "BATON_DB_URL",
                        "jdbc:postgresql://127.0.0.1:5432/test",
                        "BATON_DB_USER",
                        "postgres"));

        assertThat(config.http().port()).isEqualTo(9090);
        assertThat(config.http().corsOrigins())
                .containsExactly("https://wallet.example", "https://help.wallet.example");
        assertThat(config.store().dataDir()).isEqualTo(Path.of("/var/lib/baton"));
        assertThat(config.nlu().corpusDir()).isAbsolute();
        assertThat(config.store().embedded()).isFalse();
        assertThat(config.store().user()).isEqualTo("postgres");
        assertThat(config.limits().ipRequestsPerMinute()).isEqualTo(100);
    }

    @Test
    void batonHomeMovesEveryDirectoryThatIsNotSetOnItsOwn() {
        Path home = dir.resolve("home");

        BatonConfig config = ConfigLoader.load(
                Optional.empty(),
                Map.of(
                        "BATON_HOME",
                        home.toString(),
                        "BATON_MODELS_DIR",
                        "trained/models",
                        "BATON_CORPUS_DIR",
                        dir.resolve("corpus").toString()),
                dir.resolve("installed"));

        assertThat(config.home()).isEqualTo(home);
        assertThat(config.store().dataDir()).isEqualTo(home.resolve("data"));
        assertThat(config.nlu().modelsDir()).as("relative: under the home").isEqualTo(home.resolve("trained/models"));
        assertThat(config.nlu().corpusDir()).as("absolute: as given").isEqualTo(dir.resolve("corpus"));
    }

    @Test
    void theOfflineCommandsFindTheCorpusAndModelsAsTheServerDoes() {
        Map<String, String> env = Map.of("BATON_MODELS_DIR", "trained/models", "BATON_PORT", "not read");

        NluConfig nlu = ConfigLoader.nlu(env, dir);

        assertThat(nlu.corpusDir()).isEqualTo(dir.resolve("faq-corpus"));
        assertThat(nlu.modelsDir()).isEqualTo(dir.resolve("trained/models"));
        assertThat(nlu)
                .isEqualTo(ConfigLoader.load(Optional.empty(), Map.of("BATON_MODELS_DIR", "trained/models"), dir)
                        .nlu());
    }

    @Test
    void theHomeCanBeSetInTheFileAndTheEnvironmentOverridesIt() throws Exception {
        Path file = Files.writeString(
                dir.resolve("baton.yaml"), "home: " + dir.resolve("from-file") + "\n" + "store:\n  dataDir: db\n");

        BatonConfig fromFile = ConfigLoader.load(Optional.of(file), Map.of(), dir.resolve("installed"));
        assertThat(fromFile.store().dataDir()).isEqualTo(dir.resolve("from-file/db"));
        assertThat(fromFile.nlu().modelsDir()).isEqualTo(dir.resolve("from-file/models"));

        BatonConfig fromEnv = ConfigLoader.load(
                Optional.of(file), Map.of("BATON_HOME", dir.resolve("env").toString()), dir.resolve("installed"));
        assertThat(fromEnv.store().dataDir()).isEqualTo(dir.resolve("env/db"));
    }

    @Test
    void aRelativeHomeIsTakenFromTheWorkingDirectory() {
        BatonConfig config = ConfigLoader.load(Optional.empty(), Map.of("BATON_HOME", "some/home"), dir);

        assertThat(config.home())
                .isEqualTo(Path.of("some/home").toAbsolutePath().normalize());
        assertThat(config.store().dataDir())
                .isEqualTo(Path.of("some/home/data").toAbsolutePath().normalize());
    }

    @Test
    void aHomeInTheFileThatIsNotAPathIsAnError() throws Exception {
        Path file = Files.writeString(dir.resolve("baton.yaml"), "home: [a, b]\n");

        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(file), Map.of(), dir))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'home'");
    }

    @Test
    void aMalformedPortNamesTheSettingAndWhereItCameFrom() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("BATON_PORT", "seventy")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("http.port")
                .hasMessageContaining("BATON_PORT")
                .hasMessageContaining("seventy");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("BATON_PORT", "70000")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("between 0 and 65535");
    }

    @Test
    void aDatabaseUrlThatIsNotPostgresIsRefused() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("BATON_DB_URL", "mysql://x")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("jdbc:postgresql:");
    }

    @Test
    void anUnknownKeyInTheFileIsAnErrorNotSilentlyIgnored() throws Exception {
        Path file = Files.writeString(dir.resolve("baton.yaml"), "http:\n  prot: 8080\n");

        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(file), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("http.prot");
    }

    @Test
    void aMissingOrBrokenFileIsAClearError() throws Exception {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(dir.resolve("nope.yaml")), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("nope.yaml");
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "http: [unclosed\n");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(broken), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("broken.yaml");
    }

    @Test
    void emptyConversationsLiveAnHourUnlessSetAndTheSettingIsChecked() {
        assertThat(ConfigLoader.load(Optional.empty(), Map.of()).limits().emptyConversationTtl())
                .isEqualTo(Duration.ofHours(1));
        assertThat(ConfigLoader.load(Optional.empty(), Map.of("BATON_EMPTY_CONVERSATION_TTL_SECONDS", "600"))
                        .limits()
                        .emptyConversationTtl())
                .isEqualTo(Duration.ofMinutes(10));

        assertThatThrownBy(
                        () -> ConfigLoader.load(Optional.empty(), Map.of("BATON_EMPTY_CONVERSATION_TTL_SECONDS", "59")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("limits.emptyConversationTtlSeconds")
                .hasMessageContaining("between 60 and 2592000");
        assertThatThrownBy(
                        () -> ConfigLoader.load(Optional.empty(), Map.of("BATON_EMPTY_CONVERSATION_TTL_SECONDS", "1h")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("limits.emptyConversationTtlSeconds")
                .hasMessageContaining("BATON_EMPTY_CONVERSATION_TTL_SECONDS");
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
        HandoffConfig set = ConfigLoader.load(Optional.of(file), Map.of("BATON_REOPEN_WINDOW_SECONDS", "3600"))
                .handoff();
        assertThat(set.autoAssign()).isTrue();
        assertThat(set.agentCapacity()).isEqualTo(5);
        assertThat(set.emailOfferAfter()).isEqualTo(Duration.ofMinutes(2));
        assertThat(set.reopenWindow()).isEqualTo(Duration.ofHours(1));

        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("BATON_AUTO_ASSIGN", "maybe")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("handoff.autoAssign")
                .hasMessageContaining("maybe");
        assertThatThrownBy(
                        () -> ConfigLoader.load(Optional.empty(), Map.of("BATON_URGENT_FIRST_RESPONSE_SECONDS", "0")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("handoff.urgentFirstResponseSeconds");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("BATON_AGENT_CAPACITY", "0")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("handoff.agentCapacity");
    }

    @Test
    void aChannelIsOnOnlyWithItsSecretAndNeedsItsCredentials() throws Exception {
        ChannelsConfig none = ConfigLoader.load(Optional.empty(), Map.of()).channels();
        assertThat(none.telegram()).isEmpty();
        assertThat(none.slack()).isEmpty();
        assertThat(none.wechat()).isEmpty();
        assertThat(none.generic()).isEmpty();

        ChannelsConfig on = ConfigLoader.load(
                        Optional.empty(),
                        Map.of(
                                "BATON_TELEGRAM_SECRET",
                                "s",
                                "BATON_TELEGRAM_BOT_TOKEN",
                                "1:x",
                                "BATON_GENERIC_ACME_SECRET",
                                "k",
                                "BATON_GENERIC_ACME_CALLBACK_URL",
                                "https://acme.example/hook",
                                "BATON_DELIVERY_MAX_ATTEMPTS",
                                "5"))
                .channels();
        assertThat(on.telegram().orElseThrow().apiUrl()).hasToString("https://api.telegram.org");
        assertThat(on.generic()).containsOnlyKeys("acme");
        assertThat(on.delivery().maxAttempts()).isEqualTo(5);

        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("BATON_TELEGRAM_SECRET", "s")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("telegram.botToken");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("BATON_GENERIC_ACME_SECRET", "k")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("callbackUrl");
        assertThatThrownBy(() -> ConfigLoader.load(
                        Optional.empty(),
                        Map.of(
                                "BATON_SLACK_SIGNING_SECRET",
                                "s",
                                "BATON_SLACK_BOT_TOKEN",
                                "xoxb",
                                "BATON_SLACK_API_URL",
                                "ftp://nope")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("http(s) URL");
        assertThatThrownBy(() -> ConfigLoader.load(
                        Optional.empty(), Map.of("BATON_WECHAT_TOKEN", "t", "BATON_WECHAT_APP_ID", "wx1")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("appSecret");

        Path file = Files.writeString(dir.resolve("channels.yaml"), """
                wechat:
                  token: tok
                generic:
                  shop-app:
                    secret: abc
                    callbackUrl: https://shop.example/baton
                """);
        ChannelsConfig fromFile = ConfigLoader.load(Optional.of(file), Map.of()).channels();
        assertThat(fromFile.wechat().orElseThrow().canPush()).isFalse();
        assertThat(fromFile.generic().get("shop-app").callbackUrl()).hasToString("https://shop.example/baton");
    }
}
