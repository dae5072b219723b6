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

/** The learning loop's settings: kept by default for 30 days, switched off by the opt-out, checked. */
class LearningSettingsTest {

    @TempDir
    Path dir;

    @Test
    void unansweredMessagesAreKeptThirtyDaysUnlessSomeoneOptsOut() {
        LearningConfig defaults = ConfigLoader.load(Optional.empty(), Map.of()).learning();
        assertThat(defaults.capture()).isTrue();
        assertThat(defaults.retention()).isEqualTo(Duration.ofDays(30));

        LearningConfig off = ConfigLoader.load(
                        Optional.empty(), Map.of("BATON_LEARNING", "off", "BATON_LEARNING_RETENTION", "7"))
                .learning();
        assertThat(off.capture()).isFalse();
        assertThat(off.retention()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void theFileSetsThemUnderLearningAndTheEnvironmentWins() throws Exception {
        Path file = Files.writeString(dir.resolve("baton.yaml"), "learning:\n  capture: false\n  retentionDays: 90\n");

        assertThat(ConfigLoader.load(Optional.of(file), Map.of()).learning())
                .isEqualTo(new LearningConfig(false, Duration.ofDays(90)));
        assertThat(ConfigLoader.load(Optional.of(file), Map.of("BATON_LEARNING", "true"))
                        .learning()
                        .capture())
                .isTrue();
    }

    @Test
    void aBadValueNamesTheSettingAndWhereItCameFrom() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("BATON_LEARNING", "maybe")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("learning.capture")
                .hasMessageContaining("BATON_LEARNING");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("BATON_LEARNING_RETENTION", "0")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("learning.retentionDays");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("BATON_LEARNING_RETENTION", "5000")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("between 1 and 3650");
    }
}
