package dev.baton;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No source file grows past what a reader takes in at once: 300 lines for every Java file (as the formatter lays
 * it out) and every JavaScript module, shipped or test. A longer file is a sign of two things in one place.
 */
class SourceSizeTest {

    private static final int MAX_LINES = 300;

    @Test
    void noJavaFileIsLongerThan300Lines() {
        assertThat(longerThanTheLimit(Path.of("src"), ".java")).isEmpty();
    }

    @Test
    void noJavaScriptModuleIsLongerThan300Lines() {
        assertThat(longerThanTheLimit(Path.of("src"), ".js")).isEmpty();
        assertThat(sources(Path.of("src/main/resources/web"), ".js"))
                .as("the web sources are where they were")
                .hasSizeGreaterThan(20);
    }

    private static List<String> longerThanTheLimit(Path root, String suffix) {
        List<String> found = new ArrayList<>();
        for (Path file : sources(root, suffix)) {
            long lines = lines(file);
            if (lines > MAX_LINES) {
                found.add(file + " has " + lines + " lines");
            }
        }
        return found;
    }

    private static List<Path> sources(Path root, String suffix) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(suffix))
                    .filter(file -> !file.toString().contains("node_modules"))
                    // Third-party code copied unchanged (the console's chart library) is not ours to split.
                    .filter(file -> !file.toString().contains("/vendor/"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
