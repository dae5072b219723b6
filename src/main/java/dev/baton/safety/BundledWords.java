package dev.baton.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Word lists shipped as resources beside the safety code ({@code everyday_words.txt}, {@code never_typos.txt}):
 * one word a line, blank lines and {@code #} comments skipped. Read once, when the class that holds the list
 * is loaded.
 */
final class BundledWords {

    private BundledWords() {}

    /** The words of resource {@code name} of this package. */
    static Set<String> load(String name) {
        try (InputStream in = BundledWords.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
