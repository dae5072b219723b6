package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.http.AdminFile;
import dev.baton.http.BatonTestServer;
import dev.baton.testing.IntegrationTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code baton agent ...} in its own process, beside a running server on the same embedded store and without. */
@IntegrationTest
class AgentCommandTest {

    @TempDir
    Path data;

    private record Run(int status, String out, String err) {}

    private Run baton(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.baton.cli.Cli"));
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
        return new Run(
                process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
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
            assertThat(added.err().strip())
                    .isEqualTo("using the embedded database in " + data.toAbsolutePath()
                            + ", through the server on port " + server.port());
            assertThat(me(server, words[words.length - 1]))
                    .as("the new token works on the running server")
                    .isEqualTo(200);

            Run listed = baton("agent", "list");
            assertThat(listed.status()).as(listed.err()).isZero();
            assertThat(listed.out()).isEqualTo("alice\ttier 2\tsupervisor\tactive\n");

            Run granted = baton("agent", "grant", "alice", "editor");
            assertThat(granted.status()).as(granted.err()).isZero();
            assertThat(granted.out()).isEqualTo("agent alice holds editor\n");
            assertThat(baton("agent", "list").out()).isEqualTo("alice\ttier 2\tsupervisor\teditor\tactive\n");

            Run duplicate = baton("agent", "add", "alice");
            assertThat(duplicate.status()).isEqualTo(2);
            assertThat(duplicate.err().strip()).endsWith("baton: an agent named 'alice' exists already");

            Run revoked = baton("agent", "revoke", "alice");
            assertThat(revoked.status()).as(revoked.err()).isZero();
        }
        assertThat(data.resolve(AdminFile.NAME)).as("deleted on a clean stop").doesNotExist();
        Run list = baton("agent", "list");
        assertThat(list.status()).as(list.err()).isZero();
        assertThat(list.err().strip()).isEqualTo("using the embedded database in " + data.toAbsolutePath());
        assertThat(list.out()).contains("alice").contains("revoked");

        Run withdrawn = baton("agent", "withdraw", "alice", "supervisor");
        assertThat(withdrawn.status()).as(withdrawn.err()).isZero();
        assertThat(withdrawn.out()).isEqualTo("agent alice does not hold supervisor\n");
        assertThat(baton("agent", "list").out()).startsWith("alice\ttier 2\teditor\trevoked");
        Run badRight = baton("agent", "grant", "alice", "owner");
        assertThat(badRight.status()).isEqualTo(2);
        assertThat(badRight.err().strip()).endsWith("baton: a right is 'supervisor' or 'editor', not 'owner'");

        Run unknown = baton("agent", "revoke", "bob");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err().strip()).endsWith("baton: no agent named 'bob'");
    }

    @Test
    void aStaleAdminFileFromAKilledServerDoesNotStopTheCommands() throws Exception {
        try (BatonTestServer server = BatonTestServer.start(data)) {
            server.addAgent("dora", 1, false);
        }
        // What a server killed with -9 leaves: its file, naming a port nothing answers on.
        new AdminFile("127.0.0.1", freePort(), "adm_stale").write(data);

        Run list = baton("agent", "list");
        assertThat(list.status()).as(list.err()).isZero();
        assertThat(list.out()).startsWith("dora\t");
    }

    @Test
    void agentCommandsRefuseToCreateADatabaseInTheWrongHome(@TempDir Path home) throws Exception {
        CliRun run = CliRun.of("", "agent", "list", "--home", home.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip())
                .startsWith("baton: no embedded database at " + home.resolve("data/baton.mv.db"))
                .contains("--home")
                .contains("BATON_HOME")
                .doesNotContain("\n");
        assertThat(run.out()).isEmpty();
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files).as("nothing created").isEmpty();
        }
        assertThat(CliRun.of("", "agent", "add", "erin", "--home", home.toString())
                        .status())
                .isEqualTo(2);
        assertThat(home.resolve("data")).doesNotExist();
    }

    private static int me(BatonTestServer server, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/agent/me"))
                .header("Authorization", "Bearer " + token)
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
