package dev.baton.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** WhatsApp is on with its app secret, then needs its other credentials; the secrets never print. */
class WhatsappSettingsTest {

    private static final Map<String, String> ON = Map.of(
            "BATON_WHATSAPP_APP_SECRET", "app-secret-0123456789abcdef",
            "BATON_WHATSAPP_VERIFY_TOKEN", "verify-me-please",
            "BATON_WHATSAPP_ACCESS_TOKEN", "EAAGm0PX4ZCpsBAtoken",
            "BATON_WHATSAPP_PHONE_NUMBER_ID", "106540352242922");

    @Test
    void offWithoutTheAppSecret() {
        assertThat(ConfigLoader.load(Optional.empty(), Map.of()).channels().whatsapp())
                .isEmpty();
    }

    @Test
    void onWithAllFourAndTheDefaultGraphUrlAndNoTemplate() {
        ChannelsConfig.Whatsapp whatsapp =
                ConfigLoader.load(Optional.empty(), ON).channels().whatsapp().orElseThrow();

        assertThat(whatsapp.apiUrl()).hasToString("https://graph.facebook.com/v21.0");
        assertThat(whatsapp.phoneNumberId()).isEqualTo("106540352242922");
        assertThat(whatsapp.template()).isNull();
        assertThat(whatsapp.toString())
                .doesNotContain("app-secret", "verify-me", "EAAGm0")
                .contains("106540352242922", "template=unset");
    }

    @Test
    void aTemplateAndAnotherApiUrlAreTaken() {
        ChannelsConfig.Whatsapp whatsapp = ConfigLoader.load(
                        Optional.empty(),
                        with(Map.of(
                                "BATON_WHATSAPP_TEMPLATE", "support_reply_waiting",
                                "BATON_WHATSAPP_API_URL", "http://127.0.0.1:9/v21.0/")))
                .channels()
                .whatsapp()
                .orElseThrow();

        assertThat(whatsapp.template()).isEqualTo("support_reply_waiting");
        assertThat(whatsapp.apiUrl()).hasToString("http://127.0.0.1:9/v21.0");
    }

    @Test
    void eachMissingCredentialIsNamed() {
        for (String missing : new String[] {
            "BATON_WHATSAPP_VERIFY_TOKEN", "BATON_WHATSAPP_ACCESS_TOKEN", "BATON_WHATSAPP_PHONE_NUMBER_ID"
        }) {
            Map<String, String> env = new HashMap<>(ON);
            env.remove(missing);
            String key = switch (missing) {
                case "BATON_WHATSAPP_VERIFY_TOKEN" -> "whatsapp.verifyToken";
                case "BATON_WHATSAPP_ACCESS_TOKEN" -> "whatsapp.accessToken";
                default -> "whatsapp.phoneNumberId";
            };
            assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), env))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining(key)
                    .hasMessageContaining("whatsapp.appSecret");
        }
    }

    @Test
    void credentialsWithoutTheAppSecretAreAMistakeNotSilence() {
        assertThatThrownBy(() -> ConfigLoader.load(
                        Optional.empty(), Map.of("BATON_WHATSAPP_ACCESS_TOKEN", "EAAGm0PX4ZCpsBAtoken")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("whatsapp.appSecret must be set when whatsapp.accessToken is")
                .hasMessageNotContaining("EAAGm0");
    }

    @Test
    void aPhoneNumberInsteadOfItsIdAndABadTemplateNameAreRefusedWithoutEchoingThem() {
        assertThatThrownBy(() -> ConfigLoader.load(
                        Optional.empty(), with(Map.of("BATON_WHATSAPP_PHONE_NUMBER_ID", "+1 555 0100"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("whatsapp.phoneNumberId")
                .hasMessageNotContaining("555");
        assertThatThrownBy(() ->
                        ConfigLoader.load(Optional.empty(), with(Map.of("BATON_WHATSAPP_TEMPLATE", "Support Reply"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("whatsapp.template");
        assertThatThrownBy(() -> ConfigLoader.load(
                        Optional.empty(), with(Map.of("BATON_WHATSAPP_API_URL", "graph.facebook.com"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("http(s) URL");
    }

    private static Map<String, String> with(Map<String, String> more) {
        Map<String, String> env = new HashMap<>(ON);
        env.putAll(more);
        return env;
    }
}
