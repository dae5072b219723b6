package dev.baton.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The agent console's single page, served at {@code /agent}. */
final class ConsolePage {

    private ConsolePage() {}

    /** The agent console's page, read once from the classpath. */
    static String read() {
        try (var in = ConsolePage.class.getResourceAsStream("/web/agent.html")) {
            if (in == null) {
                throw new IllegalStateException("the agent console page is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the agent console page", e);
        }
    }
}
