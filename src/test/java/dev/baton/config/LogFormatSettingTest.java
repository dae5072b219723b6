package dev.baton.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFormatSettingTest {

    @TempDir
    Path dir;

    @Test
    void logLinesAreTextUnlessJsonIsAskedFor() throws Exception {
        Path file = Files.writeString(dir.resolve("baton.yaml"), "log:\n  format: json\n");

        assertThat(ConfigLoader.load(Optional.empty(), Map.of(), dir).log()).isEqualTo(LogFormat.TEXT);
        assertThat(ConfigLoader.load(Optional.of(file), Map.of(), dir).log()).isEqualTo(LogFormat.JSON);
        assertThat(ConfigLoader.load(Optional.of(file), Map.of("BATON_LOG_FORMAT", "text"), dir)
                        .log())
                .isEqualTo(LogFormat.TEXT);
        assertThat(ConfigLoader.load(Optional.empty(), Map.of("BATON_LOG_FORMAT", " JSON "), dir)
                        .log())
                .isEqualTo(LogFormat.JSON);
    }

    @Test
    void anotherFormatIsRefusedNamingWhereItCameFrom() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("BATON_LOG_FORMAT", "xml"), dir))
                .isInstanceOf(ConfigException.class)
                .hasMessage("log.format must be text or json, but environment variable BATON_LOG_FORMAT is 'xml'");
    }
}
