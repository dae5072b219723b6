package dev.baton.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The settings of agents' availability: their defaults and their checks. */
class AvailabilitySettingsTest {

    @Test
    void availabilityTimingsHaveDefaultsAndAHeartbeatMustComeWithinTheOfflineTimeout() {
        HandoffConfig defaults = ConfigLoader.load(Optional.empty(), Map.of()).handoff();
        assertThat(defaults.offlineAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.presenceHeartbeat()).isEqualTo(Duration.ofSeconds(15));
        assertThat(defaults.answerGrace()).isEqualTo(Duration.ofMinutes(2));

        assertThat(ConfigLoader.load(Optional.empty(), Map.of("BATON_ANSWER_GRACE_SECONDS", "30"))
                        .handoff()
                        .answerGrace())
                .isEqualTo(Duration.ofSeconds(30));
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("BATON_OFFLINE_AFTER_SECONDS", "15")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("handoff.presenceHeartbeatSeconds must be under handoff.offlineAfterSeconds");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("BATON_ANSWER_GRACE_SECONDS", "0")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("handoff.answerGraceSeconds");
    }
}
