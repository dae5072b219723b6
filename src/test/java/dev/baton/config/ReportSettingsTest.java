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

/** The containment window: 24 hours by default, a length of time with its unit, checked. */
class ReportSettingsTest {

    @TempDir
    Path dir;

    private static Duration window(Map<String, String> env) {
        return ConfigLoader.load(Optional.empty(), env).report().containmentWindow();
    }

    @Test
    void theWindowIsADayUnlessSetInMinutesHoursDaysOrSeconds() {
        assertThat(window(Map.of())).isEqualTo(Duration.ofHours(24));
        assertThat(window(Map.of("BATON_CONTAINMENT_WINDOW", "90m"))).isEqualTo(Duration.ofMinutes(90));
        assertThat(window(Map.of("BATON_CONTAINMENT_WINDOW", "48h"))).isEqualTo(Duration.ofHours(48));
        assertThat(window(Map.of("BATON_CONTAINMENT_WINDOW", "7d"))).isEqualTo(Duration.ofDays(7));
        assertThat(window(Map.of("BATON_CONTAINMENT_WINDOW", "7200"))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void theFileSetsItUnderReport() throws Exception {
        Path file = Files.writeString(dir.resolve("baton.yaml"), "report:\n  containmentWindow: 12h\n");

        assertThat(ConfigLoader.load(Optional.of(file), Map.of()).report().containmentWindow())
                .isEqualTo(Duration.ofHours(12));
    }

    @Test
    void aBadOrOutOfRangeWindowIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> window(Map.of("BATON_CONTAINMENT_WINDOW", "a day")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("report.containmentWindow")
                .hasMessageContaining("BATON_CONTAINMENT_WINDOW");
        assertThatThrownBy(() -> window(Map.of("BATON_CONTAINMENT_WINDOW", "30m")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("between 1h and 30d");
        assertThatThrownBy(() -> window(Map.of("BATON_CONTAINMENT_WINDOW", "31d")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("between 1h and 30d");
    }
}
