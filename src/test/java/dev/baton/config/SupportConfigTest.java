package dev.baton.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupportConfigTest {

    @TempDir
    Path dir;

    private SupportConfig fromEnv(Map<String, String> env) {
        return ConfigLoader.load(Optional.empty(), env, dir).support();
    }

    @Test
    void withNothingSetThereAreNoContactDetails() {
        assertThat(fromEnv(Map.of())).isEqualTo(SupportConfig.none());
    }

    @Test
    void everyDetailIsReadFromTheEnvironment() {
        SupportConfig support = fromEnv(Map.of(
                "BATON_SUPPORT_EMAIL", " help@wallet.example ",
                "BATON_SUPPORT_PHONE", "+86 (10) 8888-6666",
                "BATON_SUPPORT_WEBSITE", "https://wallet.example/support",
                "BATON_SUPPORT_APP_PATH_ZH", "我的 > 帮助与反馈",
                "BATON_SUPPORT_APP_PATH_EN", "Me > Help & Feedback",
                "BATON_SUPPORT_COMMUNITY", "Telegram=https://t.me/wallet, X=https://x.com/wallet"));

        assertThat(support.email()).isEqualTo("help@wallet.example");
        assertThat(support.phone()).isEqualTo("+86 (10) 8888-6666");
        assertThat(support.website()).isEqualTo(URI.create("https://wallet.example/support"));
        assertThat(support.appPathZh()).isEqualTo("我的 > 帮助与反馈");
        assertThat(support.appPathEn()).isEqualTo("Me > Help & Feedback");
        assertThat(support.community())
                .containsExactly(
                        new SupportConfig.Community("Telegram", URI.create("https://t.me/wallet")),
                        new SupportConfig.Community("X", URI.create("https://x.com/wallet")));
    }

    @Test
    void theFileHoldsThemUnderSupportWithTheCommunityAsAMappingOrAList() throws Exception {
        Path mapping = Files.writeString(dir.resolve("mapping.yaml"), """
                support:
                  email: help@wallet.example
                  appPathEn: Me > Help
                  community:
                    Telegram: https://t.me/wallet
                    X: https://x.com/wallet
                """);
        Path list = Files.writeString(dir.resolve("list.yaml"), """
                support:
                  community: ["Telegram=https://t.me/wallet", "X=https://x.com/wallet"]
                """);

        SupportConfig fromMapping =
                ConfigLoader.load(Optional.of(mapping), Map.of(), dir).support();
        SupportConfig fromList =
                ConfigLoader.load(Optional.of(list), Map.of(), dir).support();

        assertThat(fromMapping.email()).isEqualTo("help@wallet.example");
        assertThat(fromMapping.appPathEn()).isEqualTo("Me > Help");
        assertThat(fromMapping.community()).isEqualTo(fromList.community()).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "BATON_SUPPORT_EMAIL | help-at-wallet.example | support.email must be an email address",
                "BATON_SUPPORT_EMAIL | help@wallet | support.email must be an email address",
                "BATON_SUPPORT_EMAIL | help me@wallet.example | support.email must be an email address",
                "BATON_SUPPORT_PHONE | call 400-800 | support.phone must be a phone number of digits",
                "BATON_SUPPORT_PHONE | +() - | support.phone must be a phone number of digits",
                "BATON_SUPPORT_WEBSITE | http://wallet.example | support.website must be an https:// URL",
                "BATON_SUPPORT_WEBSITE | wallet.example | support.website must be an https:// URL",
                "BATON_SUPPORT_WEBSITE | https://wallet example | support.website must be an https:// URL",
                "BATON_SUPPORT_COMMUNITY | Telegram | support.community must be comma-separated name=https://URL",
                "BATON_SUPPORT_COMMUNITY | Telegram=http://t.me/x | support.community must be comma-separated",
                "BATON_SUPPORT_COMMUNITY | =https://t.me/x | support.community must be comma-separated",
                "BATON_SUPPORT_COMMUNITY | X=https://x.com/a,X=https://x.com/b | support.community names 'X' twice",
            })
    void aMalformedDetailStopsTheStartWithOneLineNamingTheSettingAndTheValue(
            String variable, String value, String message) {
        assertThatThrownBy(() -> fromEnv(Map.of(variable, value)))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(message)
                .hasMessageContaining(variable)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aBadValueInTheFileNamesTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("baton.yaml"), "support:\n  website: ftp://wallet.example\n");

        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(file), Map.of(), dir))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("support.website in " + file)
                .hasMessageContaining("ftp://wallet.example");
    }

    @Test
    void anAppPathIsOneLine() {
        assertThatThrownBy(() -> fromEnv(Map.of("BATON_SUPPORT_APP_PATH_EN", "Me >\nHelp")))
                .hasMessageContaining("support.appPathEn must be one line");
    }

    @Test
    void theOfflineCommandsReadTheSameDetailsFromTheEnvironment() {
        Map<String, String> env = Map.of("BATON_SUPPORT_EMAIL", "help@wallet.example");

        assertThat(ConfigLoader.support(env)).isEqualTo(fromEnv(env));
        assertThatThrownBy(() -> ConfigLoader.support(Map.of("BATON_SUPPORT_PHONE", "none")))
                .hasMessageContaining("BATON_SUPPORT_PHONE");
    }
}
