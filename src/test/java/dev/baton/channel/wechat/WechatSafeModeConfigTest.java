package dev.baton.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.channel.wechat.WechatVectors.Official;
import dev.baton.config.ChannelsConfig;
import dev.baton.config.ConfigException;
import dev.baton.config.ConfigLoader;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The safe-mode settings: the EncodingAESKey turns it on, is checked without being echoed, and needs the app id. */
class WechatSafeModeConfigTest {

    @Test
    void theKeyTurnsSafeModeOnAndTheAppIdAloneIsEnough() {
        ChannelsConfig.Wechat wechat = load(Map.of(
                "BATON_WECHAT_ENCODING_AES_KEY", " " + Official.KEY + "\n", "BATON_WECHAT_APP_ID", Official.APP_ID));

        assertThat(wechat.safeMode()).isTrue();
        assertThat(wechat.encodingAesKey()).isEqualTo(Official.KEY);
        assertThat(wechat.canPush())
                .as("passive replies only, without the app secret")
                .isFalse();
    }

    @Test
    void withoutTheKeyItIsPlainMode() {
        assertThat(load(Map.of()).safeMode()).isFalse();
    }

    @Test
    void aKeyOfTheWrongLengthIsRefusedWithoutBeingQuoted() {
        String key = Official.KEY.substring(1);

        assertThatThrownBy(() -> load(Map.of("BATON_WECHAT_ENCODING_AES_KEY", key, "BATON_WECHAT_APP_ID", "wx1")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("wechat.encodingAesKey")
                .hasMessageContaining("43")
                .hasMessageContaining("42 characters")
                .message()
                .doesNotContain(key);
    }

    @Test
    void aKeyWithCharactersOutsideBase64IsRefusedWithoutBeingQuoted() {
        for (String key : new String[] {Official.KEY.replace('G', '-'), Official.KEY.substring(1) + "="}) {
            assertThatThrownBy(() -> load(Map.of("BATON_WECHAT_ENCODING_AES_KEY", key, "BATON_WECHAT_APP_ID", "wx1")))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("wechat.encodingAesKey")
                    .hasMessageContaining("not all of them letters, digits")
                    .message()
                    .doesNotContain(key);
        }
    }

    @Test
    void safeModeNeedsTheAppId() {
        assertThatThrownBy(() -> load(Map.of("BATON_WECHAT_ENCODING_AES_KEY", Official.KEY)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("wechat.appId")
                .hasMessageContaining("wechat.encodingAesKey")
                .message()
                .doesNotContain(Official.KEY);
    }

    @Test
    void theAppSecretStillNeedsTheAppId() {
        assertThatThrownBy(() -> load(Map.of("BATON_WECHAT_APP_SECRET", "s3cr3t")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("wechat.appId");
    }

    @Test
    void printedSettingsShowNoSecret() {
        ChannelsConfig.Wechat wechat = load(Map.of(
                "BATON_WECHAT_ENCODING_AES_KEY", Official.KEY,
                "BATON_WECHAT_APP_ID", Official.APP_ID,
                "BATON_WECHAT_APP_SECRET", "app-secret-value"));

        assertThat(wechat.toString())
                .contains(Official.APP_ID, "encodingAesKey=set", "appSecret=set")
                .doesNotContain(Official.KEY, "app-secret-value", Official.TOKEN);
    }

    private static ChannelsConfig.Wechat load(Map<String, String> more) {
        Map<String, String> env = new HashMap<>(more);
        env.put("BATON_WECHAT_TOKEN", Official.TOKEN);
        return ConfigLoader.load(Optional.empty(), env).channels().wechat().orElseThrow();
    }
}
