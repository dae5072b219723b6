package dev.baton.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ServeLaunchTest {

    @Test
    void theDocumentedServeCommandsSetWhatTheLoadToolsSpawnWith() throws Exception {
        String operations = Files.readString(Path.of("docs/operations.md"), StandardCharsets.UTF_8);

        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

        assertThat(operations).contains(ServeLaunch.shellPrefix() + " java -XX:SharedArchiveFile=target/baton.jsa");
        assertThat(readme).contains(ServeLaunch.shellPrefix() + " java -XX:SharedArchiveFile=target/baton.jsa");
    }

    @Test
    void theShellPrefixNamesEverySetting() {
        ServeLaunch.MALLOC.forEach(
                (name, value) -> assertThat(ServeLaunch.shellPrefix()).contains(name + "=" + value));
    }
}
