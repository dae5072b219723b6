package dev.baton.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Metrics are off until a token is set; a token that could be guessed is refused; the token never prints. */
class MetricsSettingsTest {

    @Test
    void offWithoutAToken() {
        MetricsConfig metrics = ConfigLoader.load(Optional.empty(), Map.of()).metrics();

        assertThat(metrics.on()).isFalse();
        assertThat(metrics.bearer()).isEmpty();
    }

    @Test
    void onWithOneAndItNeverShowsInPrint() {
        MetricsConfig metrics = ConfigLoader.load(
                        Optional.empty(), Map.of("BATON_METRICS_TOKEN", "k3y-for-the-scraper-42"))
                .metrics();

        assertThat(metrics.on()).isTrue();
        assertThat(metrics.bearer()).contains("k3y-for-the-scraper-42");
        assertThat(metrics.toString()).doesNotContain("k3y").contains("set");
    }

    @Test
    void aShortOrSpacedTokenIsRefused() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("BATON_METRICS_TOKEN", "short")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("metrics.token")
                .hasMessageNotContaining("short");
        assertThatThrownBy(() -> new MetricsConfig("sixteen chars with spaces")).isInstanceOf(ConfigException.class);
    }
}
