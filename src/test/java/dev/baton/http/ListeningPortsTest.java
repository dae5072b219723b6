package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.baton.testing.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Baton on the embedded store listens on its HTTP port and nothing else: the database opens no port of its own.
 * Linux's /proc tells which TCP sockets listen and which of them are this process's.
 */
@IntegrationTest
class ListeningPortsTest {

    private static final Path PROC_FD = Path.of("/proc/self/fd");
    private static final List<Path> PROC_TCP = List.of(Path.of("/proc/self/net/tcp"), Path.of("/proc/self/net/tcp6"));

    @TempDir
    Path data;

    @BeforeEach
    void needsProc() {
        assumeTrue(Files.isDirectory(PROC_FD) && Files.isReadable(PROC_TCP.get(0)), "no /proc on this system");
    }

    @Test
    void theServerOnTheEmbeddedStoreListensOnItsHttpPortOnly() throws Exception {
        Set<Integer> before = listeningPorts();
        try (BatonTestServer server = BatonTestServer.start(data)) {
            Set<Integer> opened = listeningPorts();
            opened.removeAll(before);

            assertThat(opened).containsExactly(server.port());
        }
    }

    @Test
    void theCheckSeesThePortH2OpensWithAutoServer() throws Exception {
        // Without this, a check that never found a port would pass the test above as well.
        Set<Integer> before = listeningPorts();
        try (Connection c =
                DriverManager.getConnection("jdbc:h2:file:" + data.resolve("probe") + ";AUTO_SERVER=TRUE", "sa", "")) {
            Set<Integer> opened = listeningPorts();
            opened.removeAll(before);

            assertThat(opened).hasSize(1);
        }
    }

    /** The TCP ports sockets of this process listen on (state 0A), IPv4 and IPv6. */
    static Set<Integer> listeningPorts() throws IOException {
        Set<String> own = new HashSet<>();
        try (Stream<Path> fds = Files.list(PROC_FD)) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        own.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed between listing and reading: not a socket of ours any more
                }
            });
        }
        Set<Integer> ports = new HashSet<>();
        for (Path table : PROC_TCP) {
            if (!Files.isReadable(table)) {
                continue;
            }
            List<String> lines = Files.readAllLines(table);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.strip().split("\\s+");
                if (f.length > 9 && f[3].equals("0A") && own.contains(f[9])) {
                    String local = f[1];
                    ports.add(Integer.parseInt(local.substring(local.lastIndexOf(':') + 1), 16));
                }
            }
        }
        return ports;
    }
}
