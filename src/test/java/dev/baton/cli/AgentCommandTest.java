package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.http.BatonTestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code baton agent ...} in its own process, beside a running server on the same embedded store and without. */
class AgentCommandTest {

    @TempDir
    Path data;

    private record Run(int status, String out, String err) {
    }

    private Run baton(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), "dev.baton.App"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("BATON_DATA_DIR", data.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        boolean done = process.waitFor(180, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        assertThat(done).as("the command finished within 180 s").isTrue();
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void agentsAreManagedWhileAServerHoldsTheStoreAndAfterItStops() throws Exception {
        try (BatonTestServer server = BatonTestServer.start(data)) {
            Run added = baton("agent", "add", "alice", "--tier", "2", "--supervisor");
            assertThat(added.status()).as(added.err()).isZero();
            String[] words = added.out().strip().split("\\s+");
            assertThat(words[words.length - 1]).startsWith("agt_").hasSizeGreaterThan(40);
            assertThat(added.out()).contains("alice", "tier 2", "supervisor");

            Run duplicate = baton("agent", "add", "alice");
            assertThat(duplicate.status()).isEqualTo(2);
            assertThat(duplicate.err().strip()).isEqualTo("baton: an agent named 'alice' exists already");

            Run revoked = baton("agent", "revoke", "alice");
            assertThat(revoked.status()).as(revoked.err()).isZero();
        }
        Run list = baton("agent", "list");
        assertThat(list.status()).as(list.err()).isZero();
        assertThat(list.out()).contains("alice").contains("revoked");

        Run unknown = baton("agent", "revoke", "bob");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("baton: no agent named 'bob'");
    }
}
